import Fluent
import SecretariadoCore
import Vapor

/// What an organisation does with its credential: nominate during the nominations, and
/// cast one ballot while voting is open. A second ballot is refused however close together
/// the two arrive: the receipt's unique key decides, inside the same transaction.
enum BallotWrites {
    static func nominate(
        token: String, _ input: NominationInput, in stl: Secretariat, on db: any Database
    ) async throws -> ElectionCandidateRecord {
        let personName = try FieldCheck.name(input.personName, "personName", maxLength: 200)
        let registrationID = try FieldCheck.requiredUUID(input.registrationId, "registrationId")
        let statement = try FieldCheck.optional(input.statement, "statement", maxLength: 2000)
        let stlID = try stl.requireID()
        do {
            return try await db.writeTransaction { db in
                let (credential, election) = try await credential(token, in: stlID, on: db)
                guard election.schedule.phase(at: Date()) == .postulacion else {
                    throw AppError.conflict(
                        field: nil,
                        Localized(
                            es: "El periodo de postulación de esta elección terminó.",
                            en: "The nomination period of this election has ended."))
                }
                let nominator = credential.registration
                guard
                    let organization = try await CallRegistration.query(on: db).filter(\.$id == registrationID)
                        .filter(\.$secretariat.$id == stlID).filter(\.$status == .validada).first()
                else {
                    throw AppError.invalid(
                        field: "registrationId",
                        Localized(
                            es: "La persona postulada debe pertenecer a una organización validada en la convocatoria.",
                            en: "The nominee must belong to an organisation validated in the call."))
                }
                let electionID = try election.requireID()
                let already = try await ElectionCandidateRecord.query(on: db)
                    .filter(\.$election.$id == electionID).filter(\.$nominatedBy.$id == nominator.requireID()).count()
                guard already < election.seats else {
                    throw AppError.conflict(
                        field: nil,
                        Localized(
                            es:
                                "Cada organización puede postular hasta \(Plural.count(election.seats, "candidatura", "candidaturas")); \(nominator.organizationName) ya \(election.seats == 1 ? "la postuló" : "las postuló").",
                            en:
                                "Each organisation may nominate up to \(Plural.count(election.seats, "candidate", "candidates", language: .en)); \(nominator.organizationName) already has."
                        ))
                }
                let candidate = ElectionCandidateRecord(
                    electionID: electionID, personName: personName, nameKey: NameKey.make(personName),
                    registrationID: registrationID, nominatedByID: try nominator.requireID(), statement: statement)
                try await candidate.create(on: db)
                try await AuditLog.record(
                    on: db, actor: .system, secretariatID: stlID, action: .create, entity: .electionCandidate,
                    entityID: candidate.id?.uuidString,
                    summary: "Candidatura: \(personName) (\(organization.organizationName)), postulada por \(nominator.organizationName)",
                    change: .after(personName))
                return candidate
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw AppError.conflict(
                field: "personName",
                Localized(
                    es: "\(personName) ya está postulada por esa organización.",
                    en: "\(personName) is already nominated for that organisation."))
        }
    }

    static func cast(token: String, choices: [UUID], in stl: Secretariat, on db: any Database) async throws {
        let stlID = try stl.requireID()
        do {
            try await db.writeTransaction { db in
                let (credential, election) = try await credential(token, in: stlID, on: db)
                let electionID = try election.requireID()
                let now = Date()
                switch election.schedule.phase(at: now) {
                case .postulacion:
                    throw AppError.conflict(
                        field: nil,
                        Localized(
                            es: "La votación todavía no abre.", en: "Voting has not opened yet."))
                case .porCerrar, .cerrada:
                    throw ElectionWrites.votingOver
                case .votacion:
                    break
                }
                let candidates = try await ElectionCandidateRecord.query(on: db).filter(\.$election.$id == electionID).all()
                if ElectionTally.isAcclamation(candidates: candidates.count, seats: election.seats) {
                    throw AppError.conflict(
                        field: nil,
                        Localized(
                            es: "No hay votación: las candidaturas no exceden los asientos y se integran por autoselección.",
                            en: "There is no vote: the candidates do not exceed the seats and join by self-selection."))
                }
                guard credential.usedAt == nil else { throw alreadyVoted }
                if let problem = election.method.problem(
                    with: choices, candidates: Set(candidates.compactMap(\.id)), seats: election.seats)
                {
                    throw AppError.invalid(field: "choices", problem)
                }
                try await ElectionReceipt(electionID: electionID, credentialID: try credential.requireID(), castAt: now)
                    .create(on: db)
                try await ElectionBallot(electionID: electionID, choices: choices).create(on: db)
                credential.usedAt = now
                try await credential.update(on: db)
                // The log says who voted, never what: the ballot is stored apart.
                try await AuditLog.record(
                    on: db, actor: .system, secretariatID: stlID, action: .create, entity: .electionReceipt,
                    entityID: credential.id?.uuidString,
                    summary: "Voto recibido de \(credential.registration.organizationName) (\(election.title))",
                    change: .none)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw alreadyVoted
        }
    }

    /// The credential a token stands for, with its election and organisation.
    static func credential(_ token: String, in stlID: UUID, on db: any Database) async throws -> (ElectionCredential, Election) {
        guard token.count == 64, token.allSatisfy(\.isHexDigit),
            let credential = try await ElectionCredential.query(on: db)
                .filter(\.$tokenHash == ElectionWrites.hash(token)).with(\.$election).with(\.$registration).first(),
            credential.election.$secretariat.id == stlID
        else {
            throw AppError.notFound(
                Localized(
                    es: "Esta credencial no es válida: puede haber sido reemplazada. Pide una nueva al organismo garante.",
                    en: "This credential is not valid: it may have been replaced. Ask the guarantor body for a new one."))
        }
        guard credential.registration.status == .validada else {
            throw AppError.forbidden
        }
        return (credential, credential.election)
    }

    static let alreadyVoted = AppError.conflict(
        field: nil,
        Localized(
            es: "Esta organización ya emitió su voto; no puede votar de nuevo ni cambiarlo.",
            en: "This organisation has already cast its ballot; it cannot vote again or change it."))
}
