import Vapor

/// How much a web form may send, counted as the browser sends it (form encoding turns an
/// accented letter or a line break into 6 bytes, so each limit is three times the text it
/// must always admit). Long documents (the charter, minutes, a call's text, the
/// installation record) get room for 256 KB of text, about 100 pages; every other form
/// 64 KB of text, far more than a person types, while a runaway body is refused early.
enum BodyLimit {
    /// A charter, minutes, a call or the installation record: 256 KB of any text.
    static let longText = 3 * 256 * 1024
    /// Every other form: 64 KB of any text.
    static let ordinary = 3 * 64 * 1024
    /// Read at most this much of a long document's body, and `ordinaryCap` of any other.
    /// Between a form's limit and its cap the form's page comes back with everything typed
    /// in it; beyond the cap only a page saying the limit (no more is held in memory for
    /// a form anyone may send, like the sign-in).
    static let hardCap = 2 * 1024 * 1024
    static let ordinaryCap = 1024 * 1024

    /// The routes whose form carries a long document.
    private static let longTextRoutes: Set<String> = Set(
        [
            SiteURL.governanceEdit(.key),
            SiteURL.governanceDrafts(.key),
            SiteURL.governanceCorrection(.key),
            SiteURL.sessionMinutes(.key, .key),
            SiteURL.installationCall(.key),
            SiteURL.installationActaIssue(.key),
        ].map { key($0.pathComponents) })

    /// The routes that carry a file: the documents' limit (`DocumentLimits`), read whole.
    private static let documentRoutes: Set<String> = [key(SiteURL.documentUpload(.key, .key, .key).pathComponents)]

    static func isDocument(_ request: Request) -> Bool {
        request.route.map { documentRoutes.contains(key($0.path)) } ?? false
    }

    static func limit(for request: Request) -> Int {
        guard let route = request.route else { return ordinary }
        if documentRoutes.contains(key(route.path)) { return request.application.documentLimits.perRequest }
        return longTextRoutes.contains(key(route.path)) ? longText : ordinary
    }

    /// How much of `request`'s body is read at all.
    static func cap(for request: Request) -> Int {
        if isDocument(request) { return request.application.documentLimits.perRequest }
        return limit(for: request) == longText ? hardCap : ordinaryCap
    }

    private static func key(_ components: [PathComponent]) -> String {
        components.map(\.description).joined(separator: "/")
    }

    /// "256 KB", for people.
    static func describe(_ bytes: Int) -> String {
        bytes < 1024 ? "\(bytes) bytes" : "\((bytes + 1023) / 1024) KB"
    }
}

/// A form's body was larger than its route admits (`BodyLimit`); the body was read whole,
/// so its page can come back with the text in it.
struct FormTooLarge: Error {
    /// `nil` when the body went beyond what is read at all (`cap`).
    let size: Int?
    let limit: Int
    let cap: Int
    /// A file upload: the message speaks of the file, not of text typed.
    var forDocument = false
}
