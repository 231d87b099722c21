import Crypto
import Fluent
import SecretariadoCore
import Vapor

/// Setting up the civil-society election: creating it (which issues one credential per
/// validated organisation, sealed so that only the organisation can open it through its
/// registration receipt), re-issuing a lost credential, and opening the vote once the
/// nominations are in. Nominating and voting are in `BallotWrites`; closing in
/// `ElectionCloseWrites`.
enum ElectionWrites {
    /// What an issuer learns of a credential it issued: for whom, and whether the
    /// organisation can open it (it registered with a receipt). Never the token: the
    /// token is sealed to the organisation (`CredentialSeal`) and reaches only it.
    struct IssuedCredential: Sendable {
        let organizationName: String
        let deliverable: Bool
    }

    /// A new credential for a registration: its hash, and the token sealed to the
    /// organisation's receipt key. The token itself leaves this function nowhere.
    static func mintSealed(for registration: CallRegistration) throws -> (hash: String, sealed: String?) {
        let minted = try mintSealedWithToken(for: registration)
        return (minted.hash, minted.sealed)
    }

    /// The same, with the token itself, for the one e-mail that carries it to the
    /// organisation's registered contact (`RegistrationNotices.credential`).
    static func mintSealedWithToken(for registration: CallRegistration) throws -> (token: String, hash: String, sealed: String?) {
        let (token, hash) = mintToken()
        return (token, hash, try registration.receiptKey.map { try CredentialSeal.seal(token, to: $0) })
    }

