import SecretariadoCore
import Vapor

/// How a civil-society holder came to the seat, as members JSON and Popolo publish it:
/// `direct` is true for an appointment outside the election, with its reason and reference.
struct AppointmentDTO: Content {
    let direct: Bool
    let reference: String
    let reason: String?
    let electionId: UUID?
    let label: String

    init?(_ term: SeatTerm) {
        guard let appointment = term.appointment else { return nil }
        direct = appointment.direct
        reference = appointment.reference.rawValue
        reason = appointment.reason
        electionId = term.electionID
        label = appointment.publicLabel.es
    }
}
