import Foundation
import SecretariadoCore
import Vapor

/// One STL as Popolo open data (http://www.popoloproject.com): the STL as an organization,
/// its sectors as sub-organizations, seats as posts (one for the titular, one for the
/// suplente), holders as memberships with dates and role, the facilitator's membership,
/// and people by name only — personal contact data never leaves the platform.
struct PopoloExport: Content {
    var organizations: [PopoloOrganization] = []
    var persons: [PopoloPerson] = []
    var posts: [PopoloPost] = []
    var memberships: [PopoloMembership] = []
    var events: [PopoloEvent] = []
    var motions: [PopoloMotion] = []
    var vote_events: [PopoloVoteEvent] = []

    init(_ detail: SecretariatDetail, sessions: PopoloSessions = .none) {
        let stl = detail.secretariat
        let root = "stl-\(stl.slug)"
        organizations.append(
            PopoloOrganization(
                id: root, name: "Secretariado Técnico Local de \(stl.name)", classification: "secretariado técnico local",
                parent_id: nil, founding_date: stl.installedOn.map(CalendarDate.format),
                description: Self.demoNote(for: stl).map { "\(stl.rule.summary.es) \($0)" } ?? stl.rule.summary.es))
        for sector in detail.sectors {
            organizations.append(
                PopoloOrganization(
                    id: Self.sectorID(root, sector.code), name: sector.name.es,
                    classification: sector.voting ? "sector" : "observador", parent_id: root, founding_date: nil, description: nil))
        }
        for organization in detail.organizations {
            organizations.append(
                PopoloOrganization(
                    id: "org-\(organization.id!.uuidString.lowercased())", name: organization.name,
                    classification: organization.kind.rawValue, parent_id: nil, founding_date: nil, description: nil))
        }
        var people: [UUID: String] = [:]
        for holders in detail.seats {
            let sectorOrg = Self.sectorID(root, holders.sector)
            let sectorName = Sector.displayName(of: holders.sector).es
            for role in HolderRole.allCases {
                let postID = "\(root)-\(holders.sector.rawValue)-\(holders.seat.number)-\(role.rawValue)"
                posts.append(
                    PopoloPost(
                        id: postID, label: "\(role.label.es), \(sectorName.lowercased()), asiento \(holders.seat.number)",
                        role: role.rawValue, organization_id: sectorOrg))
                for term in holders.seat.terms where term.role == role {
                    if let person = term.person { people[person.id!] = person.name }
                    // A seat held by an office alone (or whose organisation was deleted) still
                    // needs a member: the office becomes an organisation of its own.
                    if let office = Self.office(of: term) {
                        organizations.append(
                            PopoloOrganization(
                                id: office.id, name: office.name, classification: "cargo", parent_id: nil, founding_date: nil, description: nil))
                    }
                    // A term that names nobody at all (its organisation deleted, no office) has no member to publish.
                    guard term.person != nil || term.organization != nil || Self.office(of: term) != nil else { continue }
                    memberships.append(PopoloMembership(term, postID: postID, organizationID: sectorOrg))
                }
            }
        }
        for term in detail.facilitatorHistory {
            guard let person = term.person else { continue }
            people[person.id!] = person.name
            memberships.append(
                PopoloMembership(
                    id: "facilitacion-\(term.id!.uuidString.lowercased())", label: "Facilitación (voz sin voto)", role: "facilitador",
                    person_id: Self.personID(person.id!), member: nil, organization_id: root, post_id: nil, on_behalf_of_id: nil,
                    start_date: term.startsOn.map(CalendarDate.format), end_date: term.endsOn.map(CalendarDate.format)))
        }
        persons = people.sorted { $0.value < $1.value }.map { PopoloPerson(id: Self.personID($0.key), name: $0.value) }
        addSessions(sessions, detail: detail, root: root)  // see PopoloExport+Sessions.swift
    }

    /// Popolo has no field for provenance: the STL's description says what is invented.
    static func demoNote(for stl: Secretariat) -> String? {
        if stl.isDemo { return "\(DemoNotice.label.es): \(DemoNotice.inventedSecretariat.text.es)" }
        if stl.hasDemoRecords { return "\(DemoNotice.label.es): \(DemoNotice.inventedRecords.text.es)" }
        return nil
    }

