import Foundation

/// Who must sign finalised minutes, and who is still to be reminded: each account that
/// speaks for a seat position that attended (titular or suplente, as the attendance says).
public enum MinutesSigners {
    public struct Position: Hashable, Sendable {
        public var seatID: UUID
        public var role: HolderRole
        public init(seatID: UUID, role: HolderRole) {
            self.seatID = seatID
            self.role = role
        }
    }

    /// The accounts to ask, in `accounts` order, each once. `accounts` are the accounts of
    /// the STL with the position they speak for; `present` the positions that attended;
    /// `signedSeats` the seats that already signed or refused.
    public static func pending(
        present: Set<Position>, accounts: [(userID: UUID, position: Position)], signedSeats: Set<UUID> = []
    ) -> [UUID] {
        var seen = Set<UUID>()
        return accounts.compactMap { account in
            guard present.contains(account.position), !signedSeats.contains(account.position.seatID),
                  seen.insert(account.userID).inserted else { return nil }
            return account.userID
        }
    }

    /// Days after finalisation before a reminder, when the charter names none.
    public static let defaultSigningDays = 5

    /// Whether minutes finalised at `finalisedAt` are past their signing period on `now`.
    public static func reminderDue(finalisedAt: Date, now: Date, signingDays: Int = defaultSigningDays) -> Bool {
        now.timeIntervalSince(finalisedAt) >= TimeInterval(max(signingDays, 0)) * 86_400
    }
}
