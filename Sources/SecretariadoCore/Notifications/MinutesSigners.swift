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
                seen.insert(account.userID).inserted
            else { return nil }
            return account.userID
        }
    }

    /// Days after finalisation before a reminder, when the charter names none.
    public static let defaultSigningDays = 5

    /// How long after the signing period a reminder may still go out: enough to cover days
    /// the server was down, short enough that years of old minutes (a first start on an
    /// existing database) do not all remind at once.
    public static let reminderWindowDays = 14

    /// Whether minutes finalised at `finalisedAt` are past their signing period on `now`,
    /// and not so long past that a reminder would be news of nothing.
    public static func reminderDue(finalisedAt: Date, now: Date, signingDays: Int = defaultSigningDays) -> Bool {
        let elapsed = now.timeIntervalSince(finalisedAt)
        let period = TimeInterval(max(signingDays, 0)) * 86_400
        return elapsed >= period && elapsed < period + TimeInterval(reminderWindowDays) * 86_400
    }
}
