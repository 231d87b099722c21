import Fluent
import SecretariadoCore
import Vapor

/// A hito of a commitment: dated, done or not, with the evidence that proves it.
final class Milestone: Model, @unchecked Sendable {
    static let schema = "milestones"

    @ID(key: .id) var id: UUID?
    @Parent(key: "commitment_id") var commitment: Commitment
    /// 1, 2, 3… within the commitment.
    @Field(key: "position") var position: Int
    @Field(key: "title") var title: String
    @OptionalField(key: "due_on") var dueOn: Date?
    @Field(key: "done") var done: Bool
    @OptionalField(key: "done_on") var doneOn: Date?
    @Field(key: "evidence_links") var evidenceLinks: [String]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(commitmentID: UUID, position: Int, title: String, dueOn: Date?) {
        self.$commitment.id = commitmentID
        self.position = position
        self.title = title
        self.dueOn = dueOn
        self.done = false
        self.evidenceLinks = []
    }

    var progress: MilestoneProgress {
        MilestoneProgress(done: done, hasEvidence: !evidenceLinks.isEmpty)
    }
}
