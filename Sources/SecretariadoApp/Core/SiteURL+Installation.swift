import Vapor

extension SiteURL {
    /// `/stl/{slug}/instalacion/…`: the installation pages.
    static func inst(_ slug: Parameter<String>, _ rest: PathComponent...) -> [PathComponent] {
        ["stl", slug.component("slug"), "instalacion"] + rest
    }
}
