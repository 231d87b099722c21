import Foundation

extension MinutesDocument {
    /// What the record says when the STL has no facilitator: no one to sign as such.
    public static let vacantFacilitator = "Facilitación vacante"

    /// One signature line of the minutes on paper.
    public struct PaperSigner: Hashable, Sendable {
        /// "gobierno-1", or nil for the facilitator.
        public var seat: String?
        /// `titular` or `suplente`: who sat for the seat; nil for the facilitator.
        public var attendance: String?
        /// Who sat, as recorded; the seat's label when the record names no one.
        public var name: String
    }

    /// Who signs the minutes on paper: each seat position that attended, as the minutes'
    /// attendance records it (the same positions asked to sign on the platform), in the
    /// record's order, and then the facilitator, who drew them up and collects the
    /// signatures (voice, no vote), when there is one.
    public var paperSigners: [PaperSigner] {
        var signers =
            attendance
            .filter { Attendance(rawValue: $0.attendance)?.isPresent ?? false }
            .map { PaperSigner(seat: $0.seat, attendance: $0.attendance, name: $0.attendee ?? $0.seat) }
        if facilitator != Self.vacantFacilitator, !facilitator.isEmpty {
            signers.append(PaperSigner(seat: nil, attendance: nil, name: facilitator))
        }
        return signers
    }
}
