import Fluent
import SecretariadoCore
import Vapor

/// The vote of one seat on one motion. Unique per (motion, seat): a seat never counts twice.
final class Vote: Model, @unchecked Sendable {
    static let schema = "votes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "motion_id") var motion: Motion
    @Parent(key: "seat_id") var seat: Seat
    @Field(key: "option") var option: VoteOption
    /// Whether the titular or the suplente cast it.
    @Field(key: "holder_role") var holderRole: HolderRole
    @OptionalField(key: "user_id") var userID: UUID?
    @Field(key: "voter") var voter: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(motionID: UUID, seatID: UUID, option: VoteOption, holderRole: HolderRole, userID: UUID?, voter: String) {
        self.$motion.id = motionID
        self.$seat.id = seatID
        self.option = option
        self.holderRole = holderRole
        self.userID = userID
        self.voter = voter
    }
}
