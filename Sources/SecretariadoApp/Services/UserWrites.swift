import Fluent
import SecretariadoCore
import Vapor

/// Accounts and roles, shared by the admin pages and the `secretariado users` command.
enum UserWrites {
    /// Creates a user; returns it with the password to hand over when one was generated.
    static func create(
        email rawEmail: String?, name rawName: String?, password rawPassword: String?, isAdmin: Bool,
        by actor: AuditLog.Actor, on db: any Database
    ) async throws -> (user: User, generatedPassword: String?) {
        guard let email = try FieldCheck.email(rawEmail, "email") else { throw AppError.required("email") }
        let name = try FieldCheck.name(rawName, "name", maxLength: 200)
        let password = try rawPassword.flatMap { $0.isEmpty ? nil : $0 }.map(validPassword)
        let chosen = password ?? Passwords.random()
        let hash = try Passwords.hash(chosen)
        let user = try await db.writeTransaction { db in
            if try await User.query(on: db).filter(\.$email == email).count() > 0 {
                throw AppError.conflict(field: "email", Localized(
                    es: "Ya existe una cuenta con el correo \(email).",
                    en: "An account with the e-mail \(email) already exists."))
            }
            let user = User(email: email, name: name, passwordHash: hash, isAdmin: isAdmin)
            try await user.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: nil, action: .create, entity: "user",
                entityID: user.id?.uuidString, summary: "Cuenta creada: \(email)",
                before: nil as UserSnapshot?, after: UserSnapshot(user))
            return user
        }
        return (user, password == nil ? chosen : nil)
    }

    static func setPassword(email: String, password: String, by actor: AuditLog.Actor, on db: any Database) async throws {
        let hash = try Passwords.hash(try validPassword(password))
        try await db.writeTransaction { db in
            let user = try await find(email: email, on: db)
            user.passwordHash = hash
            try await user.update(on: db)
            // Signing keys (issue #4): the old password is unknown here, so the key rotates.
            try await SigningKeys.rotateAfterPasswordChange(user, newPassword: password, on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: nil, action: .update, entity: "user",
                entityID: user.id?.uuidString, summary: "Contraseña cambiada: \(user.email)",
                before: nil as UserSnapshot?, after: UserSnapshot(user))
        }
    }

    struct GrantInput: Content {
        var secretariat: String?
        var role: String?
        var sector: String?
        var seatNumber: String?
        var holderRole: String?
    }

    /// Gives a user a role in one STL. Representatives name their seat (sector + number)
    /// and whether they hold it as titular or suplente.
    static func grant(_ input: GrantInput, to user: User, by actor: AuditLog.Actor, on db: any Database) async throws -> RoleGrant {
        let slug = try FieldCheck.required(input.secretariat, "secretariat", maxLength: 80)
        let role = try FieldCheck.requiredChoice(input.role, "role", as: StlRole.self)
        let sector = try FieldCheck.optional(input.sector, "sector", maxLength: 40)
        let holderRole = try FieldCheck.choice(input.holderRole, "holderRole", as: HolderRole.self)
        let seatNumber = try FieldCheck.optional(input.seatNumber, "seatNumber", maxLength: 4).map { text in
            guard let n = Int(text), n >= 1 else {
                throw AppError.invalid(field: "seatNumber", Localized(
                    es: "«seatNumber» debe ser un entero ≥ 1.", en: "“seatNumber” must be an integer ≥ 1."))
            }
            return n
        }
        return try await db.writeTransaction { db in
            guard let stl = try await Secretariat.query(on: db).filter(\.$slug == slug).first() else {
                throw AppError.invalid(field: "secretariat", AppError.secretariatNotFound(slug).message)
            }
            var seatID: UUID?
            if role == .representante {
                guard let sector else { throw AppError.required("sector") }
                guard let seatNumber else { throw AppError.required("seatNumber") }
                guard let seat = try await Seat.query(on: db)
                    .filter(\.$secretariat.$id == stl.requireID()).filter(\.$sector == sector)
                    .filter(\.$number == seatNumber).first()
                else {
                    throw AppError.invalid(field: "seatNumber", Localized(
                        es: "\(stl.name) no tiene el asiento \(seatNumber) de \(sector).",
                        en: "\(stl.name) has no seat \(seatNumber) of \(sector)."))
                }
                seatID = seat.id
            }
            let grant = RoleGrant(
                userID: try user.requireID(), secretariatID: try stl.requireID(), role: role,
                sector: role == .representante ? sector : nil, seatID: seatID,
                holderRole: role == .representante ? (holderRole ?? .titular) : nil)
            try await grant.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stl.id, action: .create, entity: "role_grant",
                entityID: grant.id?.uuidString,
                summary: "Rol \(role.label.es) otorgado a \(user.email) en \(stl.name)",
                before: nil as String?, after: "\(user.email) \(role.rawValue) \(sector ?? "")")
            return grant
        }
    }

    static func find(email: String, on db: any Database) async throws -> User {
        guard let user = try await User.query(on: db).filter(\.$email == email.lowercased()).first() else {
            throw AppError.notFound(Localized(
                es: "No existe una cuenta con el correo \(email).", en: "There is no account with the e-mail \(email)."))
        }
        return user
    }

    static func validPassword(_ password: String) throws -> String {
        guard password.count >= Passwords.minimumLength, password.count <= 72 else {
            throw AppError.invalid(field: "password", Localized(
                es: "La contraseña debe tener entre \(Passwords.minimumLength) y 72 caracteres.",
                en: "The password must have between \(Passwords.minimumLength) and 72 characters."))
        }
        return password
    }
}
