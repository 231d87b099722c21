import Fluent
import SecretariadoCore
import Vapor

/// What an organisation sees through its private registration receipt: its registration
/// and the guarantor's decision, and — once, after validation and credential issue — its
/// ballot link. The credential is opened with the receipt code (`CredentialSeal`) and the
/// sealed copy is erased in the same transaction: a second look shows it no more.
enum RegistrationReceipt {
    struct View: Sendable {
        let organizationName: String
        let status: RegistrationStatus
        let decisionReason: String?
        let election: String?
        /// A credential waits sealed for the organisation.
        let credentialWaiting: Bool
        /// The credential was already shown through the receipt.
        let credentialRevealed: Bool
        /// The credential's ballot was cast.
        let hasVoted: Bool
    }

    /// The registration behind a receipt code of this STL, or 404.
    static func registration(_ code: String, in stl: Secretariat, on db: any Database) async throws -> CallRegistration {
        guard CredentialSeal.isWellFormed(code),
            let registration = try await CallRegistration.query(on: db)
                .filter(\.$receiptHash == CredentialSeal.hash(code)).filter(\.$secretariat.$id == stl.requireID()).first()
        else { throw notFound }
        return registration
    }

    static func view(_ code: String, in stl: Secretariat, on db: any Database) async throws -> View {
        let registration = try await registration(code, in: stl, on: db)
        let election = try await ElectionWrites.current(in: stl.requireID(), on: db)
        let credential =
            try await election.asyncMap { election in
                try await ElectionCredential.query(on: db).filter(\.$election.$id == election.requireID())
                    .filter(\.$registration.$id == registration.requireID()).first()
            } ?? nil
        return View(
            organizationName: registration.organizationName, status: registration.status,
            decisionReason: registration.decisionReason, election: election?.title,
            credentialWaiting: credential?.sealedToken != nil, credentialRevealed: credential?.revealedAt != nil,
            hasVoted: credential?.usedAt != nil)
    }

    /// Opens the organisation's sealed credential, once: the token, for its ballot link.
    static func reveal(_ code: String, in stl: Secretariat, on db: any Database) async throws -> (organizationName: String, token: String) {
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            let registration = try await registration(code, in: stl, on: db)
            guard registration.status == .validada, let election = try await ElectionWrites.current(in: stlID, on: db),
                let credential = try await ElectionCredential.query(on: db).filter(\.$election.$id == election.requireID())
                    .filter(\.$registration.$id == registration.requireID()).first()
            else {
                throw AppError.conflict(
                    field: nil,
                    Localized(
                        es:
                            "Todavía no hay credencial para esta organización: llega cuando el organismo garante valida el registro y convoca la elección.",
                        en:
                            "There is no credential for this organisation yet: it arrives once the guarantor body validates the registration and calls the election."
                    ))
            }
            guard let sealed = credential.sealedToken else {
                throw AppError.conflict(
                    field: nil,
                    Localized(
                        es:
                            "La credencial de esta organización ya se mostró una vez y no se vuelve a mostrar. Si se perdió, pide al organismo garante que la reemplace: la nueva aparecerá aquí.",
                        en:
                            "This organisation's credential was already shown once and is not shown again. If it was lost, ask the guarantor body to replace it: the new one will appear here."
                    ))
            }
            guard let token = CredentialSeal.open(sealed, code: code),
                ElectionWrites.hash(token) == credential.tokenHash
            else { throw notFound }
            credential.sealedToken = nil
            credential.revealedAt = Date()
            try await credential.update(on: db)
            try await AuditLog.record(
                on: db, actor: .system, secretariatID: stlID, action: .update, entity: .electionCredential,
                entityID: registration.id?.uuidString,
                summary: "Credencial entregada a \(registration.organizationName) mediante su acuse de registro",
                change: .none)
            return (registration.organizationName, token)
        }
    }

    static let notFound = AppError.notFound(
        Localized(
            es: "Este acuse de registro no existe en este secretariado. Revisa el enlace que recibiste al registrarte.",
            en: "This registration receipt does not exist in this secretariat. Check the link you received when registering."))
}
