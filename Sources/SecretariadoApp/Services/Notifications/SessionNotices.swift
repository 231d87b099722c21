import Fluent
import Foundation
import SecretariadoCore
import Vapor

/// A session convened, changed or cancelled: every member, the facilitator and the guarantor
/// staff are told, each with an iMIP invitation (RFC 6047) that carries the same UID as the
/// public `sessions.ics`, so a calendar holding the feed and the invitation holds one event.
enum SessionNotices {
    enum Change: Sendable {
        case convened, rescheduled, cancelled

        var kind: NotificationKind {
            switch self {
            case .convened: .sessionConvened
            case .rescheduled: .sessionRescheduled
            case .cancelled: .sessionCancelled
            }
        }
    }

    static func send(_ change: Change, session: StlSession, in stl: Secretariat, now: Date = Date(), on db: any Database) async throws {
        let stlID = try stl.requireID()
        let recipients = NoticeAudience.recipients(
            try await ForumAudience.candidates(of: stlID, on: db), standings: NoticeAudience.sessionStandings)
        let link = SiteURL.session(.value(stl.slug), .value(try session.requireID())).path
        try await Notifier.notify(change.kind, to: recipients, now: now, on: db) { recipient, language in
            Notifier.Letter(
                subject: subject(change, session, stl, language),
                text: text(change, session, stl, language),
                link: link,
                calendar: try invitation(change, session, stl, to: recipient, language: language, now: now))
        }
    }

    /// A representative asked for a session: the facilitator, who convenes, is told.
    static func requested(_ session: StlSession, in stl: Secretariat, by requester: String, now: Date = Date(), on db: any Database) async throws {
        let recipients = NoticeAudience.recipients(
            try await ForumAudience.candidates(of: try stl.requireID(), on: db), standings: [.facilitator])
        let link = SiteURL.sessionRequests(.value(stl.slug)).path
        try await Notifier.notify(.sessionRequested, to: recipients, now: now, on: db) { _, language in
            let kind = session.kind.label[language].lowercased()
            return language == .es
                ? Notifier.Letter(
                    subject: "Solicitud de sesión \(kind) — STL \(stl.name)",
                    text:
                        "\(requester) solicita convocar una sesión \(kind) del Secretariado Técnico Local \(stl.name).\nMotivo: \(session.reason ?? "—")",
                    link: link)
                : Notifier.Letter(
                    subject: "Request for a \(kind) session — STL \(stl.name)",
                    text:
                        "\(requester) asks you to convene a \(kind) session of the Local Technical Secretariat \(stl.name).\nReason: \(session.reason ?? "—")",
                    link: link)
        }
    }

    static func subject(_ change: Change, _ session: StlSession, _ stl: Secretariat, _ language: Language) -> String {
        let title = session.title(language)
        switch (change, language) {
        case (.convened, .es): return "Convocatoria: \(title) — STL \(stl.name)"
        case (.convened, .en): return "Convocation: \(title) — STL \(stl.name)"
        case (.rescheduled, .es): return "Cambio en la convocatoria: \(title) — STL \(stl.name)"
        case (.rescheduled, .en): return "Convocation changed: \(title) — STL \(stl.name)"
        case (.cancelled, .es): return "Sesión cancelada: \(title) — STL \(stl.name)"
        case (.cancelled, .en): return "Session cancelled: \(title) — STL \(stl.name)"
        }
    }

    static func text(_ change: Change, _ session: StlSession, _ stl: Secretariat, _ language: Language) -> String {
        let es = language == .es
        var lines: [String] = []
        switch change {
        case .convened:
            lines.append(
                es
                    ? "Se convoca a la \(session.title(.es).lowercasedFirst) del Secretariado Técnico Local \(stl.name)."
                    : "You are convened to \(session.title(.en)) of the Local Technical Secretariat \(stl.name).")
        case .rescheduled:
            lines.append(
                es
                    ? "Cambió la convocatoria de la \(session.title(.es).lowercasedFirst) del Secretariado Técnico Local \(stl.name)."
                    : "The convocation of \(session.title(.en)) of the Local Technical Secretariat \(stl.name) has changed.")
        case .cancelled:
            lines.append(
                es
                    ? "Se canceló la \(session.title(.es).lowercasedFirst) del Secretariado Técnico Local \(stl.name)."
                    : "\(session.title(.en)) of the Local Technical Secretariat \(stl.name) has been cancelled.")
            if let reason = session.cancelReason { lines.append((es ? "Motivo: " : "Reason: ") + reason) }
        }
        if let start = session.startsAt {
            lines.append(
                (es ? "Fecha: " : "When: ") + MexicanFormat.dateTime(start, language: language, includeWeekday: true)
                    + (es ? " (hora de la Ciudad de México)" : " (Mexico City time)"))
        }
        if let place = session.place { lines.append((es ? "Lugar: " : "Where: ") + place) }
        if let modality = session.modality { lines.append((es ? "Modalidad: " : "Format: ") + modality.label[language]) }
        return lines.joined(separator: "\n")
    }

    /// The invitation for one recipient. Only that recipient is listed as ATTENDEE: the
    /// members' addresses are personal data, and every message would otherwise hand them all
    /// to everyone.
    static func invitation(
        _ change: Change, _ session: StlSession, _ stl: Secretariat, to recipient: NoticeAudience.Candidate,
        language: Language, now: Date
    ) throws -> MailMessage.CalendarPart? {
        guard let start = session.startsAt, let email = recipient.email else { return nil }
        let method: ICalendarMethod = change == .cancelled ? .cancel : .request
        let event = try ICalendarEvent(
            uid: SessionCalendar.uid(of: try session.requireID()),
            stamp: now, start: start, end: max(session.endsAt ?? start, start.addingTimeInterval(60)),
            summary: "\(session.title(language)) — STL \(stl.name)",
            description: text(change, session, stl, language), location: session.place,
            url: URL(string: MailSite.absolute(SiteURL.session(.value(stl.slug), .value(try session.requireID())).path)),
            status: change == .cancelled ? .cancelled : .confirmed,
            sequence: session.sequence, lastModified: session.updatedAt,
            organizer: ICalendarParticipant(email: MailSite.from.email, name: "STL \(stl.name)"),
            attendees: [ICalendarParticipant(email: email, name: recipient.name)])
        let calendar = ICalendar(name: "STL \(stl.name)", events: [event], method: method)
        return MailMessage.CalendarPart(method: method.rawValue, text: calendar.serialized())
    }
}
