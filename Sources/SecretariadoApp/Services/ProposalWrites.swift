import Fluent
import SecretariadoCore
import Vapor

/// Agenda proposals from the members (facilitator function 8), and their integration into a
/// session's draft agenda (function 7).
enum ProposalWrites {
    static func submit(_ input: ProposalInput, in stl: Secretariat, by actor: SessionActor, on db: any Database) async throws -> AgendaProposal {
        let title = try FieldCheck.required(input.title, "title", maxLength: 300)
        let description = try FieldCheck.optional(input.description, "description", maxLength: 5_000)
        let links = try SessionFields.links(input.links)
        let stlID = try stl.requireID()
        let sector = actor.principal.grants.first { $0.secretariatID == stlID && $0.role == .representante }?.sector
        return try await db.writeTransaction { db in
            let proposal = AgendaProposal(
                secretariatID: stlID, title: title, description: description, links: links,
                proposedBy: actor.name, proposedByUserID: actor.userID, sector: sector?.rawValue)
            try await proposal.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stlID, action: .create, entity: .proposal,
                entityID: proposal.id?.uuidString, summary: "Propuesta para el orden del día: \(title)",
                change: .after(title))
            return proposal
        }
    }

    /// The facilitator declines a pending proposal with a reason; its author is told why,
    /// in the same transaction, so the decision and the notice never part.
    static func decline(_ proposalID: UUID, reason: String?, in stl: Secretariat, by actor: SessionActor, on db: any Database) async throws
        -> AgendaProposal
    {
        let reason = try FieldCheck.required(reason, "reason", maxLength: ProposalDecline.reasonMaxLength)
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            try await RowLock.proposal(proposalID, on: db)
            guard
                let proposal = try await AgendaProposal.query(on: db)
                    .filter(\.$id == proposalID).filter(\.$secretariat.$id == stlID).first()
            else {
                throw AppError.notFound(
                    Localized(
                        es: "No existe esa propuesta en este secretariado.", en: "There is no such proposal in this secretariat."))
            }
            if let refusal = ProposalDecline.refusal(for: proposal.status) {
                throw AppError.conflict(field: nil, refusal)
            }
            proposal.status = .descartada
            proposal.declineReason = reason
            try await proposal.update(on: db)
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stlID, action: .update, entity: .proposal,
                entityID: proposalID.uuidString, summary: "Propuesta descartada: \(proposal.title)",
                change: .changed(from: ProposalStatus.pendiente.rawValue, to: ["status": ProposalStatus.descartada.rawValue, "reason": reason]))
            try await ProposalNotices.declined(proposal, in: stl, on: db)
            return proposal
        }
    }
}

/// The orden del día of a session: points integrated from proposals or added by the
/// facilitator. Editable until the session starts.
enum AgendaWrites {
    static func add(_ input: AgendaItemInput, to sessionID: UUID, in stl: Secretariat, by actor: SessionActor, now: Date, on db: any Database)
        async throws -> AgendaItem
    {
        let proposalID = try FieldCheck.uuid(input.proposalId, "proposalId")
        let title = try FieldCheck.optional(input.title, "title", maxLength: 300)
        let description = try FieldCheck.optional(input.description, "description", maxLength: 5_000)
        guard proposalID != nil || title != nil else { throw AppError.required("title") }
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            let session = try await SessionScope.locked(sessionID, in: stl, on: db)
            try SessionScope.requireWritable(session, convened: false)
            try SessionScope.requireAgendaEditable(session, now: now)
            var item: AgendaItem
            var proposalAuthor: UUID?
            let position = (try await AgendaItem.query(on: db).filter(\.$session.$id == sessionID).max(\.$position) ?? 0) + 1
            if let proposalID {
                try await RowLock.proposal(proposalID, on: db)
                guard
                    let proposal = try await AgendaProposal.query(on: db)
                        .filter(\.$id == proposalID).filter(\.$secretariat.$id == stlID).first()
                else {
                    throw AppError.invalid(
                        field: "proposalId",
                        Localized(
                            es: "Esa propuesta no existe en este secretariado.", en: "That proposal does not exist in this secretariat."))
                }
                guard proposal.status == .pendiente else {
                    throw AppError.conflict(
                        field: "proposalId",
                        Localized(
                            es: "Esa propuesta ya fue \(proposal.status == .integrada ? "integrada a un orden del día" : "descartada").",
                            en: "That proposal was already \(proposal.status == .integrada ? "added to an agenda" : "dismissed")."))
                }
                proposal.status = .integrada
                proposal.sessionID = sessionID
                proposalAuthor = proposal.proposedByUserID
                try await proposal.update(on: db)
                item = AgendaItem(
                    sessionID: sessionID, position: position, title: title ?? proposal.title,
                    description: description ?? proposal.description, proposalID: proposalID,
                    proposedBy: proposal.proposedBy, links: proposal.links)
            } else {
                item = AgendaItem(
                    sessionID: sessionID, position: position, title: title!, description: description,
                    proposalID: nil, proposedBy: nil, links: [])
            }
            try await item.create(on: db)
            // The agenda is part of the published event: subscribers get the new version.
            session.sequence += 1
            try await session.save(on: db)
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stlID, action: .create, entity: .agendaItem,
                entityID: item.id?.uuidString,
                summary: "Orden del día de \(session.title(.es)), punto \(position): \(item.title)",
                change: .after(item.title))
            try await AgendaNotices.itemAdded(item, session: session, proposalAuthor: proposalAuthor, in: stl, on: db)
            return item
        }
    }
}

