import Fluent
import Vapor

/// One point of a session's orden del día, with the facilitator's notes of its discussion.
final class AgendaItem: Model, @unchecked Sendable {
    static let schema = "agenda_items"

    @ID(key: .id) var id: UUID?
    @Parent(key: "session_id") var session: StlSession
    @Field(key: "position") var position: Int
    @Field(key: "title") var title: String
    @OptionalField(key: "description") var description: String?
    @OptionalField(key: "proposal_id") var proposalID: UUID?
    @OptionalField(key: "proposed_by") var proposedBy: String?
    @Field(key: "links") var links: [String]
    /// What was discussed, written by the facilitator for the minutes.
    @OptionalField(key: "discussion") var discussion: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(sessionID: UUID, position: Int, title: String, description: String?, proposalID: UUID?, proposedBy: String?, links: [String]) {
        self.$session.id = sessionID
        self.position = position
        self.title = title
        self.description = description
        self.proposalID = proposalID
        self.proposedBy = proposedBy
        self.links = links
    }
}
