import Fluent
import SecretariadoCore
import Vapor

/// Slows down password guessing with the progressive delay of `LoginDelay`, per account and
/// per client address: after a few failures each further try must wait (doubling, capped),
/// and a try made too early gets 429 with `Retry-After` without the password being checked.
/// Never a lock: the owner of an attacked account gets in after at most the account cap.
/// Counted in the database so every server instance sees the same failures.
enum LoginThrottle {
    static let window = LoginDelay.window

    /// Throws 429 when the account or the address must still wait.
    static func check(email: String, address: String, on db: any Database, now: Date = Date()) async throws {
        let since = now.addingTimeInterval(-window)
        let byAccount = try await LoginAttempt.query(on: db).filter(\.$email == email).filter(\.$at > since).all(\.$at)
        let byAddress = try await LoginAttempt.query(on: db).filter(\.$address == address).filter(\.$at > since).all(\.$at)
        let wait = max(
            LoginDelay.remaining(failures: byAccount.count, lastFailure: byAccount.max(), policy: LoginDelay.perAccount, now: now),
            LoginDelay.remaining(failures: byAddress.count, lastFailure: byAddress.max(), policy: LoginDelay.perAddress, now: now))
        if wait > 0 {
            throw AppError.tooManyRequests(retryAfterSeconds: Int(wait.rounded(.up)))
        }
    }

    static func recordFailure(email: String, address: String, on db: any Database, now: Date = Date()) async throws {
        try await db.writeTransaction { db in
            try await LoginAttempt(email: email, address: address, at: now).create(on: db)
            // Old attempts say nothing any more; keep the table small.
            try await LoginAttempt.query(on: db).filter(\.$at < now.addingTimeInterval(-86_400)).delete()
        }
    }

    /// The right password clears the account's failures: its owner starts afresh. The
    /// address keeps its count, so one client cannot reset it by owning one account.
    static func recordSuccess(email: String, on db: any Database) async throws {
        try await db.writeTransaction { db in
            try await LoginAttempt.query(on: db).filter(\.$email == email).delete()
        }
    }

    static func address(of req: Request) -> String {
        req.remoteAddress?.ipAddress ?? "desconocida"
    }

    /// Checks a password typed to confirm an action (signing minutes, changing the password)
    /// with the same delay as sign-in: `attempt` runs only when no wait is owed, and a
    /// refusal naming `field` counts as a failure of the account when a password was typed
    /// (an empty field is a form mistake, not a guess).
    @discardableResult
    static func guarding<T>(
        _ req: Request, typed password: String?, field: String = "password", _ attempt: () async throws -> T
    ) async throws -> T {
        guard let email = req.currentUser?.email, let password, !password.isEmpty else { return try await attempt() }
        let address = address(of: req)
        try await check(email: email, address: address, on: req.db)
        do {
            return try await attempt()
        } catch let error as AppError {
            if case .invalid(let refused, _) = error, refused == field {
                try await recordFailure(email: email, address: address, on: req.db)
            }
            throw error
        }
    }
}
