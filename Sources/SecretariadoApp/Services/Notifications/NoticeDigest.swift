import Fluent
import Foundation
import SecretariadoCore
import Vapor

/// The daily digest: notices of kinds a person chose «Resumen diario» for, gathered into
/// one e-mail once the oldest has waited a day, so nobody gets more than one digest a day.
enum NoticeDigest {
    static let wait: TimeInterval = 24 * 3_600

    static func send(now: Date, on db: any Database) async throws {
        let due = try await Notice.query(on: db).filter(\.$digestPending == true)
            .filter(\.$createdAt <= now.addingTimeInterval(-wait)).all()
        for userID in Set(due.map { $0.$user.id }) {
            try await db.writeTransaction { db in
                // Read again inside: another instance may have sent this digest meanwhile.
                let pending = try await Notice.query(on: db).filter(\.$user.$id == userID)
                    .filter(\.$digestPending == true).sort(\.$createdAt).all()
                guard !pending.isEmpty, let user = try await User.find(userID, on: db) else { return }
                // Marked as digested even when the address cannot receive mail, so they are not read again daily.
                guard NoticeAudience.isDeliverable(user.email) else {
                    for notice in pending {
                        notice.digestPending = false
                        try await notice.save(on: db)
                    }
                    return
                }
                let preference = try await NotificationPreference.query(on: db).filter(\.$user.$id == userID).first()
                let language = preference?.messageLanguage ?? .default
                let es = language == .es
                var text = es ? "Tus avisos de las últimas horas:\n" : "Your recent notices:\n"
                for notice in pending {
                    text += "\n• \(notice.title)\n  \(MailSite.absolute(notice.link))\n"
                    notice.digestPending = false
                    try await notice.save(on: db)
                }
                text +=
                    "\n" + (es ? "Elige qué avisos llegan por correo en " : "Choose which notices arrive by e-mail at ")
                    + MailSite.absolute(SiteURL.noticePreferences.path) + "\n"
                let subject = es ? "Resumen de avisos (\(pending.count))" : "Notice digest (\(pending.count))"
                let message = MailMessage(
                    from: MailSite.from, to: [.init(email: user.email, name: user.name)], subject: subject, text: text,
                    messageID: MailSite.newMessageID(), date: now)
                // The digest is about configurable kinds; its own kind is the first notice's.
                let kind = NotificationKind(rawValue: pending[0].kind) ?? .sessionConvened
                try await Outbox.enqueue(message, kind: kind, language: language, now: now, on: db)
            }
        }
    }
}
