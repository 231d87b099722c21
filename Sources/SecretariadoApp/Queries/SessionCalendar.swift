import Fluent
import SecretariadoCore
import Vapor

/// `sessions.ics`: one VEVENT per public session of an STL (RFC 5545 via `ICalendar`).
///
/// UID is fixed per session; SEQUENCE is the session's `sequence` column, raised on every
/// change; DTSTAMP is the session's last change, so an unchanged calendar gives the same
/// bytes; cancelled sessions stay in the feed with STATUS:CANCELLED so clients remove them.
enum SessionCalendar {
    /// The UID of a session's event, shared by the feed and the e-mailed invitations.
    static func uid(of sessionID: UUID) -> String {
        "sesion-\(sessionID.uuidString.lowercased())@secretariado"
    }

    static func build(for stl: Secretariat, on db: any Database) async throws -> ICalendar {
        let sessions = try await StlSession.query(on: db).filter(\.$secretariat.$id == stl.requireID())
            .filter(\.$status != .solicitada).filter(\.$startsAt != nil).sort(\.$startsAt).all()
        let ids = sessions.compactMap(\.id)
        let items = ids.isEmpty ? [] : try await AgendaItem.query(on: db).filter(\.$session.$id ~~ ids).sort(\.$position).all()
        // Links need an absolute address; without a configured public URL there are none.
        let base = Environment.get("SECRETARIADO_PUBLIC_URL").map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        let itemsBySession = Dictionary(grouping: items) { $0.$session.id }
        let events = try sessions.map { session in
            let agenda = (itemsBySession[session.id!] ?? []).map { "\($0.position). \($0.title)" }
            var description =
                (session.isDemo ? "[\(DemoNotice.label.es)] " : "")
                + "\(stl.name) — \(session.title(.es)). Modalidad: \(session.modality?.label.es ?? "—")."
            if !agenda.isEmpty { description += "\nOrden del día:\n" + agenda.joined(separator: "\n") }
            if let reason = session.cancelReason { description += "\nCancelada: \(reason)" }
            let start = session.startsAt!
            return try ICalendarEvent(
                uid: uid(of: session.id!),
                stamp: session.updatedAt ?? session.createdAt ?? start,
                start: start, end: max(session.endsAt ?? start, start.addingTimeInterval(60)),
                summary: "\(session.title(.es)) — STL \(stl.name)",
                description: description, location: session.place,
                url: base.flatMap { URL(string: $0 + SiteURL.session(.value(stl.slug), .value(session.id!)).path) },
                status: session.status == .cancelada ? .cancelled : .confirmed,
                sequence: session.sequence, lastModified: session.updatedAt,
                categories: [session.kind.label.es] + (session.isDemo ? [DemoNotice.label.es] : []))
        }
        return ICalendar(name: "STL \(stl.name) — sesiones", events: events)
    }
}
