import Fluent
import SecretariadoCore
import Vapor

/// The agreements tracker's writes: acuerdos entered directly and dated follow-up notes.
extension AgreementWrites {
    /// An acuerdo entered directly (taken outside the platform's voting, or before it).
    static func create(
        _ input: AgreementCreateInput, in stl: Secretariat, by actor: SessionActor, today: Date = CalendarDate.today(), on db: any Database
    ) async throws -> Agreement {
        let title = try FieldCheck.required(input.title, "title")
        let description = try FieldCheck.optional(input.description, "description", maxLength: 5_000)
        let owner = try FieldCheck.name(input.owner, "owner", maxLength: 300)
        let ownerSector = try FieldCheck.optional(input.ownerSector, "ownerSector", maxLength: 40)
        let dueOn = try FieldCheck.date(input.dueOn, "dueOn")
        let sessionID = try FieldCheck.uuid(input.sessionId, "sessionId")
        let stlID = try stl.requireID()
        if let ownerSector,
            try await SectorRecord.query(on: db).filter(\.$secretariat.$id == stlID)
                .filter(\.$code == ownerSector).first() == nil
        {
            throw AppError.invalid(
                field: "ownerSector",
                Localized(
                    es: "Este secretariado no tiene el sector «\(ownerSector)».", en: "This secretariat has no sector “\(ownerSector)”."))
        }
        if let sessionID, try await StlSession.query(on: db).filter(\.$id == sessionID).filter(\.$secretariat.$id == stlID).first() == nil {
            throw AppError.invalid(
                field: "sessionId",
                Localized(
                    es: "Este secretariado no tiene esa sesión.", en: "This secretariat has no such session."))
        }
        return try await db.writeTransaction { db in
            try await RowLock.secretariat(stlID, on: db)
            let number = (try await Agreement.query(on: db).filter(\.$secretariat.$id == stlID).max(\.$number) ?? 0) + 1
            let agreement = Agreement(
                secretariatID: stlID, sessionID: sessionID, motionID: nil, number: number,
                code: code(year: MexicoCityTime.wallClock(at: today).year, number: number), title: title,
                description: description, owner: owner, ownerSector: ownerSector, dueOn: dueOn)
            try await agreement.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stlID, action: .create, entity: .agreement,
                entityID: agreement.id?.uuidString, summary: "Acuerdo \(agreement.code) registrado: \(title)",
                change: .after(title))
            return agreement
        }
    }

    /// A dated follow-up note with evidence; with `status`, the agreement's status changes too.
    static func addNote(
        _ id: UUID, _ input: AgreementNoteInput, in stl: Secretariat, by actor: SessionActor, today: Date = CalendarDate.today(), on db: any Database
    ) async throws -> AgreementNote {
        let text = try FieldCheck.required(input.text, "text", maxLength: 5_000)
        let notedOn = try FieldCheck.date(input.notedOn, "notedOn") ?? today
        let links = try FollowUpFields.links(input.evidenceLinks, "evidenceLinks") ?? []
        let status = try FieldCheck.choice(input.status, "status", as: AgreementStatus.self)
        if let status, !AgreementStatus.settable.contains(status) {
            throw AppError.invalid(
                field: "status",
                Localized(
                    es: "«vencido» no se asigna: se deriva de la fecha compromiso.", en: "“vencido” is not set: it follows from the due date."))
        }
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            let agreement = try await FollowUpScope.agreement(id, in: stl, on: db)
            let changed = status.flatMap { $0 == agreement.status ? nil : $0 }
            let note = AgreementNote(
                agreementID: id, notedOn: notedOn, text: text, evidenceLinks: links, status: changed, author: actor.name)
            try await note.create(on: db)
            if let changed {
                let before = agreement.status.rawValue
                agreement.status = changed
                try await agreement.update(on: db)
                try await AuditLog.record(
                    on: db, actor: actor.audit, secretariatID: stlID, action: .update, entity: .agreement,
                    entityID: id.uuidString, summary: "Acuerdo \(agreement.code): \(changed.label.es)",
                    change: .changed(from: before, to: changed.rawValue))
            }
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stlID, action: .create, entity: .agreementNote,
                entityID: note.id?.uuidString, summary: "Seguimiento del acuerdo \(agreement.code): \(text.prefix(120))",
                change: .after(NoteSnapshot(note)))
            return note
        }
    }

    private struct NoteSnapshot: Encodable {
        let agreementId: UUID
        let notedOn: String
        let text: String
        let evidenceLinks: [String]
        let status: String?

        init(_ note: AgreementNote) {
            agreementId = note.$agreement.id
            notedOn = RecordTime.localDate(note.notedOn)
            text = note.text
            evidenceLinks = note.evidenceLinks
            status = note.status?.rawValue
        }
    }
}
