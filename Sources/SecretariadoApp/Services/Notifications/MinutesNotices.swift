import Fluent
import Foundation
import SecretariadoCore

/// Finalised minutes: each attendee who must sign is asked, and reminded once after the
/// signing period if their seat has not signed.
enum MinutesNotices {
    static func finalised(_ minutes: Minutes, session: StlSession, in stl: Secretariat, now: Date = Date(), on db: any Database) async throws {
        let signers = try await pendingSigners(minutes, session: session, stlID: try stl.requireID(), on: db)
        try await tell(.minutesToSign, signers, session: session, stl: stl, now: now, on: db)
    }

    /// The daily job: minutes past the signing period, reminded once each.
    static func remind(now: Date, on db: any Database) async throws {
        let cutoff = now.addingTimeInterval(-TimeInterval(MinutesSigners.defaultSigningDays) * 86_400)
        let oldest = cutoff.addingTimeInterval(-TimeInterval(MinutesSigners.reminderWindowDays) * 86_400)
        let due = try await Minutes.query(on: db).filter(\.$status == .finalizada).filter(\.$finalisedAt <= cutoff)
            .filter(\.$finalisedAt >= oldest).all()
        for candidate in due {
            guard let finalisedAt = candidate.finalisedAt, MinutesSigners.reminderDue(finalisedAt: finalisedAt, now: now) else { continue }
            try await db.writeTransaction { db in
                guard try await NoticeMark.claim("firma:\(try candidate.requireID())", now: now, on: db),
                    let session = try await StlSession.find(candidate.$session.id, on: db),
                    let stl = try await Secretariat.find(session.$secretariat.id, on: db)
                else { return }
                let signers = try await pendingSigners(candidate, session: session, stlID: try stl.requireID(), on: db)
                try await tell(.signingReminder, signers, session: session, stl: stl, now: now, on: db)
            }
        }
    }

    static func pendingSigners(_ minutes: Minutes, session: StlSession, stlID: UUID, on db: any Database) async throws -> [UUID] {
        let sessionID = try session.requireID()
        let attendance = try await SeatAttendance.query(on: db).filter(\.$session.$id == sessionID).all()
        let present = Set(
            attendance.compactMap { row -> MinutesSigners.Position? in
                switch row.attendance {
                case .titular: MinutesSigners.Position(seatID: row.$seat.id, role: .titular)
                case .suplente: MinutesSigners.Position(seatID: row.$seat.id, role: .suplente)
                case .absent: nil
                }
            })
        let signed = try await MinutesSignature.query(on: db).filter(\.$minutes.$id == minutes.requireID()).all()
        let accounts = try await AccountAudience.seatAccounts(of: stlID, on: db).map { ($0.userID, $0.position) }
        return MinutesSigners.pending(present: present, accounts: accounts, signedSeats: Set(signed.map { $0.$seat.id }))
    }

    private static func tell(_ kind: NotificationKind, _ userIDs: [UUID], session: StlSession, stl: Secretariat, now: Date, on db: any Database)
        async throws
    {
        let recipients = try await AccountAudience.candidates(userIDs, on: db)
        let link = SiteURL.sessionMinutes(.value(stl.slug), .value(try session.requireID())).path
        try await Notifier.notify(kind, to: recipients, now: now, on: db) { _, language in
            switch (kind, language) {
            case (.signingReminder, .es):
                return .init(
                    subject: "Recordatorio: firma la minuta de la \(session.title(.es).lowercasedFirst) — STL \(stl.name)",
                    text: "La minuta de la \(session.title(.es).lowercasedFirst) sigue esperando la firma de tu asiento.", link: link)
            case (.signingReminder, .en):
                return .init(
                    subject: "Reminder: sign the minutes of \(session.title(.en)) — STL \(stl.name)",
                    text: "The minutes of \(session.title(.en)) are still waiting for your seat's signature.", link: link)
            case (_, .es):
                return .init(
                    subject: "Minuta por firmar: \(session.title(.es)) — STL \(stl.name)",
                    text: "La minuta de la \(session.title(.es).lowercasedFirst) está finalizada. Asististe: fírmala, o indica por qué no la firmas.",
                    link: link)
            case (_, .en):
                return .init(
                    subject: "Minutes to sign: \(session.title(.en)) — STL \(stl.name)",
                    text: "The minutes of \(session.title(.en)) are final. You attended: sign them, or say why you do not.", link: link)
            }
        }
    }
}
