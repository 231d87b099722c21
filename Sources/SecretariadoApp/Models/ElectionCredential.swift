import Fluent
import Vapor

/// A validated organisation's credential for one election: a random token, delivered as a
/// link to the organisation through its registration receipt, of which only the SHA-256
/// (and, until delivered, a copy sealed to the organisation) is stored. It nominates during the nominations and
/// casts exactly one ballot.
final class ElectionCredential: Model, @unchecked Sendable {
    static let schema = "election_credentials"

    @ID(key: .id) var id: UUID?
    @Parent(key: "election_id") var election: Election
    @Parent(key: "registration_id") var registration: CallRegistration
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "issued_at") var issuedAt: Date
    /// When its ballot was cast; the receipt's unique key is what forbids a second one.
    @OptionalField(key: "used_at") var usedAt: Date?
    /// The token sealed to the organisation's receipt key, until the organisation opens it
    /// (then cleared, with the time): no issuer ever reads a credential.
    @OptionalField(key: "sealed_token") var sealedToken: String?
    @OptionalField(key: "revealed_at") var revealedAt: Date?

    init() {}

    init(electionID: UUID, registrationID: UUID, tokenHash: String, issuedAt: Date) {
        self.$election.id = electionID
        self.$registration.id = registrationID
        self.tokenHash = tokenHash
        self.issuedAt = issuedAt
    }
}
