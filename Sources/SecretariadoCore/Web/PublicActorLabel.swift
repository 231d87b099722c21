import Foundation

/// Who did something, as a public page or export may say it. Records keep the account
/// that acted (an e-mail, for the audit), but account e-mails are never public: the page
/// shows the person's name, or the role when no account name is known.
public enum PublicActorLabel {
    public static func display(_ stored: String, accountName: String?, role: String) -> String {
        if let name = accountName?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty, !name.contains("@") {
            return name
        }
        return stored.contains("@") ? role : stored
    }
}
