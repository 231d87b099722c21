import Foundation

/// A seat's current titular or suplente, as the term-end rule needs it: who, which seat,
/// since when, and the term's own end date when one was set.
public struct CurrentTerm: Hashable, Sendable {
    public var id: UUID
    public var holderName: String
    /// The seat as readers know it: «Sociedad civil #2».
    public var seat: Localized
    public var role: HolderRole
    public var startsOn: Date?
    /// The term's own end date; when present it wins over the charter's length.
    public var endsOn: Date?

    public init(id: UUID, holderName: String, seat: Localized, role: HolderRole, startsOn: Date?, endsOn: Date? = nil) {
        self.id = id
        self.holderName = holderName
        self.seat = seat
        self.role = role
        self.startsOn = startsOn
        self.endsOn = endsOn
    }
}
