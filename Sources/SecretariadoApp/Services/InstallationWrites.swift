import Fluent
import SecretariadoCore
import Vapor

/// The ten-step roadmap of an STL in formation: creating its steps, recording each step's
/// status and evidence, and the final step that installs the STL.
enum InstallationWrites {
    /// The ten steps, pending; runs inside `SecretariatWrites.create`'s transaction.
    static func createSteps(for stlID: UUID, on db: any Database) async throws {
        for step in InstallationStep.all {
            try await InstallationStepRecord(secretariatID: stlID, number: step.number).create(on: db)
        }
    }

    static func updateStep(
        _ number: Int, with input: InstallationStepInput, in stl: Secretariat, by actor: AuditLog.Actor,
        on db: any Database
    ) async throws -> InstallationStepRecord {
        let step = try step(number)
        let status = try FieldCheck.requiredChoice(input.status, "status", as: InstallationStepStatus.self)
        let startedOn = try FieldCheck.date(input.startedOn, "startedOn")
        let concludedOn = try FieldCheck.date(input.concludedOn, "concludedOn")
        let notes = try FieldCheck.optional(input.notes, "notes", maxLength: 4000)
        if step == .instalacion, status == .concluido {
            throw AppError.invalid(
                field: "status",
                Localized(
                    es: "El paso 10 se concluye con «Instalar el STL», que exige el acta de instalación emitida.",
                    en: "Step 10 is concluded with “Install the STL”, which requires the issued installation act."))
        }
        if let startedOn, let concludedOn, concludedOn < startedOn {
            throw AppError.invalid(
                field: "concludedOn",
                Localized(
                    es: "La fecha de conclusión no puede ser anterior a la de inicio.",
                    en: "The conclusion date cannot be before the start date."))
        }
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            try await requireInFormation(stlID, on: db)
            let record = try await record(number, in: stlID, on: db)
            let before = StepSnapshot(record)
            let today = CalendarDate.today()
            record.status = status
            switch status {
            case .pendiente:
                record.startedOn = startedOn
                record.concludedOn = nil
            case .enCurso:
                record.startedOn = startedOn ?? record.startedOn ?? today
                record.concludedOn = nil
            case .concluido:
                let concluded = concludedOn ?? record.concludedOn ?? today
                record.concludedOn = concluded
                record.startedOn = startedOn ?? record.startedOn.map { min($0, concluded) } ?? concluded
            }
            record.notes = notes
            try await record.save(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: .update, entity: .installationStep,
                entityID: "\(number)", summary: "Paso \(number) (\(step.title.es)): \(status.label.es)",
                change: .changed(from: before, to: StepSnapshot(record)))
            return record
        }
    }

    static func addEvidence(
        toStep number: Int, _ input: InstallationEvidenceInput, in stl: Secretariat, by actor: AuditLog.Actor,
        on db: any Database
    ) async throws -> InstallationEvidenceRecord {
        _ = try step(number)
        let kind = try FieldCheck.requiredChoice(input.kind, "kind", as: InstallationEvidence.self)
        let title = try FieldCheck.optional(input.title, "title", maxLength: 300) ?? kind.label.es
        guard let url = try InstallationFieldCheck.link(input.url, "url") else { throw AppError.required("url") }
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            try await requireInFormation(stlID, on: db)
            let evidence = InstallationEvidenceRecord(
                secretariatID: stlID, stepNumber: number, kind: kind, title: title, url: url, addedBy: actor.label)
            try await evidence.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: .create, entity: .installationEvidence,
                entityID: evidence.id?.uuidString, summary: "Evidencia del paso \(number): \(title)",
                change: .after("\(kind.rawValue) \(url)"))
            return evidence
        }
    }

    /// Concludes step 10: the acta must be issued and steps 1–9 concluded. The STL becomes
    /// «instalado» on the day given (today by default).
    static func install(_ input: InstallInput, in stl: Secretariat, by actor: AuditLog.Actor, now: Date, on db: any Database) async throws {
        let installedOn = try FieldCheck.date(input.installedOn, "installedOn") ?? CalendarDate.day(of: now)
        let stlID = try stl.requireID()
        try await db.writeTransaction { db in
            let fresh = try await requireInFormation(stlID, on: db)
            let actaIssued = try await InstallationAct.query(on: db).filter(\.$secretariat.$id == stlID).first() != nil
            let records = try await InstallationStepRecord.query(on: db).filter(\.$secretariat.$id == stlID).all()
            let statuses = Dictionary(records.map { ($0.number, $0.status) }, uniquingKeysWith: { a, _ in a })
            if let refusal = InstallationReadiness.refusal(InstallationReadiness.missing(statuses: statuses, actaIssued: actaIssued)) {
                throw AppError.conflict(field: nil, refusal)
            }
            let record = try await record(10, in: stlID, on: db)
            let before = StepSnapshot(record)
            record.status = .concluido
            record.concludedOn = installedOn
            record.startedOn = record.startedOn.map { min($0, installedOn) } ?? installedOn
            try await record.save(on: db)
            fresh.status = .instalado
            fresh.installedOn = installedOn
            try await fresh.update(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: .update, entity: .secretariat,
                entityID: stlID.uuidString,
                summary: "Secretariado instalado el \(CalendarDate.format(installedOn)) (paso 10 concluido)",
                change: .changed(from: before, to: StepSnapshot(record)))
        }
    }

    // MARK: helpers for the other installation services, inside their transactions

    /// Carries the steps a record completes forward (`InstallationRecordKind`), never back:
    /// the day of the record as the step's date, a link to the record as its evidence, and
    /// an audit entry for each step that moved. Runs inside the record's own transaction.
    static func advance(
        by record: InstallationRecordKind, on day: Date, title: String, urls: [Int: String], in stlID: UUID,
        by actor: AuditLog.Actor, on db: any Database
    ) async throws {
        for advance in record.advances {
            guard let url = urls[advance.step] else { continue }
            try await attach(advance.evidence, title: title, url: url, toStep: advance.step, in: stlID, by: actor, on: db)
            let row = try await self.record(advance.step, in: stlID, on: db)
            guard let status = advance.moving(from: row.status) else { continue }
            let before = StepSnapshot(row)
            row.status = status
            row.startedOn = row.startedOn.map { min($0, day) } ?? day
            if status == .concluido { row.concludedOn = day }
            try await row.save(on: db)
            let step = try step(advance.step)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: .update, entity: .installationStep,
                entityID: "\(advance.step)",
                summary: "Paso \(advance.step) (\(step.title.es)): \(status.label.es), por «\(title)»",
                change: .changed(from: before, to: StepSnapshot(row)))
        }
    }

    /// Adds a link as evidence of a step, unless the same link is already there.
    static func attach(
        _ kind: InstallationEvidence, title: String, url: String, toStep number: Int, in stlID: UUID,
        by actor: AuditLog.Actor, on db: any Database
    ) async throws {
        let existing = try await InstallationEvidenceRecord.query(on: db)
            .filter(\.$secretariat.$id == stlID).filter(\.$stepNumber == number).filter(\.$url == url).count()
        guard existing == 0 else { return }
        try await InstallationEvidenceRecord(
            secretariatID: stlID, stepNumber: number, kind: kind, title: title, url: url, addedBy: actor.label
        ).create(on: db)
    }

    /// A pending step whose work has begun (the call published, the election created…).
    static func markInProgress(_ number: Int, in stlID: UUID, on db: any Database) async throws {
        let record = try await record(number, in: stlID, on: db)
        guard record.status == .pendiente else { return }
        record.status = .enCurso
        record.startedOn = record.startedOn ?? CalendarDate.today()
        try await record.save(on: db)
    }

    /// The STL, re-read inside the transaction; installed STLs keep their roadmap as history.
    @discardableResult
    static func requireInFormation(_ stlID: UUID, on db: any Database) async throws -> Secretariat {
        guard let stl = try await Secretariat.find(stlID, on: db) else {
            throw AppError.notFound(Localized(es: "No existe ese secretariado.", en: "There is no such secretariat."))
        }
        guard stl.status == .enFormacion else {
            throw AppError.conflict(
                field: nil,
                Localized(
                    es: "\(stl.name) ya está instalado: su ruta de instalación es historia y no se modifica.",
                    en: "\(stl.name) is already installed: its installation roadmap is history and does not change."))
        }
        return stl
    }

    static func step(_ number: Int) throws -> InstallationStep {
        guard let step = InstallationStep.step(number) else {
            throw AppError.notFound(
                Localized(
                    es: "No existe el paso \(number); los pasos van del 1 al 10.",
                    en: "There is no step \(number); steps go from 1 to 10."))
        }
        return step
    }

    /// The step's row, created pending when the STL predates the roadmap.
    static func record(_ number: Int, in stlID: UUID, on db: any Database) async throws -> InstallationStepRecord {
        if let record = try await InstallationStepRecord.query(on: db)
            .filter(\.$secretariat.$id == stlID).filter(\.$number == number).first()
        {
            return record
        }
        let record = InstallationStepRecord(secretariatID: stlID, number: number)
        try await record.create(on: db)
        return record
    }

    struct StepSnapshot: Encodable {
        let number: Int
        let status: String
        let startedOn: String?
        let concludedOn: String?
        let notes: String?

        init(_ record: InstallationStepRecord) {
            number = record.number
            status = record.status.rawValue
            startedOn = record.startedOn.map(CalendarDate.format)
            concludedOn = record.concludedOn.map(CalendarDate.format)
            notes = record.notes
        }
    }
}
