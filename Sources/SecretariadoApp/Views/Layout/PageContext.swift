import SecretariadoCore
import Vapor

/// What every page needs from the request: language, who is signed in, the CSRF token
/// for its forms, and the path (for the language switch).
struct PageContext: Sendable {
    let language: Language
    let userName: String?
    let isAdmin: Bool
    let csrfToken: String
    let path: String
    /// The STLs the viewer holds a role in (when the handler already loaded their grants),
    /// so menus offer members' pages only to members.
    let memberOf: Set<UUID>
    /// «Datos de demostración»: what this page says about invented data, if it shows any.
    let demoNotice: DemoNotice?
    /// Unread «Avisos» of the signed-in person.
    let unreadNotices: Int

    init(_ request: Request) {
        language = request.language
        userName = request.currentUser?.name
        isAdmin = request.currentUser?.isAdmin ?? false
        csrfToken = CSRF.token(for: request)
        path = request.url.path
        memberOf = Set(request.loadedPrincipal?.grants.map(\.secretariatID) ?? [])
        demoNotice = request.demoNotice
        unreadNotices = request.storage[NoticeCountKey.self] ?? 0
    }

    init(
        language: Language, userName: String? = nil, isAdmin: Bool = false, csrfToken: String = "", path: String = "/", memberOf: Set<UUID> = [],
        demoNotice: DemoNotice? = nil, unreadNotices: Int = 0
    ) {
        self.language = language
        self.userName = userName
        self.isAdmin = isAdmin
        self.csrfToken = csrfToken
        self.path = path
        self.memberOf = memberOf
        self.demoNotice = demoNotice
        self.unreadNotices = unreadNotices
    }

    var isSignedIn: Bool { userName != nil }

    /// The text in the page's language.
    func t(_ es: String, _ en: String) -> String {
        language == .es ? es : en
    }

    func t(_ text: Localized) -> String { text[language] }

}
