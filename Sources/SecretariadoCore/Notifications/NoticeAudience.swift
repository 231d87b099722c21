import Foundation

/// Who hears of a forum event: the people concerned, each once, at an address they gave.
public enum NoticeAudience {
    /// Why a person is concerned by an STL's events.
    public enum Standing: String, Hashable, Sendable, Codable {
        case titular
        case suplente
        case facilitator
        case guarantor
    }

    /// Someone who might be told: an account (with its language) or only a contact address.
    public struct Candidate: Hashable, Sendable {
        public var standing: Standing
        public var name: String
        public var email: String?
        public var userID: UUID?
        public var language: Language

        public init(standing: Standing, name: String, email: String?, userID: UUID? = nil, language: Language = .default) {
            self.standing = standing
            self.name = name
            self.email = email
            self.userID = userID
            self.language = language
        }
    }

    /// Whether mail to the address can arrive: not at `.invalid`, the top-level domain RFC 2606
    /// reserves for addresses that must never resolve (the demonstration accounts use it).
    /// Such an account still gets its in-app notices.
    public static func isDeliverable(_ email: String) -> Bool {
        guard let at = email.lastIndex(of: "@") else { return false }
        let domain = email[email.index(after: at)...].lowercased()
        return !(domain == "invalid" || domain.hasSuffix(".invalid"))
    }

    /// Who a session's convocation, change or cancellation concerns: every current member,
    /// titular and suplente (a suplente must be ready to stand in), the facilitator who runs
    /// it and the guarantor body that administers the forum.
    public static let sessionStandings: Set<Standing> = [.titular, .suplente, .facilitator, .guarantor]

    /// The candidates of the given standings that can be reached, each person once: by account
    /// when one exists (so the in-app notice has an owner), else by address; addresses are
    /// compared without case. Those with neither account nor address are left out. The order
    /// is the input's, so the outbox reads in the order of the forum's seats.
    public static func recipients(_ candidates: [Candidate], standings: Set<Standing>) -> [Candidate] {
        var seenUsers = Set<UUID>()
        var seenEmails = Set<String>()
        var out: [Candidate] = []
        // Accounts first, so a person listed both by account and by bare address keeps the account.
        let ordered = candidates.enumerated().sorted { a, b in
            (a.element.userID == nil ? 1 : 0, a.offset) < (b.element.userID == nil ? 1 : 0, b.offset)
        }
        var kept: [(Int, Candidate)] = []
        for (offset, candidate) in ordered where standings.contains(candidate.standing) {
            let email = candidate.email.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                .flatMap { $0.isEmpty || !isDeliverable($0) ? nil : $0 }
            guard candidate.userID != nil || email != nil else { continue }
            if let user = candidate.userID, seenUsers.contains(user) { continue }
            if let email, seenEmails.contains(email) { continue }
            if let user = candidate.userID { seenUsers.insert(user) }
            if let email { seenEmails.insert(email) }
            var clean = candidate
            clean.email = email
            kept.append((offset, clean))
        }
        out = kept.sorted { $0.0 < $1.0 }.map(\.1)
        return out
    }
}
