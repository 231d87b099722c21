import Fluent
import SecretariadoCore
import Vapor

/// A proposal put to the vote under an agenda point. Closing it applies the STL's decision
/// rule (`DecisionEngine`) and stores the outcome with its explanation; when adopted, it
/// becomes an acuerdo.
final class Motion: Model, @unchecked Sendable {
    static let schema = "motions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "session_id") var session: StlSession
    @Parent(key: "agenda_item_id") var agendaItem: AgendaItem
    @Field(key: "title") var title: String
    @OptionalField(key: "text") var text: String?
    /// Who will carry out the acuerdo if adopted (a sector, an organisation).
    @OptionalField(key: "agreement_owner") var agreementOwner: String?
    @OptionalField(key: "agreement_owner_sector") var agreementOwnerSector: String?
    @OptionalField(key: "agreement_due_on") var agreementDueOn: Date?
    @Field(key: "status") var status: MotionStatus
    /// `Outcome.Result` raw value once closed.
    @OptionalField(key: "result") var result: String?
    @OptionalField(key: "decided_by") var decidedBy: String?
    @OptionalField(key: "explanation") var explanation: String?
    @OptionalField(key: "explanation_en") var explanationEn: String?
    @OptionalField(key: "tally") var tally: TallyRecord?
    /// The rule applied, as it was when the vote closed.
    @OptionalField(key: "rule") var rule: DecisionRule?
    @OptionalField(key: "closed_at") var closedAt: Date?
    /// Row-lock counter: every vote and the close bump it first (see `RowLock.motion`).
    @Field(key: "revision") var revision: Int
    /// The proposed charter this motion adopts, if it is a charter motion: adopted, the
    /// draft enters into force in the same write that closes the vote.
    @OptionalField(key: "governance_draft_id") var governanceDraftID: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(
        sessionID: UUID, agendaItemID: UUID, title: String, text: String?, agreementOwner: String?, agreementOwnerSector: String?,
        agreementDueOn: Date?
    ) {
        self.$session.id = sessionID
        self.$agendaItem.id = agendaItemID
        self.title = title
        self.text = text
        self.agreementOwner = agreementOwner
        self.agreementOwnerSector = agreementOwnerSector
        self.agreementDueOn = agreementDueOn
        self.status = .abierta
        self.revision = 0
    }

    var outcomeResult: Outcome.Result? { result.flatMap(Outcome.Result.init(rawValue:)) }
}

/// The counts of a closed vote, by sector and in total, as stored with the motion.
struct TallyRecord: Codable, Hashable, Sendable {
    struct Counts: Codable, Hashable, Sendable {
        var seats: Int
        var present: Int
        var bySuplente: Int
        var aFavor: Int
        var enContra: Int
        var abstencion: Int
        var noVote: Int

        init(_ counts: VoteCounts) {
            seats = counts.seats
            present = counts.present
            bySuplente = counts.bySuplente
            aFavor = counts.aFavor
            enContra = counts.enContra
            abstencion = counts.abstencion
            noVote = counts.noVote
        }
    }

    var bySector: [String: Counts]
    var total: Counts

    init(_ tally: Tally) {
        bySector = Dictionary(uniqueKeysWithValues: tally.sectors.map { ($0.rawValue, Counts(tally[$0])) })
        total = Counts(tally.total)
    }
}