    static func create(
        _ input: ElectionInput, in stl: Secretariat, by actor: AuditLog.Actor, on db: any Database
    ) async throws -> (Election, [IssuedCredential]) {
        let title =
            try FieldCheck.optional(input.title, "title", maxLength: 300)
            ?? "Elección de representantes de la sociedad civil"
        guard let seats = try InstallationFieldCheck.integer(input.seats, "seats", in: 1...20) else {
            throw AppError.required("seats")
        }
        let method = try FieldCheck.requiredChoice(input.method, "method", as: ElectionMethod.self)
        let opensAt = try InstallationFieldCheck.requiredDateTime(input.opensAt, "opensAt")
        let closesAt = try InstallationFieldCheck.requiredDateTime(input.closesAt, "closesAt")
        guard closesAt > opensAt else {
            throw AppError.invalid(
                field: "closesAt",
                Localized(
                    es: "La votación debe cerrar después de abrir.", en: "Voting must close after it opens."))
        }
        guard closesAt > Date() else {
            throw AppError.invalid(
                field: "closesAt",
                Localized(
                    es: "La hora de cierre ya pasó.", en: "The closing time has already passed."))
        }
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            try await InstallationWrites.requireInFormation(stlID, on: db)
            if try await current(in: stlID, on: db) != nil {
                throw AppError.conflict(
                    field: nil,
                    Localized(
                        es: "Ya hay una elección en curso en este secretariado; ciérrala antes de crear otra.",
                        en: "An election is already under way in this secretariat; close it before creating another."))
            }
            let validated = try await CallRegistration.query(on: db).filter(\.$secretariat.$id == stlID)
                .filter(\.$status == .validada).sort(\.$organizationName).all()
            guard !validated.isEmpty else {
                throw AppError.conflict(
                    field: nil,
                    Localized(
                        es: "No hay organizaciones validadas en la convocatoria: sólo ellas eligen a su representación.",
                        en: "There are no validated organisations in the call: only they elect their representatives."))
            }
            let election = Election(
                secretariatID: stlID, title: title, seats: seats, method: method, opensAt: opensAt, closesAt: closesAt,
                createdBy: actor.label)
            try await election.create(on: db)
            var issued: [IssuedCredential] = []
            for registration in validated {
                let (token, hash, sealed) = try mintSealedWithToken(for: registration)
                try await RegistrationNotices.credential(registration, token: token, in: stl, on: db)
                let credential = try ElectionCredential(
                    electionID: election.requireID(), registrationID: registration.requireID(), tokenHash: hash,
                    issuedAt: Date())
                credential.sealedToken = sealed
                try await credential.create(on: db)
                issued.append(IssuedCredential(organizationName: registration.organizationName, deliverable: sealed != nil))
            }
            try await InstallationWrites.markInProgress(6, in: stlID, on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: .create, entity: .election,
                entityID: election.id?.uuidString,
                summary: "Elección creada: \(title) (\(seats) asientos, \(method.rawValue)); \(issued.count) credenciales emitidas",
                change: .after(ElectionSnapshot(election)))
            return (election, issued)
        }
    }

    /// A new credential for a validated organisation (lost link, or validated after the
    /// election was created). The old link stops working; one that already voted cannot
    /// be replaced.
    static func issueCredential(
        _ input: CredentialInput, in stl: Secretariat, by actor: AuditLog.Actor, on db: any Database
    ) async throws -> IssuedCredential {
        let registrationID = try FieldCheck.requiredUUID(input.registrationId, "registrationId")
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            try await InstallationWrites.requireInFormation(stlID, on: db)
            guard let election = try await current(in: stlID, on: db) else { throw noElection }
            guard election.schedule.phase(at: Date()) != .porCerrar else { throw votingOver }
            guard
                let registration = try await CallRegistration.query(on: db).filter(\.$id == registrationID)
                    .filter(\.$secretariat.$id == stlID).filter(\.$status == .validada).first()
            else {
                throw AppError.invalid(
                    field: "registrationId",
                    Localized(
                        es: "Sólo las organizaciones validadas en la convocatoria reciben credencial.",
                        en: "Only organisations validated in the call receive a credential."))
            }
            let (token, hash, sealed) = try mintSealedWithToken(for: registration)
            let existing = try await ElectionCredential.query(on: db)
                .filter(\.$election.$id == election.requireID()).filter(\.$registration.$id == registrationID).first()
            if let existing {
                guard existing.usedAt == nil else {
                    throw AppError.conflict(
                        field: "registrationId",
                        Localized(
                            es: "\(registration.organizationName) ya votó: su credencial no se reemplaza.",
                            en: "\(registration.organizationName) has already voted: its credential is not replaced."))
                }
                existing.tokenHash = hash
                existing.issuedAt = Date()
                existing.sealedToken = sealed
                existing.revealedAt = nil
                try await existing.update(on: db)
            } else {
                let credential = try ElectionCredential(
                    electionID: election.requireID(), registrationID: registrationID, tokenHash: hash, issuedAt: Date())
                credential.sealedToken = sealed
                try await credential.create(on: db)
            }
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: existing == nil ? .create : .update,
                entity: .electionCredential, entityID: registrationID.uuidString,
                summary: "Credencial \(existing == nil ? "emitida" : "reemitida") para \(registration.organizationName)",
                change: .after(registration.organizationName))
            try await RegistrationNotices.credential(registration, token: token, in: stl, on: db)
            return IssuedCredential(organizationName: registration.organizationName, deliverable: sealed != nil)
        }
    }

    /// Ends the nominations now and opens the vote (every organisation has nominated).
    static func openVoting(in stl: Secretariat, by actor: AuditLog.Actor, on db: any Database) async throws {
        let stlID = try stl.requireID()
        try await db.writeTransaction { db in
            try await InstallationWrites.requireInFormation(stlID, on: db)
            guard let election = try await current(in: stlID, on: db) else { throw noElection }
            guard election.schedule.phase(at: Date()) == .postulacion else {
                throw AppError.conflict(
                    field: nil,
                    Localized(
                        es: "La votación ya está abierta.", en: "Voting is already open."))
            }
            guard try await ElectionCandidateRecord.query(on: db).filter(\.$election.$id == election.requireID()).count() > 0 else {
                throw AppError.conflict(
                    field: nil,
                    Localized(
                        es: "Todavía no hay candidaturas: la votación no puede abrir.",
                        en: "There are no candidates yet: voting cannot open."))
            }
            let before = ElectionSnapshot(election)
            election.opensAt = Date()
            try await election.update(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: .update, entity: .election,
                entityID: election.id?.uuidString, summary: "Postulación terminada; votación abierta: \(election.title)",
                change: .changed(from: before, to: ElectionSnapshot(election)))
        }
    }

    // MARK: shared

    /// The STL's election that has not closed, if any.
    static func current(in stlID: UUID, on db: any Database) async throws -> Election? {
        try await Election.query(on: db).filter(\.$secretariat.$id == stlID).filter(\.$closedAt == nil).first()
    }

    /// The most recent election, closed or not.
    static func latest(in stlID: UUID, on db: any Database) async throws -> Election? {
        try await Election.query(on: db).filter(\.$secretariat.$id == stlID).sort(\.$createdAt, .descending).first()
    }

    /// 256 random bits as a URL-safe token, and the SHA-256 to store.
    static func mintToken() -> (token: String, hash: String) {
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
        let token = bytes.map { String(format: "%02x", $0) }.joined()
        return (token, hash(token))
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).hexEncoded
    }

    static let noElection = AppError.notFound(
        Localized(
            es: "Este secretariado no tiene una elección en curso.", en: "This secretariat has no election under way."))
    static let votingOver = AppError.conflict(
        field: nil,
        Localized(
            es: "La votación ya terminó.", en: "Voting has already ended."))

    struct ElectionSnapshot: Encodable {
        let title: String
        let seats: Int
        let method: String
        let opensAt: Date
        let closesAt: Date
        let closedAt: Date?

        init(_ election: Election) {
            title = election.title
            seats = election.seats
            method = election.method.rawValue
            opensAt = election.opensAt
            closesAt = election.closesAt
            closedAt = election.closedAt
        }
    }
}
