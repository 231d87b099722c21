import Fluent
import Vapor

/// Proof that a credential voted. Its unique credential key is what makes a second ballot
/// impossible, even when two arrive at the same instant; the ballot itself is stored apart
/// (`ElectionBallot`) without any link to the organisation.
final class ElectionReceipt: Model, @unchecked Sendable {
    static let schema = "election_receipts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "election_id") var election: Election
    @Parent(key: "credential_id") var credential: ElectionCredential
    @Field(key: "cast_at") var castAt: Date

    init() {}

    init(electionID: UUID, credentialID: UUID, castAt: Date) {
        self.$election.id = electionID
        self.$credential.id = credentialID
        self.castAt = castAt
    }
}
