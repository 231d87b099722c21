import Fluent
import SecretariadoCore
import Vapor

/// A matter a representative (or the facilitator) asks to put on a session's agenda
/// (facilitator function 8: receive and integrate the members' proposals).
final class AgendaProposal: Model, @unchecked Sendable {
    static let schema = "agenda_proposals"

    @ID(key: .id) var id: UUID?
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    @Field(key: "title") var title: String
    @OptionalField(key: "description") var description: String?
    /// Attachments as links (http/https), in the order given.
    @Field(key: "links") var links: [String]
    @Field(key: "proposed_by") var proposedBy: String
    @OptionalField(key: "proposed_by_user_id") var proposedByUserID: UUID?
    /// The proposer's sector, when a representative.
    @OptionalField(key: "sector") var sector: String?
    @Field(key: "status") var status: ProposalStatus
    /// The session whose agenda integrated it.
    @OptionalField(key: "session_id") var sessionID: UUID?
    /// Why the facilitator declined it (only when `descartada`); its author was told.
    @OptionalField(key: "decline_reason") var declineReason: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(secretariatID: UUID, title: String, description: String?, links: [String], proposedBy: String, proposedByUserID: UUID?, sector: String?) {
        self.$secretariat.id = secretariatID
        self.title = title
        self.description = description
        self.links = links
        self.proposedBy = proposedBy
        self.proposedByUserID = proposedByUserID
        self.sector = sector
        self.status = .pendiente
    }
}
