import Fluent
import Foundation
import NIOConcurrencyHelpers
import SecretariadoCore
import Vapor

/// The one entry point of notifications. Called inside an event's write transaction with
/// that transaction's `db`: the in-app notices and the outbox rows are written with the
/// event, or not at all.
enum Notifier {
    /// Set while demonstration data is loaded: its events happened to nobody, and its
    /// contact addresses (`…@ejemplo.org`) must not receive mail. Process-wide rather than a
    /// task-local, because database transactions run their bodies in tasks of their own;
    /// demo data is loaded before `serve` listens, or by a command in its own process.
    private static let muteDepth = NIOLockedValueBox(0)

    static var isMuted: Bool { muteDepth.withLockedValue { $0 > 0 } }

    static func muted<T>(_ body: () async throws -> T) async rethrows -> T {
        muteDepth.withLockedValue { $0 += 1 }
        defer { muteDepth.withLockedValue { $0 -= 1 } }
        return try await body()
    }

    /// What one recipient is told, already in their language.
    struct Letter: Sendable {
        var subject: String
        var text: String
        /// A site path: made absolute in the e-mail, kept relative in «Avisos».
        var link: String
        var calendar: MailMessage.CalendarPart?
    }

    /// Tells each recipient, in their language, what `compose` writes for them: an in-app
    /// notice for those with an account, and an e-mail now, in the daily digest or not at
    /// all, as their preference for `kind` says (always now for those without an account).
    static func notify(
        _ kind: NotificationKind, to recipients: [NoticeAudience.Candidate], now: Date = Date(), on db: any Database,
        compose: (NoticeAudience.Candidate, Language) throws -> Letter
    ) async throws {
        guard !recipients.isEmpty, !isMuted else { return }
        let userIDs = recipients.compactMap(\.userID)
        let preferences = userIDs.isEmpty ? [] : try await NotificationPreference.query(on: db).filter(\.$user.$id ~~ userIDs).all()
        let byUser = Dictionary(preferences.map { ($0.$user.id, $0) }, uniquingKeysWith: { first, _ in first })
        let key = kind.isConfigurable && !userIDs.isEmpty ? try await UnsubscribeLinks.key(on: db) : nil
        for recipient in recipients {
            let preference = recipient.userID.flatMap { byUser[$0] }
            let language = preference?.messageLanguage ?? recipient.language
            let letter = try compose(recipient, language)
            let mode = recipient.userID == nil ? .immediate : kind.mode(chosen: preference?.modes[kind])
            if let userID = recipient.userID {
                try await Notice(
                    userID: userID, kind: kind, title: letter.subject, body: letter.text, link: letter.link,
                    createdAt: now, digestPending: mode == .digest
                ).create(on: db)
            }
            guard mode == .immediate, let email = recipient.email, NoticeAudience.isDeliverable(email) else { continue }
            var headers: [MailMessage.Header] = []
            if let key, let userID = recipient.userID {
                headers = UnsubscribeLinks.headers(user: userID, kind: kind, key: key)
            }
            let message = MailMessage(
                from: MailSite.from, to: [MailMessage.Address(email: email, name: recipient.name)],
                subject: letter.subject, text: body(letter, language: language, unsubscribable: key != nil && recipient.userID != nil),
                calendar: letter.calendar, messageID: MailSite.newMessageID(), date: now, headers: headers)
            try await Outbox.enqueue(message, kind: kind, language: language, now: now, on: db)
        }
    }

    /// The plain text of an e-mail: the letter, its absolute link, and where to change what
    /// arrives by e-mail.
    static func body(_ letter: Letter, language: Language, unsubscribable: Bool) -> String {
        var text = letter.text + "\n\n" + MailSite.absolute(letter.link) + "\n"
        if unsubscribable {
            text +=
                "\n"
                + (language == .es
                    ? "Puedes elegir qué avisos llegan por correo en \(MailSite.absolute(SiteURL.noticePreferences.path))"
                    : "You can choose which notices arrive by e-mail at \(MailSite.absolute(SiteURL.noticePreferences.path))") + "\n"
        }
        return text
    }
}
