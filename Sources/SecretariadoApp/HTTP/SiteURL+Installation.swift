import Vapor

extension SiteURL {
    /// The path components of an installation page: `/stl/{slug}/instalacion/…`.
    static func installationComponents(_ slug: Parameter<String>, _ rest: PathComponent...) -> [PathComponent] {
        ["stl", slug.component("slug"), "instalacion"] + rest
    }
}
