import Fluent
import SecretariadoCore
import Vapor

/// Acuerdos: born from adopted motions, numbered per STL, followed up by the facilitator.
enum AgreementWrites {
    /// Creates the acuerdo of an adopted motion, inside the closing transaction.
    static func fromMotion(_ motion: Motion, session: StlSession, in stl: Secretariat, now: Date, by actor: SessionActor, on db: any Database)
        async throws -> Agreement
    {
        let stlID = try stl.requireID()
        try await RowLock.secretariat(stlID, on: db)
        let number = (try await Agreement.query(on: db).filter(\.$secretariat.$id == stlID).max(\.$number) ?? 0) + 1
        let year = MexicoCityTime.wallClock(at: session.startsAt ?? now).year
        let agreement = Agreement(
            secretariatID: stlID, sessionID: session.id, motionID: motion.id, number: number,
            code: code(year: year, number: number), title: motion.title, description: motion.text,
            owner: motion.agreementOwner ?? "Pleno del STL", ownerSector: motion.agreementOwnerSector,
            dueOn: motion.agreementDueOn)
        try await agreement.create(on: db)
        try await AuditLog.record(
            on: db, actor: actor.audit, secretariatID: stlID, action: .create, entity: .agreement,
            entityID: agreement.id?.uuidString, summary: "Acuerdo \(agreement.code): \(agreement.title)",
            change: .after(agreement.title))
        return agreement
    }

    /// Follow-up: the facilitator records the acuerdo's progress.
    static func setStatus(_ id: UUID, _ input: AgreementUpdateInput, in stl: Secretariat, by actor: SessionActor, on db: any Database) async throws
        -> Agreement
    {
        let status = try FieldCheck.requiredChoice(input.status, "status", as: AgreementStatus.self)
        // Follow-up: «vencido» is derived from the due date, never stored.
        guard AgreementStatus.settable.contains(status) else {
            throw AppError.invalid(
                field: "status",
                Localized(
                    es: "«vencido» no se asigna: se deriva de la fecha compromiso.", en: "“vencido” is not set: it follows from the due date."))
        }
        return try await db.writeTransaction { db in
            guard
                let agreement = try await Agreement.query(on: db).filter(\.$id == id)
                    .filter(\.$secretariat.$id == stl.requireID()).first()
            else {
                throw AppError.notFound(
                    Localized(
                        es: "No existe ese acuerdo en este secretariado.", en: "There is no such agreement in this secretariat."))
            }
            let before = agreement.status.rawValue
            agreement.status = status
            try await agreement.update(on: db)
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stl.id, action: .update, entity: .agreement,
                entityID: id.uuidString, summary: "Acuerdo \(agreement.code): \(status.label.es)",
                change: .changed(from: before, to: status.rawValue))
            return agreement
        }
    }

    static func code(year: Int, number: Int) -> String {
        let digits = String(number)
        return "ACU-\(year)-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }
}