    static func sectorID(_ root: String, _ code: SectorCode) -> String { "\(root)-sector-\(code.rawValue)" }
    static func personID(_ id: UUID) -> String { "person-\(id.uuidString.lowercased())" }

    /// The office of a term that names neither a person nor an organisation, as a Popolo
    /// organisation id and name.
    static func office(of term: SeatTerm) -> (id: String, name: String)? {
        guard term.person == nil, term.organization == nil, let office = term.office, let id = term.id else { return nil }
        return ("cargo-\(id.uuidString.lowercased())", office)
    }
}

struct PopoloOrganization: Content {
    let id: String
    let name: String
    let classification: String
    let parent_id: String?
    let founding_date: String?
    let description: String?
}

struct PopoloPerson: Content {
    let id: String
    let name: String
}

struct PopoloPost: Content {
    let id: String
    let label: String
    let role: String
    let organization_id: String
}

struct PopoloMembership: Content {
    struct Member: Content {
        let type: String
        let id: String
        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case id
        }
    }

    let id: String
    let label: String?
    let role: String
    let person_id: String?
    /// When the seat is held by a body without a named person.
    let member: Member?
    let organization_id: String
    let post_id: String?
    let on_behalf_of_id: String?
    let start_date: String?
    let end_date: String?
    /// Civil-society seats: whether the organisations elected the holder or it was a
    /// direct appointment (with its reason and reference).
    let appointment: AppointmentDTO?

    init(
        id: String, label: String?, role: String, person_id: String?, member: Member?, organization_id: String,
        post_id: String?, on_behalf_of_id: String?, start_date: String?, end_date: String?, appointment: AppointmentDTO? = nil
    ) {
        self.id = id
        self.label = label
        self.role = role
        self.person_id = person_id
        self.member = member
        self.organization_id = organization_id
        self.post_id = post_id
        self.on_behalf_of_id = on_behalf_of_id
        self.start_date = start_date
        self.end_date = end_date
        self.appointment = appointment
    }

    init(_ term: SeatTerm, postID: String, organizationID: String) {
        let organization = term.organization.map { "org-\($0.id!.uuidString.lowercased())" }
        let member = organization ?? PopoloExport.office(of: term)?.id
        self.init(
            id: "mandato-\(term.id!.uuidString.lowercased())",
            label: term.office ?? term.organization?.name,
            role: term.role.rawValue,
            person_id: term.person.map { PopoloExport.personID($0.id!) },
            member: term.person == nil ? member.map { Member(type: "Organization", id: $0) } : nil,
            organization_id: organizationID, post_id: postID, on_behalf_of_id: organization,
            start_date: term.startsOn.map(CalendarDate.format), end_date: term.endsOn.map(CalendarDate.format),
            appointment: AppointmentDTO(term))
    }
}

// Sessions, motions and votes join these when the STL has them.
struct PopoloEvent: Content {
    let id: String
    let name: String
    let classification: String
    let start_date: String
    let end_date: String?
    let location: String?
    let status: String
    let organization_id: String
    /// Says «Datos de demostración» on a session the demo invented.
    let description: String?
}

struct PopoloMotion: Content {
    let id: String
    let organization_id: String
    let legislative_session_id: String?
    let text: String
    let classification: String?
    let requirement: String?
    let date: String?
    let result: String?
}

struct PopoloVoteEvent: Content {
    struct Count: Content {
        let option: String
        let value: Int
        let group_id: String?
    }

    /// The body that sits for a seat when no person is named (Popolo's embedded voter).
    struct Voter: Content {
        let id: String
        let name: String
    }

    struct Vote: Content {
        let voter_id: String?
        let voter: Voter?
        let option: String
        let group_id: String?
        let role: String?
    }

    let id: String
    let organization_id: String
    let legislative_session_id: String?
    let motion_id: String
    let start_date: String?
    let end_date: String?
    let result: String?
    let counts: [Count]
    let votes: [Vote]
}
