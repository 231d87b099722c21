import Fluent
import Foundation
import SecretariadoCore
import Vapor

/// A person's own notices and preferences. Marking a notice read changes nothing anyone
/// else sees, so it leaves no audit entry (nor a new data version for the page cache);
/// changing preferences does, as every change to an account.
enum NoticeWrites {
    /// Marks one notice read; another account's notice is "not found", never "forbidden",
    /// so that nobody learns which notice ids exist.
    static func markRead(_ id: UUID, of userID: UUID, now: Date = Date(), on db: any Database) async throws {
        try await db.writeTransaction { db in
            guard let notice = try await Notice.query(on: db).filter(\.$id == id).filter(\.$user.$id == userID).first() else {
                throw AppError.notFound(Localized(es: "No existe ese aviso.", en: "There is no such notice."))
            }
            if notice.readAt == nil {
                notice.readAt = now
                try await notice.save(on: db)
            }
        }
    }

    static func markAllRead(of userID: UUID, now: Date = Date(), on db: any Database) async throws {
        try await db.writeTransaction { db in
            try await Notice.query(on: db).filter(\.$user.$id == userID).filter(\.$readAt == nil)
                .set(\.$readAt, to: now).update()
        }
    }

    static func unreadCount(of userID: UUID, on db: any Database) async throws -> Int {
        try await Notice.query(on: db).filter(\.$user.$id == userID).filter(\.$readAt == nil).count()
    }

    struct PreferencesInput: Content {
        var language: String?
        var modes: [String: String]?
    }

    static func savePreferences(
        _ input: PreferencesInput, of userID: UUID, by actor: AuditLog.Actor, now: Date = Date(), on db: any Database
    ) async throws {
        guard let language = input.language.flatMap(Language.init(rawValue:)) else {
            throw AppError.invalid(field: "language", Localized(es: "Elige español o inglés.", en: "Choose Spanish or English."))
        }
        var modes: [NotificationKind: DeliveryMode] = [:]
        for kind in NotificationKind.configurable {
            let raw = input.modes?[kind.rawValue] ?? DeliveryMode.immediate.rawValue
            guard let mode = DeliveryMode(rawValue: raw) else {
                throw AppError.invalid(
                    field: "modes[\(kind.rawValue)]",
                    Localized(
                        es: "Elige cómo recibir «\(kind.label.es)».", en: "Choose how to receive “\(kind.label.en)”."))
            }
            modes[kind] = mode
        }
        let chosen = modes
        try await store(userID: userID, by: actor, now: now, on: db) { preference in
            preference.language = language.rawValue
            preference.modes = chosen
        }
    }

    /// One-click unsubscribe: e-mail for one kind turns off, nothing else changes.
    static func unsubscribe(_ userID: UUID, from kind: NotificationKind, now: Date = Date(), on db: any Database) async throws {
        try await store(userID: userID, by: .system, now: now, on: db) { preference in
            var modes = preference.modes
            modes[kind] = DeliveryMode.none
            preference.modes = modes
        }
    }

    private static func store(
        userID: UUID, by actor: AuditLog.Actor, now: Date, on db: any Database,
        change: @escaping @Sendable (NotificationPreference) -> Void
    ) async throws {
        try await db.writeTransaction { db in
            let existing = try await NotificationPreference.query(on: db).filter(\.$user.$id == userID).first()
            let preference = existing ?? NotificationPreference(userID: userID, language: .default, modes: [:], at: now)
            let before = existing.map { ["language": $0.language, "modes": $0.modesJSON] }
            change(preference)
            preference.updatedAt = now
            try await preference.save(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: nil, action: existing == nil ? .create : .update,
                entity: .notificationPreferences, entityID: userID.uuidString,
                summary: "Preferencias de avisos",
                change: .changed(from: before, to: ["language": preference.language, "modes": preference.modesJSON]))
        }
    }
}
