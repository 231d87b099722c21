import Fluent
import SecretariadoCore
import Vapor

/// The facilitator of an STL over time: voice, no vote. A current term without a person
/// records a vacancy (Tabla 5: "Vacante").
final class FacilitatorTerm: Model, @unchecked Sendable {
    static let schema = "facilitator_terms"

    @ID(key: .id) var id: UUID?
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    @OptionalParent(key: "person_id") var person: Person?
    /// Where they come from, as the STL words it ("Academia – UABC").
    @OptionalField(key: "origin") var origin: String?
    @OptionalField(key: "origin_kind") var originKind: OrganizationKind?
    @OptionalField(key: "starts_on") var startsOn: Date?
    @OptionalField(key: "ends_on") var endsOn: Date?
    @OptionalField(key: "note") var note: String?
    /// The STL's id while the term is current, nil once it ended: unique in the table.
    @OptionalField(key: "current_slot") var currentSlot: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(
        id: UUID? = nil, secretariatID: UUID, personID: UUID?, origin: String?,
        originKind: OrganizationKind?, startsOn: Date? = nil, endsOn: Date? = nil, note: String? = nil
    ) {
        self.id = id
        self.$secretariat.id = secretariatID
        self.$person.id = personID
        self.origin = origin
        self.originKind = originKind
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.note = note
        self.currentSlot = endsOn == nil ? secretariatID.uuidString : nil
    }

    var isVacant: Bool { $person.id == nil }

    func end(on date: Date) {
        endsOn = date
        currentSlot = nil
    }
}
