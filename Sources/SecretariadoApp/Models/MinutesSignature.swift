import Fluent
import SecretariadoCore
import Vapor

/// A member's electronic signature of finalised minutes, or their recorded refusal with
/// reasons; both are Ed25519-signed statements. One per seat.
final class MinutesSignature: Model, @unchecked Sendable {
    static let schema = "minutes_signatures"

    @ID(key: .id) var id: UUID?
    @Parent(key: "minutes_id") var minutes: Minutes
    @Parent(key: "seat_id") var seat: Seat
    @OptionalField(key: "user_id") var userID: UUID?
    @Parent(key: "key_id") var key: SigningKey
    @Field(key: "signer") var signer: String
    @Field(key: "holder_role") var holderRole: HolderRole
    @Field(key: "decision") var decision: SignatureDecision
    @OptionalField(key: "reason") var reason: String?
    /// The exact canonical JSON that was signed.
    @Field(key: "payload") var payload: String
    /// Ed25519 signature of `payload`, base64.
    @Field(key: "signature") var signature: String
    @Field(key: "signed_at") var signedAt: Date
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(
        minutesID: UUID, seatID: UUID, userID: UUID?, keyID: UUID, signer: String,
        holderRole: HolderRole, decision: SignatureDecision, reason: String?, payload: String,
        signature: String, signedAt: Date
    ) {
        self.$minutes.id = minutesID
        self.$seat.id = seatID
        self.userID = userID
        self.$key.id = keyID
        self.signer = signer
        self.holderRole = holderRole
        self.decision = decision
        self.reason = reason
        self.payload = payload
        self.signature = signature
        self.signedAt = signedAt
    }
}
