import Fluent
import Vapor

/// Limits password guessing: 5 failures per account or 30 per address in 15 minutes, then
/// 429 until the window passes. Successful sign-ins are not counted.
enum LoginThrottle {
    static let window: TimeInterval = 15 * 60
    static let perAccount = 5
    static let perAddress = 30

    static func check(email: String, address: String, on db: any Database, now: Date = Date()) async throws {
        let since = now.addingTimeInterval(-window)
        let byAccount = try await LoginAttempt.query(on: db).filter(\.$email == email).filter(\.$at > since).count()
        let byAddress = try await LoginAttempt.query(on: db).filter(\.$address == address).filter(\.$at > since).count()
        if byAccount >= perAccount || byAddress >= perAddress {
            throw AppError.tooManyRequests(retryAfterSeconds: Int(window))
        }
    }

    static func recordFailure(email: String, address: String, on db: any Database, now: Date = Date()) async throws {
        try await db.writeTransaction { db in
            try await LoginAttempt(email: email, address: address, at: now).create(on: db)
            // Old attempts say nothing any more; keep the table small.
            try await LoginAttempt.query(on: db).filter(\.$at < now.addingTimeInterval(-86_400)).delete()
        }
    }

    static func address(of req: Request) -> String {
        req.remoteAddress?.ipAddress ?? "desconocida"
    }
}
