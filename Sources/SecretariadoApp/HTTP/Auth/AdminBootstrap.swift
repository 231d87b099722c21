import Crypto
import Fluent
import SecretariadoCore
import Vapor

/// The first administrator. Never a fixed default password: a random one, printed once.
/// Its e-mail is `admin@localhost` unless `SECRETARIADO_ADMIN_EMAIL` names another, so the
/// login name of the most powerful account need not be guessable.
enum AdminBootstrap {
    static let defaultEmail = "admin@localhost"
    static let emailVariable = "SECRETARIADO_ADMIN_EMAIL"

    static let emailOption = "--admin-email"

    /// The e-mail the first admin gets: `value` (the `serve` option, else the environment
    /// variable) when set and valid, `admin@localhost` when unset.
    static func adminEmail(environment value: String? = Environment.get(emailVariable)) throws -> String {
        guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else { return defaultEmail }
        guard let email = try? FieldCheck.email(value, "email") else {
            throw AppError.invalid(
                field: emailVariable,
                Localized(
                    es: "\(emailVariable) no es un correo válido: «\(value)».", en: "\(emailVariable) is not a valid e-mail: “\(value)”."))
        }
        return email
    }

    /// Creates the admin when no administrator exists; returns its e-mail and one-time password.
    static func ensureAdmin(on db: any Database, email: String? = nil) async throws -> (email: String, password: String)? {
        let admins = try await User.query(on: db).filter(\.$isAdmin == true).count()
        guard admins == 0 else { return nil }
        let adminEmail = try email ?? adminEmail()
        let password = Passwords.random()
        let user = User(
            email: adminEmail, name: "Administración", passwordHash: try Passwords.hash(password),
            isAdmin: true)
        try await db.writeTransaction { db in
            try await user.create(on: db)
            try await AuditLog.record(
                on: db, actor: .system, secretariatID: nil, action: .create, entity: .user,
                entityID: user.id?.uuidString, summary: "Cuenta de administración inicial",
                change: .after(UserSnapshot(user)))
        }
        return (adminEmail, password)
    }

    /// Takes `--admin-email X` (or `--admin-email=X`) out of `serve`'s arguments: Vapor's own
    /// `serve` command does not know the option and would refuse it.
    static func takeEmailOption(from arguments: [String]) -> (email: String?, rest: [String]) {
        var rest: [String] = []
        var email: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == emailOption, index + 1 < arguments.count {
                email = arguments[index + 1]
                index += 2
                continue
            }
            if argument.hasPrefix(emailOption + "=") {
                email = String(argument.dropFirst(emailOption.count + 1))
            } else {
                rest.append(argument)
            }
            index += 1
        }
        return (email, rest)
    }

    static func banner(email adminEmail: String, password: String) -> String {
        """

        ================================================================
         Cuenta de administración creada (se muestra una sola vez):
           usuario:    \(adminEmail)
           contraseña: \(password)
         Cámbiala en «Mi cuenta» → «Cambiar contraseña», o con:
           swift run secretariado users set-password \(adminEmail)
        ================================================================

        """
    }
}

enum Passwords {
    static let minimumLength = PasswordPolicy.minimumLength

    /// 20 characters from an alphabet without look-alikes (0/O, 1/l).
    static func random(length: Int = 20) -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
    }

    static func hash(_ password: String) throws -> String {
        try Bcrypt.hash(password)
    }

    /// The password when `PasswordPolicy` accepts it; a 422 naming `field` otherwise.
    static func validated(_ password: String, field: String = "password") throws -> String {
        if let problem = PasswordPolicy.problem(with: password) { throw AppError.invalid(field: field, problem.message) }
        return password
    }

    static func verify(_ password: String, hash: String) -> Bool {
        (try? Bcrypt.verify(password, created: hash)) ?? false
    }
}
