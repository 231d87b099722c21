import Foundation

/// The minutes (minuta) of one session as they are finalised, hashed and signed: everything
/// the record says, and nothing that can change later.
///
/// Only strings, integers, booleans, arrays and objects, so that `CanonicalJSON.data(of:)`
/// gives one byte sequence and anyone can recompute its SHA-256 offline. Times are written as
/// text (`2026-03-12T17:00:00Z`, UTC) and calendar dates as `2026-03-12` (Mexico City).
/// Optional members that are `nil` are left out of the JSON.
public struct MinutesDocument: Codable, Hashable, Sendable {
    /// Identifies this layout, so a verifier knows what it reads.
    public static let formatName = "secretariado-minuta/1"

    public var format: String
    public var secretariat: SecretariatRef
    public var session: SessionInfo
    /// The facilitator who drafted the minutes (voice, no vote), or a note that the post is vacant.
    public var facilitator: String
    public var attendance: [AttendanceLine]
    public var quorum: QuorumLine
    public var agenda: [AgendaLine]
    public var agreements: [AgreementLine]
    /// General notes of the session (opening, matters discussed outside the agenda, closing).
    public var notes: String?
    public var finalisedAt: String
    public var finalisedBy: String

    public init(
        secretariat: SecretariatRef, session: SessionInfo, facilitator: String,
        attendance: [AttendanceLine], quorum: QuorumLine, agenda: [AgendaLine],
        agreements: [AgreementLine], notes: String?, finalisedAt: String, finalisedBy: String
    ) {
        self.format = Self.formatName
        self.secretariat = secretariat
        self.session = session
        self.facilitator = facilitator
        self.attendance = attendance
        self.quorum = quorum
        self.agenda = agenda
        self.agreements = agreements
        self.notes = notes
        self.finalisedAt = finalisedAt
        self.finalisedBy = finalisedBy
    }

    public struct SecretariatRef: Codable, Hashable, Sendable {
        public var slug: String
        public var name: String

        public init(slug: String, name: String) {
            self.slug = slug
            self.name = name
        }
    }

    public struct SessionInfo: Codable, Hashable, Sendable {
        public var id: String
        public var number: Int?
        public var kind: String
        public var urgent: Bool
        /// `AAAA-MM-DD` in Mexico City.
        public var date: String
        public var startsAt: String
        public var endsAt: String
        public var place: String
        public var modality: String
        public var requestedBy: String?
        public var convenedAt: String?

        public init(
            id: String, number: Int?, kind: String, urgent: Bool, date: String, startsAt: String,
            endsAt: String, place: String, modality: String, requestedBy: String?, convenedAt: String?
        ) {
            self.id = id
            self.number = number
            self.kind = kind
            self.urgent = urgent
            self.date = date
            self.startsAt = startsAt
            self.endsAt = endsAt
            self.place = place
            self.modality = modality
            self.requestedBy = requestedBy
            self.convenedAt = convenedAt
        }
    }

    /// Who attended for one seat: `titular`, `suplente` or `ausente`.
    public struct AttendanceLine: Codable, Hashable, Sendable {
        /// "gobierno-1": sector code and seat number.
        public var seat: String
        public var sector: String
        public var attendance: String
        /// Who sat, as recorded (person, office, organisation); absent for an absent seat.
        public var attendee: String?

        public init(seat: String, sector: String, attendance: String, attendee: String?) {
            self.seat = seat
            self.sector = sector
            self.attendance = attendance
            self.attendee = attendee
        }
    }

    public struct QuorumLine: Codable, Hashable, Sendable {
        public var reached: Bool
        public var explanation: String

        public init(reached: Bool, explanation: String) {
            self.reached = reached
            self.explanation = explanation
        }
    }

    public struct AgendaLine: Codable, Hashable, Sendable {
        public var position: Int
        public var title: String
        public var description: String?
        public var proposedBy: String?
        /// What was discussed, as the facilitator wrote it.
        public var discussion: String?
        public var motions: [MotionLine]

        public init(
            position: Int, title: String, description: String?, proposedBy: String?,
            discussion: String?, motions: [MotionLine]
        ) {
            self.position = position
            self.title = title
            self.description = description
            self.proposedBy = proposedBy
            self.discussion = discussion
            self.motions = motions
        }
    }

    public struct MotionLine: Codable, Hashable, Sendable {
        public var title: String
        public var text: String?
        /// One line per seat that voted: seat, who voted for it and how.
        public var votes: [VoteLine]
        /// `adopted`, `not_adopted` or `no_quorum`.
        public var result: String
        /// `quorum`, `consensus` or `majority`.
        public var decidedBy: String
        public var explanation: String

        public init(title: String, text: String?, votes: [VoteLine], result: String, decidedBy: String, explanation: String) {
            self.title = title
            self.text = text
            self.votes = votes
            self.result = result
            self.decidedBy = decidedBy
            self.explanation = explanation
        }
    }

    public struct VoteLine: Codable, Hashable, Sendable {
        public var seat: String
        public var holderRole: String
        public var option: String

        public init(seat: String, holderRole: String, option: String) {
            self.seat = seat
            self.holderRole = holderRole
            self.option = option
        }
    }

    public struct AgreementLine: Codable, Hashable, Sendable {
        public var code: String
        public var title: String
        public var description: String?
        public var owner: String
        public var ownerSector: String?
        /// `AAAA-MM-DD`.
        public var dueOn: String?
        public var status: String

        public init(code: String, title: String, description: String?, owner: String, ownerSector: String?, dueOn: String?, status: String) {
            self.code = code
            self.title = title
            self.description = description
            self.owner = owner
            self.ownerSector = ownerSector
            self.dueOn = dueOn
            self.status = status
        }
    }
}

/// The text forms of times used in signed records.
public enum RecordTime {
    /// `2026-03-12T17:00:00Z`: UTC, whole seconds.
    public static func timestamp(_ date: Date) -> String {
        let t = CivilDateTime(secondsSinceEpoch: CivilDateTime.epochSeconds(of: date))
        return "\(pad(t.year, 4))-\(pad(t.month, 2))-\(pad(t.day, 2))T\(pad(t.hour, 2)):\(pad(t.minute, 2)):\(pad(t.second, 2))Z"
    }

    /// `2026-03-12`: the calendar date in Mexico City.
    public static func localDate(_ date: Date) -> String {
        let t = MexicoCityTime.wallClock(at: date)
        return "\(pad(t.year, 4))-\(pad(t.month, 2))-\(pad(t.day, 2))"
    }

    /// Reads `timestamp(_:)` back; `nil` for anything else.
    public static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54,
            bytes[13] == 0x3A, bytes[16] == 0x3A, bytes[19] == 0x5A
        else { return nil }
        func number(_ range: Range<Int>) -> Int? { Int(String(decoding: bytes[range], as: UTF8.self)) }
        guard let y = number(0..<4), let mo = number(5..<7), let d = number(8..<10),
            let h = number(11..<13), let mi = number(14..<16), let s = number(17..<19),
            let civil = CivilDateTime(year: y, month: mo, day: d, hour: h, minute: mi, second: s)
        else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(civil.secondsSinceEpochAsUTC))
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
