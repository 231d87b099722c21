import Crypto
import Fluent
import SQLKit
import Vapor

/// Signing in and out, and ending sessions. Each sign-in gets a new random token (the old
/// session of that browser, if any, is deleted: no session fixation); a session is looked
/// up by the token's hash and refused once expired; an unknown or expired cookie creates
/// nothing and is cleared.
enum WebSessions {
    struct CurrentKey: StorageKey { typealias Value = UUID }

    /// Starts a session for `user` on the response, replacing the request's own.
    static func start(for user: User, on req: Request, response: Response, now: Date = Date()) async throws {
        let token = APITokens.mintSecret()
        let previous = req.cookies[SessionSetup.cookieName]?.string
        let session = WebSession(
            tokenHash: APITokens.hash(token), userID: try user.requireID(), createdAt: now,
            expiresAt: now.addingTimeInterval(SessionSetup.maxAge))
        try await req.db.writeTransaction { db in
            if let previous, !previous.isEmpty {
                try await WebSession.query(on: db).filter(\.$tokenHash == APITokens.hash(previous)).delete()
            }
            try await session.create(on: db)
            // Expired rows are refused anyway; pruning them at each sign-in keeps the table
            // as small as the number of live sessions.
            try await WebSession.query(on: db).filter(\.$expiresAt < now).delete()
        }
        req.storage[CurrentKey.self] = session.id
        req.auth.login(user)
        response.cookies[SessionSetup.cookieName] = SessionSetup.cookie(token)
    }

    /// Ends the request's session and clears the cookie.
    static func end(on req: Request, response: Response) async throws {
        if let token = req.cookies[SessionSetup.cookieName]?.string, !token.isEmpty {
            try await req.db.writeTransaction { db in
                try await WebSession.query(on: db).filter(\.$tokenHash == APITokens.hash(token)).delete()
            }
        }
        req.auth.logout(User.self)
        response.cookies[SessionSetup.cookieName] = SessionSetup.expiredCookie
    }

    /// The session of this request, when it came with a valid one.
    static func currentID(of req: Request) -> UUID? { req.storage[CurrentKey.self] }

    /// Deletes every session of the user but `keeping` (inside the caller's transaction).
    static func endAll(of userID: UUID, keeping: UUID? = nil, on db: any Database) async throws -> Int {
        let query = WebSession.query(on: db).filter(\.$user.$id == userID)
        if let keeping { query.filter(\.$id != keeping) }
        let count = try await query.count()
        let delete = WebSession.query(on: db).filter(\.$user.$id == userID)
        if let keeping { delete.filter(\.$id != keeping) }
        try await delete.delete()
        return count
    }

    /// The live session and its user for a cookie token; nil when unknown or expired.
    static func find(token: String, on db: any Database, now: Date = Date()) async throws -> (UUID, User)? {
        guard let sql = db as? any SQLDatabase else { return nil }
        guard
            let row = try await sql.select()
                .column(SQLColumn("id", table: WebSession.schema), as: "session_id")
                .column(SQLColumn("id", table: User.schema), as: "id")
                .column(SQLColumn("email", table: User.schema), as: "email")
                .column(SQLColumn("name", table: User.schema), as: "name")
                .column(SQLColumn("password_hash", table: User.schema), as: "password_hash")
                .column(SQLColumn("is_admin", table: User.schema), as: "is_admin")
                .column(SQLColumn("person_id", table: User.schema), as: "person_id")
                .from(WebSession.schema)
                .join(User.schema, on: SQLColumn("id", table: User.schema), .equal, SQLColumn("user_id", table: WebSession.schema))
                .where(SQLColumn("token_hash", table: WebSession.schema), .equal, SQLBind(APITokens.hash(token)))
                .where(SQLColumn("expires_at", table: WebSession.schema), .greaterThan, SQLBind(now))
                .first()
        else { return nil }
        return (try row.decode(column: "session_id", as: UUID.self), try User(row: row))
    }
}

/// Authenticates web requests by the session cookie. Replaces the framework's sessions
/// middleware, which stored a new empty row for every request carrying an unknown cookie
/// and kept the session id across sign-in.
/// The signed-in person's unread notices, counted once per request.
struct NoticeCountKey: StorageKey { typealias Value = Int }

struct WebSessionMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        var stale = false
        if let token = request.cookies[SessionSetup.cookieName]?.string, !token.isEmpty {
            if let (sessionID, user) = try await WebSessions.find(token: token, on: request.db) {
                request.storage[WebSessions.CurrentKey.self] = sessionID
                request.auth.login(user)
                // For the header's «Avisos (n)»: one count per signed-in page.
                if let userID = user.id {
                    request.storage[NoticeCountKey.self] = try await NoticeWrites.unreadCount(of: userID, on: request.db)
                }
            } else {
                stale = true
            }
        }
        let response = try await next.respond(to: request)
        if stale, response.cookies[SessionSetup.cookieName] == nil {
            response.cookies[SessionSetup.cookieName] = SessionSetup.expiredCookie
        }
        return response
    }
}

extension User {
    /// A user read column by column from a joined row (`id`, `email`, `name`,
    /// `password_hash`, `is_admin`, `person_id`).
    convenience init(row: any SQLRow) throws {
        self.init(
            id: try row.decode(column: "id", as: UUID.self), email: try row.decode(column: "email", as: String.self),
            name: try row.decode(column: "name", as: String.self), passwordHash: try row.decode(column: "password_hash", as: String.self),
            isAdmin: try row.decode(column: "is_admin", as: Bool.self), personID: try row.decode(column: "person_id", as: UUID?.self))
        $id.exists = true  // a stored row: saving it updates, never inserts
    }
}
