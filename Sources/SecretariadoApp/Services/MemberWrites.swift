import Fluent
import SecretariadoCore
import Vapor

/// Who holds the seats: appointing a titular or suplente (which ends the previous holder's
/// term, keeping it as rotation history), correcting a term, and ending it.
enum MemberWrites {
    struct Valid {
        let seatID: UUID
        let role: HolderRole
        let personName: String?
        let personEmail: String?
        let personPhone: String?
        let organizationID: UUID?
        let office: String?
        let startsOn: Date?
        let note: String?
        let appointmentReference: Appointment.Reference?
        let appointmentReason: String?
        let confirmedDirect: Bool

        init(_ input: MemberInput) throws {
            seatID = try FieldCheck.requiredUUID(input.seatId, "seatId")
            role = try FieldCheck.requiredChoice(input.role, "role", as: HolderRole.self)
            personName = try FieldCheck.optionalName(input.personName, "personName", maxLength: 200)
            personEmail = try FieldCheck.email(input.personEmail, "personEmail")
            personPhone = try FieldCheck.optional(input.personPhone, "personPhone", maxLength: 40)
            organizationID = try FieldCheck.uuid(input.organizationId, "organizationId")
            office = try FieldCheck.optionalName(input.office, "office", maxLength: 300)
            startsOn = try FieldCheck.date(input.startsOn, "startsOn")
            note = try FieldCheck.optional(input.note, "note", maxLength: 1000)
            appointmentReference = try FieldCheck.choice(input.appointmentReference, "appointmentReference", as: Appointment.Reference.self)
            appointmentReason = try FieldCheck.optional(input.appointmentReason, "appointmentReason", maxLength: 1000)
            confirmedDirect = ["on", "true", "1", "si", "sí"].contains(input.confirmDirectAppointment?.lowercased() ?? "")
            if personName == nil, organizationID == nil, office == nil {
                throw AppError.invalid(
                    field: "personName",
                    Localized(
                        es: "Indica al menos la persona, la organización o el cargo que ocupa el asiento.",
                        en: "Give at least the person, the organisation or the office holding the seat."))
            }
            if personName == nil, personEmail != nil || personPhone != nil {
                throw AppError.invalid(
                    field: "personName",
                    Localized(
                        es: "Los datos de contacto requieren el nombre de la persona.",
                        en: "Contact data require the person's name."))
            }
        }
    }

