import Fluent
import SecretariadoCore
import Vapor

/// Editing, reordering and withdrawing points of the orden del día: allowed until the
/// session starts (`SessionTimeGate.agendaEditable`), each change in the audit log, and the
/// calendar's event gets a new sequence, as when a point is added.
extension AgendaWrites {
    /// New title or description, or a new place in the order.
    static func edit(
        _ itemID: UUID, _ input: AgendaItemUpdateInput, session sessionID: UUID, in stl: Secretariat,
        by actor: SessionActor, now: Date, on db: any Database
    ) async throws -> AgendaItem {
        let title = try FieldCheck.optional(input.title, "title", maxLength: 300)
        let description = try FieldCheck.optional(input.description, "description", maxLength: 5_000)
        let position = try FieldCheck.optional(input.position, "position", maxLength: 4).map { text -> Int in
            guard let number = Int(text), number >= 1 else {
                throw AppError.invalid(
                    field: "position",
                    Localized(
                        es: "«position» debe ser un número de lugar en el orden del día, desde 1.",
                        en: "“position” must be a place in the agenda, from 1."))
            }
            return number
        }
        return try await db.writeTransaction { db in
            let session = try await lockedEditable(sessionID, in: stl, now: now, on: db)
            var items = try await ordered(sessionID, on: db)
            guard let index = items.firstIndex(where: { $0.id == itemID }) else { throw noSuchItem }
            let item = items[index]
            let before = AgendaItemSnapshot(item)
            if let title { item.title = title }
            if input.description != nil { item.description = description }
            try await item.update(on: db)
            if let position, position != item.position {
                items.remove(at: index)
                items.insert(item, at: min(position, items.count + 1) - 1)
                try await renumber(items, on: db)
            }
            session.sequence += 1
            try await session.save(on: db)
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stl.id, action: .update, entity: .agendaItem,
                entityID: itemID.uuidString,
                summary: "Orden del día de \(session.title(.es)), punto \(item.position) modificado: \(item.title)",
                change: .changed(from: before, to: AgendaItemSnapshot(item)))
            return item
        }
    }

    /// Withdraws a point; a member's proposal returns to the pending proposals.
    static func withdraw(
        _ itemID: UUID, session sessionID: UUID, in stl: Secretariat,
        by actor: SessionActor, now: Date, on db: any Database
    ) async throws {
        try await db.writeTransaction { db in
            let session = try await lockedEditable(sessionID, in: stl, now: now, on: db)
            var items = try await ordered(sessionID, on: db)
            guard let index = items.firstIndex(where: { $0.id == itemID }) else { throw noSuchItem }
            let item = items.remove(at: index)
            guard try await Motion.query(on: db).filter(\.$agendaItem.$id == itemID).count() == 0 else {
                throw AppError.conflict(
                    field: nil,
                    Localized(
                        es: "Ese punto ya tiene mociones: no puede retirarse.", en: "That point already has motions: it cannot be withdrawn."))
            }
            let before = AgendaItemSnapshot(item)
            if let proposalID = item.proposalID,
                let proposal = try await AgendaProposal.query(on: db).filter(\.$id == proposalID).first()
            {
                proposal.status = .pendiente
                proposal.sessionID = nil
                try await proposal.update(on: db)
            }
            try await item.delete(on: db)
            try await renumber(items, on: db)
            session.sequence += 1
            try await session.save(on: db)
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stl.id, action: .delete, entity: .agendaItem,
                entityID: itemID.uuidString,
                summary: "Orden del día de \(session.title(.es)): punto retirado, \(item.title)",
                change: .before(before))
        }
    }

    static let noSuchItem = AppError.notFound(
        Localized(
            es: "Ese punto no está en el orden del día de esta sesión.", en: "That point is not on this session's agenda."))

    private static func lockedEditable(_ sessionID: UUID, in stl: Secretariat, now: Date, on db: any Database) async throws -> StlSession {
        let session = try await SessionScope.locked(sessionID, in: stl, on: db)
        try SessionScope.requireWritable(session, convened: false)
        try SessionScope.requireAgendaEditable(session, now: now)
        return session
    }

    private static func ordered(_ sessionID: UUID, on db: any Database) async throws -> [AgendaItem] {
        try await AgendaItem.query(on: db).filter(\.$session.$id == sessionID).sort(\.$position).all()
    }

    /// Positions 1…n in the given order. Positions are unique per session, so the points
    /// step aside to negative places first.
    private static func renumber(_ items: [AgendaItem], on db: any Database) async throws {
        for (index, item) in items.enumerated() where item.position != index + 1 {
            item.position = -(index + 1)
            try await item.update(on: db)
        }
        for (index, item) in items.enumerated() where item.position != index + 1 {
            item.position = index + 1
            try await item.update(on: db)
        }
    }
}

/// What the audit log keeps of an agenda point.
struct AgendaItemSnapshot: Codable, Sendable {
    let position: Int
    let title: String
    let description: String?
    let proposalID: UUID?

    init(_ item: AgendaItem) {
        position = item.position
        title = item.title
        description = item.description
        proposalID = item.proposalID
    }
}
