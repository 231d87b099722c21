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
    /// Read at most this much of any body. Between a form's limit and this the form's page
    /// comes back with everything typed in it; beyond it only a page saying the limit.
    static let hardCap = 2 * 1024 * 1024

    /// The routes whose form carries a long document.
    private static let longTextRoutes: Set<String> = Set([
        SiteURL.governanceEdit(.key),
        SiteURL.sessionMinutes(.key, .key),
        SiteURL.installationCall(.key),
        SiteURL.installationActaIssue(.key),
    ].map { key($0.pathComponents) })

    static func limit(for request: Request) -> Int {
        guard let route = request.route else { return ordinary }
        return longTextRoutes.contains(key(route.path)) ? longText : ordinary
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
    let size: Int
    let limit: Int
}