    static func appoint(_ input: MemberInput, in stl: Secretariat, by actor: AuditLog.Actor, on db: any Database) async throws -> SeatTerm {
        let valid = try Valid(input)
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            guard
                let seat = try await Seat.query(on: db)
                    .filter(\.$id == valid.seatID).filter(\.$secretariat.$id == stlID).first()
            else {
                throw AppError.invalid(
                    field: "seatId",
                    Localized(
                        es: "Ese asiento no pertenece a este secretariado.",
                        en: "That seat does not belong to this secretariat."))
            }
            if let organizationID = valid.organizationID,
                try await Organization.query(on: db).filter(\.$id == organizationID)
                    .filter(\.$secretariat.$id == stlID).first() == nil
            {
                throw AppError.invalid(
                    field: "organizationId",
                    Localized(
                        es: "Esa organización no pertenece a este secretariado.",
                        en: "That organisation does not belong to this secretariat."))
            }
            // Civil society chooses its own: a seat of theirs filled by hand is a direct
            // appointment, with its reason and reference, confirmed after the warning.
            let appointment: Appointment?
            switch Appointment.manual(
                sector: SectorCode(seat.sector), reference: valid.appointmentReference, reason: valid.appointmentReason,
                confirmed: valid.confirmedDirect)
            {
            case .success(let value): appointment = value
            case .failure(.notConfirmed): throw AppError.conflict(field: "confirmDirectAppointment", Appointment.Problem.notConfirmed.message)
            case .failure(let problem): throw AppError.invalid(field: problem.field, problem.message)
            }
            let starts = valid.startsOn ?? CalendarDate.today()
            // Rotation: the previous holder of the same role leaves the day the new one starts.
            let previous = try await SeatTerm.query(on: db)
                .filter(\.$seat.$id == valid.seatID).filter(\.$role == valid.role)
                .filter(\.$endsOn == nil).all()
            for term in previous {
                term.end(on: max(starts, term.startsOn ?? .distantPast))
                try await term.update(on: db)
            }
            var personID: UUID?
            if let name = valid.personName {
                let person = Person(name: name, email: valid.personEmail, phone: valid.personPhone)
                try await person.create(on: db)
                personID = person.id
            }
            let term = SeatTerm(
                seatID: valid.seatID, role: valid.role, personID: personID,
                organizationID: valid.organizationID, office: valid.office, startsOn: starts,
                note: valid.note)
            term.appointment = appointment
            try await term.create(on: db)
            // An account waiting for this vacant position now speaks for the new term.
            try await SeatGrants.bindWaiting(term, on: db)
            let saved = try await load(term.requireID(), on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: .create, entity: .member,
                entityID: term.id?.uuidString,
                summary: "\(valid.role.label.es) designado en \(seat.sector) #\(seat.number)"
                    + (appointment.map { " — \($0.publicLabel.es)" } ?? "")
                    + (previous.isEmpty ? "" : " (relevo de \(previous.count))"),
                change: .after(MemberDTO(saved, seat: seat, includePrivate: true)))
            return saved
        }
    }

    static func update(_ id: UUID, with input: MemberUpdate, in stl: Secretariat, by actor: AuditLog.Actor, on db: any Database) async throws
        -> SeatTerm
    {
        let personName = try FieldCheck.optionalName(input.personName, "personName", maxLength: 200)
        let office = try FieldCheck.optionalName(input.office, "office", maxLength: 300)
        let note = try FieldCheck.optional(input.note, "note", maxLength: 1000)
        let endsOn = try FieldCheck.date(input.endsOn, "endsOn")
        return try await db.writeTransaction { db in
            let term = try await find(id, in: stl, on: db)
            let seat = try await term.$seat.get(on: db)
            let before = MemberDTO(term, seat: seat, includePrivate: true)
            if let endsOn, let startsOn = term.startsOn, endsOn < startsOn {
                throw AppError.invalid(
                    field: "endsOn",
                    Localized(
                        es: "La fecha de término no puede ser anterior al inicio.",
                        en: "The end date cannot be before the start date."))
            }
            if let personName {
                if let person = term.person {
                    person.name = personName
                    try await person.update(on: db)
                } else {
                    let person = Person(name: personName)
                    try await person.create(on: db)
                    term.$person.id = person.id
                }
            }
            if input.office != nil { term.office = office }
            if input.note != nil { term.note = note }
            if let endsOn { term.end(on: endsOn) }
            try await term.update(on: db)
            let saved = try await load(id, on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stl.id, action: .update, entity: .member,
                entityID: id.uuidString, summary: "Integrante modificado en \(seat.sector) #\(seat.number)",
                change: .changed(from: before, to: MemberDTO(saved, seat: seat, includePrivate: true)))
            return saved
        }
    }

    /// Ends a current term today (the seat stays, vacant until someone is appointed).
    static func end(_ id: UUID, in stl: Secretariat, by actor: AuditLog.Actor, on db: any Database) async throws {
        try await db.writeTransaction { db in
            let term = try await find(id, in: stl, on: db)
            let seat = try await term.$seat.get(on: db)
            guard term.isCurrent else {
                throw AppError.conflict(
                    field: nil,
                    Localized(
                        es: "Ese periodo ya había terminado.", en: "That term had already ended."))
            }
            let before = MemberDTO(term, seat: seat, includePrivate: true)
            term.end(on: max(CalendarDate.today(), term.startsOn ?? .distantPast))
            try await term.update(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stl.id, action: .update, entity: .member,
                entityID: id.uuidString, summary: "Periodo terminado en \(seat.sector) #\(seat.number)",
                change: .changed(from: before, to: MemberDTO(term, seat: seat, includePrivate: true)))
        }
    }

    static func find(_ id: UUID, in stl: Secretariat, on db: any Database) async throws -> SeatTerm {
        guard
            let term = try await SeatTerm.query(on: db)
                .join(Seat.self, on: \SeatTerm.$seat.$id == \Seat.$id)
                .filter(Seat.self, \.$secretariat.$id == stl.requireID())
                .filter(\.$id == id)
                .with(\.$person).with(\.$organization)
                .first()
        else {
            throw AppError.notFound(
                Localized(
                    es: "No existe ese integrante en este secretariado.",
                    en: "There is no such member in this secretariat."))
        }
        return term
    }

    private static func load(_ id: UUID, on db: any Database) async throws -> SeatTerm {
        try await SeatTerm.query(on: db).filter(\.$id == id)
            .with(\.$person).with(\.$organization).first()!
    }
}
