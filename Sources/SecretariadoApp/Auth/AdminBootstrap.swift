import Crypto
import Fluent
import Vapor

/// The first administrator. Never a fixed default: a random password, printed once.
enum AdminBootstrap {
    static let adminEmail = "admin@localhost"

    /// Creates the admin when no administrator exists; returns the one-time password.
    static func ensureAdmin(on db: any Database) async throws -> String? {
        let admins = try await User.query(on: db).filter(\.$isAdmin == true).count()
        guard admins == 0 else { return nil }
        let password = Passwords.random()
        let user = User(
            email: adminEmail, name: "Administración", passwordHash: try Passwords.hash(password),
            isAdmin: true)
        try await db.writeTransaction { db in
            try await user.create(on: db)
            try await AuditLog.record(
                on: db, actor: .system, secretariatID: nil, action: .create, entity: "user",
                entityID: user.id?.uuidString, summary: "Cuenta de administración inicial",
                before: nil as UserSnapshot?, after: UserSnapshot(user))
        }
        return password
    }

    static func banner(password: String) -> String {
        """

        ================================================================
         Cuenta de administración creada (se muestra una sola vez):
           usuario:    \(adminEmail)
           contraseña: \(password)
         Cámbiala con: swift run secretariado users set-password \(adminEmail)
        ================================================================

        """
    }
}

enum Passwords {
    static let minimumLength = 10

    /// 20 characters from an alphabet without look-alikes (0/O, 1/l).
    static func random(length: Int = 20) -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
    }

    static func hash(_ password: String) throws -> String {
        try Bcrypt.hash(password)
    }

    static func verify(_ password: String, hash: String) -> Bool {
        (try? Bcrypt.verify(password, created: hash)) ?? false
    }
}
