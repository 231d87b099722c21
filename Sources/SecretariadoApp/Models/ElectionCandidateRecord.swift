import Fluent
import Vapor

/// A person nominated by a validated organisation; the person belongs to a validated
/// organisation (their own or another).
final class ElectionCandidateRecord: Model, @unchecked Sendable {
    static let schema = "election_candidates"

    @ID(key: .id) var id: UUID?
    @Parent(key: "election_id") var election: Election
    @Field(key: "person_name") var personName: String
    /// The name folded for comparison: the same person of the same organisation once.
    @Field(key: "name_key") var nameKey: String
    @Parent(key: "registration_id") var registration: CallRegistration
    @Parent(key: "nominated_by_id") var nominatedBy: CallRegistration
    @OptionalField(key: "statement") var statement: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(electionID: UUID, personName: String, nameKey: String, registrationID: UUID, nominatedByID: UUID, statement: String?) {
        self.$election.id = electionID
        self.personName = personName
        self.nameKey = nameKey
        self.$registration.id = registrationID
        self.$nominatedBy.id = nominatedByID
        self.statement = statement
    }
}
