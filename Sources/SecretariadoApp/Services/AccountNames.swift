import Fluent
import SecretariadoCore
import Vapor

/// The names behind stored actor labels (account e-mails), so public pages can say who
/// acted without showing an account's e-mail.
enum AccountNames {
    static func byEmail(_ labels: [String], on db: any Database) async throws -> [String: String] {
        let emails = Array(Set(labels.filter { $0.contains("@") }.map { $0.lowercased() }))
        guard !emails.isEmpty else { return [:] }
        let users = try await User.query(on: db).filter(\.$email ~~ emails).all()
        return Dictionary(users.map { ($0.email, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// The public label for one stored actor.
    static func label(_ stored: String, names: [String: String], role: String) -> String {
        PublicActorLabel.display(stored, accountName: names[stored.lowercased()], role: role)
    }
}