/// Taking attendance per seat: titular, suplente (only when the titular is absent: one
/// value per seat says exactly that) or absent.
enum AttendanceWrites {
    static func record(
        _ lines: [(seatID: UUID, attendance: Attendance)], session sessionID: UUID, in stl: Secretariat, by actor: SessionActor, now: Date,
        on db: any Database
    ) async throws -> [SeatAttendance] {
        guard !lines.isEmpty else { throw AppError.required("seats") }
        let forum = try await ForumSeats.load(stl, on: db)
        for line in lines {
            let field = "seat_\(line.seatID.uuidString)"
            guard let holders = forum.holders(of: line.seatID) else {
                throw AppError.invalid(
                    field: field,
                    Localized(
                        es: "Ese asiento no pertenece a este secretariado.", en: "That seat does not belong to this secretariat."))
            }
            if line.attendance == .suplente, holders.suplente == nil {
                throw AppError.invalid(
                    field: field,
                    Localized(
                        es: "El asiento \(holders.seat.label) no tiene suplente designado.",
                        en: "Seat \(holders.seat.label) has no alternate."))
            }
            if line.attendance == .titular, holders.titular == nil {
                throw AppError.invalid(
                    field: field,
                    Localized(
                        es: "El asiento \(holders.seat.label) no tiene titular designado.",
                        en: "Seat \(holders.seat.label) has no full member."))
            }
        }
        return try await db.writeTransaction { db in
            let session = try await SessionScope.locked(sessionID, in: stl, on: db)
            try SessionScope.requireWritable(session)
            try SessionScope.requireStarted(session, now: now)
            let openMotions = try await Motion.query(on: db).filter(\.$session.$id == sessionID)
                .filter(\.$status == .abierta).all().compactMap(\.id)
            var saved: [SeatAttendance] = []
            var changes: [String: String] = [:]
            for line in lines {
                let holders = forum.holders(of: line.seatID)!
                // A vote already cast in an open motion belongs to whoever sat: the other
                // holder cannot take the seat until that vote is closed.
                if !openMotions.isEmpty, line.attendance.isPresent,
                    let vote = try await Vote.query(on: db).filter(\.$motion.$id ~~ openMotions)
                        .filter(\.$seat.$id == line.seatID).first(),
                    vote.holderRole.rawValue != line.attendance.rawValue
                {
                    throw AppError.conflict(
                        field: "seat_\(line.seatID.uuidString)",
                        Localized(
                            es:
                                "En el asiento \(holders.seat.label) ya votó su \(vote.holderRole.label.es.lowercased()) en una votación abierta; ciérrala antes de cambiar la asistencia.",
                            en:
                                "Seat \(holders.seat.label)'s \(vote.holderRole.label.en.lowercased()) already voted in an open motion; close it before changing attendance."
                        ))
                }
                let row =
                    try await SeatAttendance.query(on: db).filter(\.$session.$id == sessionID)
                    .filter(\.$seat.$id == line.seatID).first()
                    ?? SeatAttendance(sessionID: sessionID, seatID: line.seatID, attendance: line.attendance, attendee: nil)
                row.attendance = line.attendance
                row.attendee = holders.attendee(for: line.attendance)
                try await row.save(on: db)
                saved.append(row)
                changes[holders.seat.label] = line.attendance.rawValue
            }
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stl.id, action: .update, entity: .attendance,
                entityID: sessionID.uuidString, summary: "Asistencia registrada: \(session.title(.es))",
                change: .after(changes))
            return saved
        }
    }

    /// Reads `seat_<uuid>=titular|suplente|ausente` form fields, or the API's list.
    static func lines(form: [String: String]) throws -> [(seatID: UUID, attendance: Attendance)] {
        try form.keys.sorted().compactMap { key in
            guard key.hasPrefix("seat_") else { return nil }
            guard let id = UUID(uuidString: String(key.dropFirst(5))) else {
                throw AppError.invalid(field: key, Localized(es: "Asiento no válido.", en: "Invalid seat."))
            }
            let value = try FieldCheck.requiredChoice(form[key], key, as: Attendance.self)
            return (id, value)
        }
    }

    static func lines(_ input: AttendanceInput) throws -> [(seatID: UUID, attendance: Attendance)] {
        try (input.seats ?? []).enumerated().map { index, line in
            let id = try FieldCheck.requiredUUID(line.seatId, "seats[\(index)].seatId")
            let value = try FieldCheck.requiredChoice(line.attendance, "seats[\(index)].attendance", as: Attendance.self)
            return (id, value)
        }
    }
}
