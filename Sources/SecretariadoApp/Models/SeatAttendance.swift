import Fluent
import SecretariadoCore
import Vapor

/// Who sat for one seat at one session: its titular, its suplente (only when the titular
/// is absent) or nobody. One row per seat and session.
final class SeatAttendance: Model, @unchecked Sendable {
    static let schema = "seat_attendances"

    @ID(key: .id) var id: UUID?
    @Parent(key: "session_id") var session: StlSession
    @Parent(key: "seat_id") var seat: Seat
    @Field(key: "attendance") var attendance: Attendance
    /// The holder as named when attendance was taken (terms may rotate later).
    @OptionalField(key: "attendee") var attendee: String?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(sessionID: UUID, seatID: UUID, attendance: Attendance, attendee: String?) {
        self.$session.id = sessionID
        self.$seat.id = seatID
        self.attendance = attendance
        self.attendee = attendee
    }
}
