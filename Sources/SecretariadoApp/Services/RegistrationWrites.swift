import Crypto
import Fluent
import SecretariadoCore
import Vapor

/// An organisation registering in the open call, without an account. Junk is kept out by
/// a honeypot field, a limit per sender, and one registration per organisation name.
enum RegistrationWrites {
    /// Registrations one sender may make in one call.
    static let perSourceLimit = 20
    /// Registrations one call accepts in all.
    static let perCallLimit = 2000

    enum Outcome {
        /// Stored; `receipt` is the organisation's private receipt code, shown to it this
        /// once (only its hash is kept): through it the organisation follows its
        /// registration and receives its election credential.
        case registered(CallRegistration, receipt: String)
        /// The honeypot was filled: answered like a success, stored nowhere.
        case discarded
    }

    struct Valid {
        let organizationName: String
        let kind: OrganizationKind
        let agendaKind: AgendaKind
        let agenda: String
        let website: String?
        let evidenceLinks: [String]
        let contactName: String
        let contactEmail: String
        let contactPhone: String?

        init(_ input: CallRegistrationInput) throws {
            organizationName = try FieldCheck.name(input.organizationName, "organizationName", maxLength: 300)
            kind = try FieldCheck.requiredChoice(input.kind, "kind", as: OrganizationKind.self)
            if kind == .gobierno || kind == .organismoGarante {
                throw AppError.invalid(
                    field: "kind",
                    Localized(
                        es: "La convocatoria es para actores sociales: las instancias de gobierno y el organismo garante no se registran en ella.",
                        en: "The call is for social actors: government bodies and the guarantor body do not register in it."))
            }
            agendaKind = try FieldCheck.requiredChoice(input.agendaKind, "agendaKind", as: AgendaKind.self)
            agenda = try FieldCheck.required(input.agenda, "agenda", maxLength: 1000)
            website = try FieldCheck.url(input.website, "website")
            let lines = (try FieldCheck.optional(input.evidenceLinks, "evidenceLinks", maxLength: 5000) ?? "")
                .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !lines.isEmpty else {
                throw AppError.invalid(
                    field: "evidenceLinks",
                    Localized(
                        es: "Incluye al menos un enlace que muestre la trayectoria de la organización («evidenceLinks»).",
                        en: "Include at least one link showing the organisation's track record (“evidenceLinks”)."))
            }
            guard lines.count <= 10 else {
                throw AppError.invalid(
                    field: "evidenceLinks",
                    Localized(
                        es: "«evidenceLinks» admite como máximo 10 enlaces.", en: "“evidenceLinks” allows at most 10 links."))
            }
            evidenceLinks = try lines.map { try FieldCheck.url($0, "evidenceLinks")! }
            contactName = try FieldCheck.required(input.contactName, "contactName", maxLength: 200)
            guard let email = try FieldCheck.email(input.contactEmail, "contactEmail") else {
                throw AppError.required("contactEmail")
            }
            contactEmail = email
            contactPhone = try FieldCheck.optional(input.contactPhone, "contactPhone", maxLength: 40)
            let consent = input.privacyConsent?.lowercased()
            guard ["si", "sí", "on", "true", "1"].contains(consent ?? "") else {
                throw AppError.invalid(
                    field: "privacyConsent",
                    Localized(
                        es: "Para registrarse hay que aceptar el aviso de privacidad («privacyConsent»).",
                        en: "Registering requires accepting the privacy notice (“privacyConsent”)."))
            }
        }
    }

    static func register(
        _ input: CallRegistrationInput, from source: String, in stl: Secretariat, on db: any Database
    ) async throws -> Outcome {
        if let trap = input.homepage, !trap.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return .discarded
        }
        let valid = try Valid(input)
        let stlID = try stl.requireID()
        let nameKey = NameKey.make(valid.organizationName)
        do {
            return try await db.writeTransaction { db in
                try await InstallationWrites.requireInFormation(stlID, on: db)
                guard let call = try await OpenCall.query(on: db).filter(\.$secretariat.$id == stlID).first(),
                    call.acceptsRegistrations(at: Date())
                else {
                    throw AppError.conflict(
                        field: nil,
                        Localized(
                            es: "La convocatoria de este secretariado no está abierta a registros en este momento.",
                            en: "This secretariat's call is not open for registrations at the moment."))
                }
                let callID = try call.requireID()
                let sourceHash = SHA256.hash(data: Data("\(callID.uuidString)|\(source)".utf8)).hexEncoded
                let fromSource = try await CallRegistration.query(on: db)
                    .filter(\.$call.$id == callID).filter(\.$sourceHash == sourceHash).count()
                guard fromSource < perSourceLimit else { throw AppError.tooManyRequests(retryAfterSeconds: 3600) }
                guard try await CallRegistration.query(on: db).filter(\.$call.$id == callID).count() < perCallLimit else {
                    throw AppError.conflict(
                        field: nil,
                        Localized(
                            es: "La convocatoria alcanzó el máximo de registros.", en: "The call has reached its maximum of registrations."))
                }
                if try await CallRegistration.query(on: db).filter(\.$call.$id == callID).filter(\.$nameKey == nameKey).count() > 0 {
                    throw duplicate(valid.organizationName)
                }
                let registration = CallRegistration(
                    secretariatID: stlID, callID: callID, organizationName: valid.organizationName, nameKey: nameKey,
                    kind: valid.kind, agendaKind: valid.agendaKind, agenda: valid.agenda, website: valid.website,
                    evidenceLinks: valid.evidenceLinks, contactName: valid.contactName, contactEmail: valid.contactEmail,
                    contactPhone: valid.contactPhone, sourceHash: sourceHash)
                let receipt = CredentialSeal.mintReceipt()
                registration.receiptHash = receipt.hash
                registration.receiptKey = receipt.publicKey
                try await registration.create(on: db)
                try await AuditLog.record(
                    on: db, actor: .system, secretariatID: stlID, action: .create, entity: .callRegistration,
                    entityID: registration.id?.uuidString,
                    summary: "Registro en la convocatoria: \(valid.organizationName)",
                    change: .after(RegistrationDTO(registration)))
                try await RegistrationNotices.received(registration, receiptCode: receipt.code, in: stl, on: db)
                return .registered(registration, receipt: receipt.code)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Two identical registrations at the same instant: the unique key kept one.
            throw duplicate(valid.organizationName)
        }
    }

    private static func duplicate(_ name: String) -> AppError {
        .conflict(
            field: "organizationName",
            Localized(
                es: "«\(name)» ya está registrada en esta convocatoria.",
                en: "“\(name)” is already registered in this call."))
    }
}
