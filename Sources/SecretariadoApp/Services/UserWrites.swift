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
                throw AppError.conflict(
                    field: "email",
                    Localized(
                        es: "Ya existe una cuenta con el correo \(email).",
                        en: "An account with the e-mail \(email) already exists."))
            }
            let user = User(email: email, name: name, passwordHash: hash, isAdmin: isAdmin)
            try await user.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: nil, action: .create, entity: .user,
                entityID: user.id?.uuidString, summary: "Cuenta creada: \(email)",
                change: .after(UserSnapshot(user)))
            return user
        }
        return (user, password == nil ? chosen : nil)
    }

    /// Sets a password from the shell (the old one is unknown): every session and API token
    /// of the account ends, since whoever reset it may be locking someone out.
    static func setPassword(email: String, password: String, by actor: AuditLog.Actor, on db: any Database) async throws {
        let user = try await find(email: email, on: db)
        try await replacePassword(of: user, with: password, keepingSession: nil, by: actor, on: db)
    }

    struct PasswordChangeInput: Content {
        var currentPassword: String?
        var newPassword: String?
        var confirmation: String?
    }

    /// A user changes their own password: the current one must be right, the new one typed
    /// twice. Every other session and every API token of the account ends; `keepingSession`
    /// (the browser that made the change) stays signed in.
    static func changePassword(
        _ input: PasswordChangeInput, of user: User, keepingSession: UUID?, by actor: AuditLog.Actor, on db: any Database
    ) async throws {
        guard let current = input.currentPassword, !current.isEmpty else { throw AppError.required("currentPassword") }
        guard let new = input.newPassword, !new.isEmpty else { throw AppError.required("newPassword") }
        guard try await Passwords.verifyOffLoop(current, hash: user.passwordHash) else {
            throw AppError.invalid(
                field: "currentPassword",
                Localized(
                    es: "La contraseña actual no es correcta.", en: "The current password is not correct."))
        }
        guard input.confirmation == new else {
            throw AppError.invalid(
                field: "confirmation",
                Localized(
                    es: "Las dos contraseñas nuevas no coinciden.", en: "The two new passwords do not match."))
        }
        if new == current {
            throw AppError.invalid(
                field: "newPassword",
                Localized(
                    es: "La contraseña nueva debe ser distinta de la actual.", en: "The new password must differ from the current one."))
        }
        try await replacePassword(of: user, with: new, keepingSession: keepingSession, by: actor, on: db)
    }

    /// The one path that stores a new password: validated, hashed, signing key rotated,
    /// other sessions and all tokens ended, audited.
    private static func replacePassword(
        of user: User, with password: String, keepingSession: UUID?, by actor: AuditLog.Actor, on db: any Database
    ) async throws {
        let valid = try Passwords.validated(password, field: keepingSession == nil ? "password" : "newPassword")
        let hash = try await NIOThreadPool.singleton.runIfActive { try Passwords.hash(valid) }
        let userID = try user.requireID()
        try await db.writeTransaction { db in
            guard let stored = try await User.find(userID, on: db) else { throw AppError.notFound(noSuchAccount) }
            stored.passwordHash = hash
            try await stored.update(on: db)
            // Signing keys: the old password is not kept, so the key rotates.
            try await SigningKeys.rotateAfterPasswordChange(stored, newPassword: valid, on: db)
            let sessions = try await WebSessions.endAll(of: userID, keeping: keepingSession, on: db)
            let tokens = try await APIToken.query(on: db).filter(\.$user.$id == userID).count()
            try await APIToken.query(on: db).filter(\.$user.$id == userID).delete()
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: nil, action: .update, entity: .user,
                entityID: userID.uuidString,
                summary: "Contraseña cambiada: \(stored.email); sesiones cerradas: \(sessions), tokens revocados: \(tokens)",
                change: .after(UserSnapshot(stored)))
            try await SecurityNotices.tell(.passwordChanged, to: userID, on: db)
            user.passwordHash = hash
        }
    }

    static let noSuchAccount = Localized(es: "No existe esa cuenta.", en: "There is no such account.")

    // MARK: API tokens

    /// Creates a token for the user; returns the token, shown once.
    static func createToken(named rawName: String?, for user: User, by actor: AuditLog.Actor, on db: any Database) async throws -> String {
        let name = try FieldCheck.required(rawName, "name", maxLength: 100)
        let minted = APITokens.mint()
        let userID = try user.requireID()
        let email = user.email
        try await db.writeTransaction { db in
            let token = APIToken(userID: userID, name: name, tokenHash: minted.hash)
            try await token.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: nil, action: .create, entity: .apiToken,
                entityID: token.id?.uuidString, summary: "Token de API creado para \(email): \(name)",
                change: .after(name))
            try await SecurityNotices.tell(.tokenCreated(name: name), to: userID, on: db)
        }
        return minted.token
    }

    /// Deletes one of the user's tokens: the next request bearing it is anonymous. A token of
    /// someone else is «not found», so its existence is not revealed.
    static func revokeToken(_ tokenID: UUID, of userID: UUID, by actor: AuditLog.Actor, on db: any Database) async throws {
        try await db.writeTransaction { db in
            guard let token = try await APIToken.query(on: db).filter(\.$id == tokenID).filter(\.$user.$id == userID).first() else {
                throw AppError.notFound(Localized(es: "No tienes un token con ese identificador.", en: "You have no token with that id."))
            }
            try await token.delete(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: nil, action: .delete, entity: .apiToken,
                entityID: tokenID.uuidString, summary: "Token de API revocado: \(token.name)",
                change: .before(token.name))
        }
    }

    // MARK: Role grants

    /// Takes a role away, in one STL or national. Rights are read from the grants on every
    /// request, so the holder loses it at their next click or API call.
    static func revokeGrant(_ grantID: UUID, of userID: UUID? = nil, by actor: AuditLog.Actor, on db: any Database) async throws {
        try await db.writeTransaction { db in
            let query = RoleGrant.query(on: db).filter(\.$id == grantID).with(\.$user).with(\.$secretariat)
            if let userID { query.filter(\.$user.$id == userID) }
            guard let grant = try await query.first() else {
                let national = NationalGrant.query(on: db).filter(\.$id == grantID).with(\.$user)
                if let userID { national.filter(\.$user.$id == userID) }
                guard let grant = try await national.first() else {
                    throw AppError.notFound(Localized(es: "No existe ese rol.", en: "There is no such role."))
                }
                try await grant.delete(on: db)
                try await AuditLog.record(
                    on: db, actor: actor, secretariatID: nil, action: .delete, entity: .nationalGrant,
                    entityID: grantID.uuidString,
                    summary: "Rol \(grant.role.label.es) retirado a \(grant.user.email)",
                    change: .before("\(grant.user.email) \(grant.role.rawValue)"))
                return
            }
            try await grant.delete(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: grant.$secretariat.id, action: .delete, entity: .roleGrant,
                entityID: grantID.uuidString,
                summary: "Rol \(grant.role.label.es) retirado a \(grant.user.email) en \(grant.secretariat.name)",
                change: .before("\(grant.user.email) \(grant.role.rawValue) \(grant.sector ?? "")"))
        }
    }

    struct GrantInput: Content {
        var secretariat: String?
        var role: String?
        var sector: String?
        var seatNumber: String?
        var holderRole: String?
    }

    /// A role granted through `grantAny`: its id (to revoke it) and its code.
    struct GrantedRole {
        let id: UUID
        let role: String
        /// A representative granted a vacant seat position: the account votes for it once
        /// someone is appointed to it.
        var waitsForHolder = false
    }

    /// The one entry for the admin page, the API and the command: `coordinador` is national
    /// (no STL); every other role is granted in one STL.
    static func grantAny(_ input: GrantInput, to user: User, by actor: AuditLog.Actor, on db: any Database) async throws -> GrantedRole {
        if let national = NationalRole(rawValue: input.role?.trimmingCharacters(in: .whitespaces) ?? "") {
            if let stl = input.secretariat, !stl.trimmingCharacters(in: .whitespaces).isEmpty {
                throw AppError.invalid(
                    field: "secretariat",
                    Localized(
                        es: "La coordinación nacional abarca todos los secretariados: deja vacío «secretariat».",
                        en: "National coordination covers every secretariat: leave “secretariat” empty."))
            }
            let grant = try await grantNational(national, to: user, by: actor, on: db)
            return GrantedRole(id: try grant.requireID(), role: national.rawValue)
        }
        let grant = try await grant(input, to: user, by: actor, on: db)
        return GrantedRole(
            id: try grant.requireID(), role: grant.role.rawValue,
            waitsForHolder: grant.role == .representante && grant.termID == nil)
    }

    /// Gives a user a national role; granting one they hold is a 409.
    static func grantNational(_ role: NationalRole, to user: User, by actor: AuditLog.Actor, on db: any Database) async throws -> NationalGrant {
        let userID = try user.requireID()
        return try await db.writeTransaction { db in
            if try await NationalGrant.query(on: db).filter(\.$user.$id == userID).filter(\.$role == role).count() > 0 {
                throw AppError.conflict(
                    field: "role",
                    Localized(
                        es: "\(user.email) ya tiene el rol \(role.label.es).", en: "\(user.email) already holds the role \(role.label.en)."))
            }
            let grant = NationalGrant(userID: userID, role: role)
            try await grant.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: nil, action: .create, entity: .nationalGrant,
                entityID: grant.id?.uuidString, summary: "Rol \(role.label.es) otorgado a \(user.email)",
                change: .after("\(user.email) \(role.rawValue)"))
            try await SecurityNotices.tell(.roleGranted(role.label), to: userID, on: db)
            return grant
        }
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
                throw AppError.invalid(
                    field: "seatNumber",
                    Localized(
                        es: "«seatNumber» debe ser un entero ≥ 1.", en: "“seatNumber” must be an integer ≥ 1."))
            }
            return n
        }
        return try await db.writeTransaction { db in
            guard let stl = try await Secretariat.query(on: db).filter(\.$slug == slug).first() else {
                throw AppError.invalid(field: "secretariat", AppError.secretariatNotFound(slug).message)
            }
            var seatID: UUID?
            var termID: UUID?
            if role == .representante {
                guard let sector else { throw AppError.required("sector") }
                guard let seatNumber else { throw AppError.required("seatNumber") }
                guard
                    let seat = try await Seat.query(on: db)
                        .filter(\.$secretariat.$id == stl.requireID()).filter(\.$sector == sector)
                        .filter(\.$number == seatNumber).first()
                else {
                    throw AppError.invalid(
                        field: "seatNumber",
                        Localized(
                            es: "\(stl.name) no tiene el asiento \(seatNumber) de \(sector).",
                            en: "\(stl.name) has no seat \(seatNumber) of \(sector)."))
                }
                seatID = seat.id
                termID = try await SeatGrants.openTerm(of: seat, as: holderRole ?? .titular, in: stl, on: db)
            }
            let grant = RoleGrant(
                userID: try user.requireID(), secretariatID: try stl.requireID(), role: role,
                sector: role == .representante ? sector : nil, seatID: seatID,
                holderRole: role == .representante ? (holderRole ?? .titular) : nil, termID: termID)
            try await grant.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stl.id, action: .create, entity: .roleGrant,
                entityID: grant.id?.uuidString,
                summary: "Rol \(role.label.es) otorgado a \(user.email) en \(stl.name)",
                change: .after("\(user.email) \(role.rawValue) \(sector ?? "")"))
            try await SecurityNotices.tell(
                .roleGranted(Localized(es: "\(role.label.es) en \(stl.name)", en: "\(role.label.en) in \(stl.name)")),
                to: grant.$user.id, on: db)
            return grant
        }
    }

    /// Takes away the user's roles in one STL (only `role` when given), or their national role
    /// (`coordinador`, with no STL); returns those removed.
    static func revokeGrants(
        of user: User, in rawSlug: String?, role rawRole: String?, by actor: AuditLog.Actor, on db: any Database
    ) async throws -> [String] {
        if let national = NationalRole(rawValue: rawRole ?? ""), (rawSlug ?? "").isEmpty {
            let userID = try user.requireID()
            guard let grant = try await NationalGrant.query(on: db).filter(\.$user.$id == userID).filter(\.$role == national).first() else {
                throw AppError.notFound(
                    Localized(
                        es: "\(user.email) no tiene el rol \(national.rawValue).", en: "\(user.email) has no \(national.rawValue) role."))
            }
            try await revokeGrant(try grant.requireID(), of: userID, by: actor, on: db)
            return [national.rawValue]
        }
        let slug = try FieldCheck.required(rawSlug, "stl", maxLength: 80)
        let role = try FieldCheck.choice(rawRole, "role", as: StlRole.self)
        guard let stl = try await Secretariat.query(on: db).filter(\.$slug == slug).first() else {
            throw AppError.invalid(field: "stl", AppError.secretariatNotFound(slug).message)
        }
        let query = RoleGrant.query(on: db).filter(\.$user.$id == (try user.requireID())).filter(\.$secretariat.$id == (try stl.requireID()))
        if let role { query.filter(\.$role == role) }
        let grants = try await query.all()
        guard !grants.isEmpty else {
            throw AppError.notFound(
                Localized(
                    es: "\(user.email) no tiene \(role.map { "el rol \($0.rawValue)" } ?? "roles") en \(stl.name).",
                    en: "\(user.email) has \(role.map { "no \($0.rawValue) role" } ?? "no roles") in \(stl.name)."))
        }
        for grant in grants {
            try await revokeGrant(try grant.requireID(), of: try user.requireID(), by: actor, on: db)
        }
        return grants.map(\.role.rawValue)
    }

    static func find(email: String, on db: any Database) async throws -> User {
        guard let user = try await User.query(on: db).filter(\.$email == email.lowercased()).first() else {
            throw AppError.notFound(
                Localized(
                    es: "No existe una cuenta con el correo \(email).", en: "There is no account with the e-mail \(email)."))
        }
        return user
    }

    static func validPassword(_ password: String) throws -> String {
        try Passwords.validated(password)
    }
}
