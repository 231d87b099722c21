import Fluent
import SecretariadoCore
import Vapor

/// Who held a seat, as titular or suplente, from when to when. Ended terms are the
/// rotation history; a term with no end date is current.
final class SeatTerm: Model, @unchecked Sendable {
    static let schema = "seat_terms"

    @ID(key: .id) var id: UUID?

    /// Invented by the demo loader (never set by a person's write): pages and exports say
    /// «Datos de demostración». Unset (NULL) on every record a person writes.
    @OptionalField(key: "demo") var demoMark: Bool?
    var isDemo: Bool { demoMark ?? false }
    @Parent(key: "seat_id") var seat: Seat
    @Field(key: "role") var role: HolderRole
    @OptionalParent(key: "person_id") var person: Person?
    @OptionalParent(key: "organization_id") var organization: Organization?
    /// The office that represents the body ("Secretario de Hacienda…"), when named.
    @OptionalField(key: "office") var office: String?
    @OptionalField(key: "starts_on") var startsOn: Date?
    @OptionalField(key: "ends_on") var endsOn: Date?
    @OptionalField(key: "note") var note: String?
    /// "<seat>/<role>" while the term is current, nil once it ended: unique in the table.
    @OptionalField(key: "current_slot") var currentSlot: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    /// How a civil-society holder came to the seat: by the election, or a direct
    /// appointment with its reason and reference (`Appointment`); `nil` for other sectors
    /// and for terms recorded before it was asked.
    @OptionalField(key: "appointment") var appointment: Appointment?
    /// The election whose close seated this holder.
    @OptionalField(key: "election_id") var electionID: UUID?

    init() {}

    init(
        id: UUID? = nil, seatID: UUID, role: HolderRole, personID: UUID? = nil,
        organizationID: UUID? = nil, office: String? = nil, startsOn: Date? = nil,
        endsOn: Date? = nil, note: String? = nil
    ) {
        self.id = id
        self.$seat.id = seatID
        self.role = role
        self.$person.id = personID
        self.$organization.id = organizationID
        self.office = office
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.note = note
        self.currentSlot = endsOn == nil ? Self.slot(seatID, role) : nil
    }

    var isCurrent: Bool { endsOn == nil }

    static func slot(_ seatID: UUID, _ role: HolderRole) -> String { "\(seatID.uuidString)/\(role.rawValue)" }

    /// Ends the term on a date, freeing its seat and role for the next holder.
    func end(on date: Date) {
        endsOn = date
        currentSlot = nil
    }
}
