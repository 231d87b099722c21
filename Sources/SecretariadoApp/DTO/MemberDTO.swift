import SecretariadoCore
import Vapor

/// A titular or suplente term on a seat.
struct MemberDTO: Content {
    let id: UUID
    let seatId: UUID
    let sector: String
    let seatNumber: Int
    let role: HolderRole
    let person: PersonDTO?
    let organization: OrganizationRef?
    let office: String?
    let startsOn: String?
    let endsOn: String?
    let current: Bool
    let note: String?
    /// Civil-society seats: elected, or a direct appointment with reason and reference.
    let appointment: AppointmentDTO?
    /// Present, and true, only on a term the demo invented.
    let demo: Bool?

    init(_ term: SeatTerm, seat: Seat, includePrivate: Bool) {
        id = term.id!
        seatId = seat.id!
        sector = seat.sector
        seatNumber = seat.number
        role = term.role
        person = term.$person.value.flatMap { $0 }.map { PersonDTO($0, includePrivate: includePrivate) }
        organization = term.$organization.value.flatMap { $0 }.map(OrganizationRef.init)
        office = term.office
        startsOn = term.startsOn.map(CalendarDate.format)
        endsOn = term.endsOn.map(CalendarDate.format)
        current = term.isCurrent
        note = term.note
        appointment = AppointmentDTO(term)
        demo = term.isDemo ? true : nil
    }
}

/// A person: the name is public; e-mail and telephone only for authorised callers.
struct PersonDTO: Content {
    let id: UUID
    let name: String
    let email: String?
    let phone: String?

    init(_ person: Person, includePrivate: Bool) {
        id = person.id!
        name = person.name
        email = includePrivate ? person.email : nil
        phone = includePrivate ? person.phone : nil
    }
}

struct OrganizationRef: Content {
    let id: UUID
    let name: String

    init(_ organization: Organization) {
        id = organization.id!
        name = organization.name
    }
}

struct OrganizationDTO: Content {
    let id: UUID
    let name: String
    let kind: OrganizationKind
    let website: String?
    let contactEmail: String?
    let notes: String?

    init(_ organization: Organization, includePrivate: Bool) {
        id = organization.id!
        name = organization.name
        kind = organization.kind
        website = organization.website
        contactEmail = includePrivate ? organization.contactEmail : nil
        notes = organization.notes
    }
}

struct FacilitatorDTO: Content {
    let vacant: Bool
    let person: PersonDTO?
    let origin: String?
    let originKind: OrganizationKind?
    let startsOn: String?
    let endsOn: String?
    let note: String?

    /// `vacant`: nobody facilitates today — no one was named, or the last facilitator's
    /// term ended (`person` and `endsOn` then say who served until when).
    init(_ term: FacilitatorTerm, includePrivate: Bool) {
        vacant = term.isVacant || term.endsOn != nil
        person = term.$person.value.flatMap { $0 }.map { PersonDTO($0, includePrivate: includePrivate) }
        origin = term.origin
        originKind = term.originKind
        startsOn = term.startsOn.map(CalendarDate.format)
        endsOn = term.endsOn.map(CalendarDate.format)
        note = term.note
    }
}

struct SeatDTO: Content {
    let id: UUID
    let sector: String
    let number: Int

    init(_ seat: Seat) {
        id = seat.id!
        sector = seat.sector
        number = seat.number
    }
}
