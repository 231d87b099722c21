import Crypto
import Fluent
import SecretariadoCore
import Vapor

/// The open call of step 3: publishing it, closing it, and the guarantor's decisions on
/// the registrations. Registering is in `RegistrationWrites`.
enum OpenCallWrites {
    /// Creates or edits the STL's call; saving publishes it.
    static func save(_ input: OpenCallInput, in stl: Secretariat, by actor: AuditLog.Actor, now: Date, on db: any Database) async throws -> OpenCall {
        let title = try FieldCheck.required(input.title, "title", maxLength: 300)
        let body = try FieldCheck.required(input.body, "body", maxLength: 20_000)
        let opensOn = try InstallationFieldCheck.requiredDate(input.opensOn, "opensOn")
        let closesOn = try InstallationFieldCheck.requiredDate(input.closesOn, "closesOn")
        guard closesOn >= opensOn else {
            throw AppError.invalid(
                field: "closesOn",
                Localized(
                    es: "La convocatoria no puede cerrar antes de abrir.", en: "The call cannot close before it opens."))
        }
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            let fresh = try await InstallationWrites.requireInFormation(stlID, on: db)
            let existing = try await OpenCall.query(on: db).filter(\.$secretariat.$id == stlID).first()
            let before = existing.map(OpenCallDTO.init)
            let call = existing ?? OpenCall(secretariatID: stlID, title: title, body: body, opensOn: opensOn, closesOn: closesOn)
            call.title = title
            call.body = body
            call.opensOn = opensOn
            call.closesOn = closesOn
            call.publishedAt = call.publishedAt ?? now
            try await call.save(on: db)
            try await InstallationWrites.advance(
                by: .openCallPublished, on: CalendarDate.day(of: call.publishedAt!), title: title,
                urls: [3: SiteURL.installationCall(.value(fresh.slug)).path], in: stlID, by: actor, on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: existing == nil ? .create : .update,
                entity: .openCall, entityID: call.id?.uuidString,
                summary: "Convocatoria \(existing == nil ? "publicada" : "modificada"): \(title)",
                change: .changed(from: before, to: OpenCallDTO(call)))
            return call
        }
    }

    /// Stops registrations now, before the closing date.
    static func close(in stl: Secretariat, by actor: AuditLog.Actor, on db: any Database) async throws {
        let stlID = try stl.requireID()
        try await db.writeTransaction { db in
            try await InstallationWrites.requireInFormation(stlID, on: db)
            guard let call = try await OpenCall.query(on: db).filter(\.$secretariat.$id == stlID).first() else {
                throw noCall
            }
            guard call.closedAt == nil else {
                throw AppError.conflict(field: nil, Localized(es: "La convocatoria ya estaba cerrada.", en: "The call was already closed."))
            }
            let before = OpenCallDTO(call)
            call.closedAt = Date()
            try await call.update(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: .update, entity: .openCall,
                entityID: call.id?.uuidString, summary: "Convocatoria cerrada: \(call.title)",
                change: .changed(from: before, to: OpenCallDTO(call)))
        }
    }

    enum Decision: String, CaseIterable {
        case validar, rechazar
    }

    /// Validates or rejects a registration, with its reason (required to reject). A
    /// decision can be revised until the organisation takes part in an election.
    static func decide(
        _ registrationID: UUID, _ input: RegistrationDecisionInput, in stl: Secretariat, by actor: AuditLog.Actor,
        on db: any Database
    ) async throws -> CallRegistration {
        let decision = try FieldCheck.requiredChoice(input.decision, "decision", as: Decision.self)
        let reason = try FieldCheck.optional(input.reason, "reason", maxLength: 2000)
        if decision == .rechazar, reason == nil {
            throw AppError.invalid(
                field: "reason",
                Localized(
                    es: "Para rechazar un registro hay que indicar el motivo («reason»).",
                    en: "Rejecting a registration requires a reason (“reason”)."))
        }
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            try await InstallationWrites.requireInFormation(stlID, on: db)
            guard
                let registration = try await CallRegistration.query(on: db)
                    .filter(\.$id == registrationID).filter(\.$secretariat.$id == stlID).first()
            else { throw noRegistration }
            if decision == .rechazar { try await releaseFromElections(registrationID, on: db) }
            let before = RegistrationDTO(registration)
            registration.status = decision == .validar ? .validada : .rechazada
            registration.decisionReason = reason
            registration.decidedBy = actor.label
            registration.decidedAt = Date()
            try await registration.update(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: .update, entity: .callRegistration,
                entityID: registrationID.uuidString,
                summary: "Registro \(registration.status == .validada ? "validado" : "rechazado"): \(registration.organizationName)"
                    + (reason.map { " — \($0)" } ?? ""),
                change: .changed(from: before, to: RegistrationDTO(registration)))
            try await RegistrationNotices.decided(registration, in: stl, on: db)
            return registration
        }
    }

    /// A rejected organisation loses an unused credential; one that voted or takes part in
    /// the nominations cannot be rejected any more.
    private static func releaseFromElections(_ registrationID: UUID, on db: any Database) async throws {
        let candidacies = try await ElectionCandidateRecord.query(on: db)
            .group(.or) { $0.filter(\.$registration.$id == registrationID).filter(\.$nominatedBy.$id == registrationID) }
            .count()
        let credentials = try await ElectionCredential.query(on: db).filter(\.$registration.$id == registrationID)
            .with(\.$election).all()
        if candidacies > 0 || credentials.contains(where: { $0.usedAt != nil || $0.election.closedAt != nil }) {
            throw AppError.conflict(
                field: "decision",
                Localized(
                    es: "Esta organización ya participa en la elección (postuló, fue postulada o votó): su registro ya no puede rechazarse.",
                    en:
                        "This organisation already takes part in the election (nominated, was nominated or voted): its registration can no longer be rejected."
                ))
        }
        for credential in credentials { try await credential.delete(on: db) }
    }

    static let noCall = AppError.notFound(
        Localized(
            es: "Este secretariado todavía no publica su convocatoria.", en: "This secretariat has not published its call yet."))
    static let noRegistration = AppError.notFound(
        Localized(
            es: "No existe ese registro en la convocatoria de este secretariado.",
            en: "There is no such registration in this secretariat's call."))
}
