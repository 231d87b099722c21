import Fluent
import Vapor

/// One ballot: the candidates it marks (empty for a blank ballot). No organisation, no
/// time: the published ballots can be recounted without revealing who voted what.
final class ElectionBallot: Model, @unchecked Sendable {
    static let schema = "election_ballots"

    @ID(key: .id) var id: UUID?
    @Parent(key: "election_id") var election: Election
    /// Candidate ids, comma-separated.
    @Field(key: "choices") var choices: String

    init() {}

    init(electionID: UUID, choices: [UUID]) {
        self.$election.id = electionID
        self.choices = choices.map(\.uuidString).sorted().joined(separator: ",")
    }

    var choiceIDs: [UUID] { choices.split(separator: ",").compactMap { UUID(uuidString: String($0)) } }
}
