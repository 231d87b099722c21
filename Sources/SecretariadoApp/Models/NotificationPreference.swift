import Fluent
import SecretariadoCore
import Vapor

/// One account's language for messages and its e-mail choice per kind of notice. No row
/// means Spanish and every kind at once.
final class NotificationPreference: Model, @unchecked Sendable {
    static let schema = "notification_preferences"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Field(key: "language") var language: String
    /// `{kind: mode}` as JSON; kinds not named are at once.
    @Field(key: "modes") var modesJSON: String
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    init(userID: UUID, language: Language, modes: [NotificationKind: DeliveryMode], at: Date) {
        self.$user.id = userID
        self.language = language.rawValue
        self.modesJSON = Self.encode(modes)
        self.updatedAt = at
    }

    var modes: [NotificationKind: DeliveryMode] {
        get {
            let raw = (try? JSONDecoder().decode([String: String].self, from: Data(modesJSON.utf8))) ?? [:]
            return Dictionary(
                uniqueKeysWithValues: raw.compactMap { key, value in
                    guard let kind = NotificationKind(rawValue: key), let mode = DeliveryMode(rawValue: value) else { return nil }
                    return (kind, mode)
                })
        }
        set { modesJSON = Self.encode(newValue) }
    }

    var messageLanguage: Language { Language(rawValue: language) ?? .default }

    private static func encode(_ modes: [NotificationKind: DeliveryMode]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let raw = Dictionary(uniqueKeysWithValues: modes.map { ($0.key.rawValue, $0.value.rawValue) })
        return String(decoding: (try? encoder.encode(raw)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
