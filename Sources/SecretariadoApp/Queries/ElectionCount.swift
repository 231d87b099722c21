import Crypto
import Fluent
import SecretariadoCore
import Vapor

/// One election with its candidates, participation and (for the close and published
/// results) its full count.
struct ElectionCount: Sendable {
    struct Candidate: Sendable {
        let record: ElectionCandidateRecord
        let organization: String
        let nominatedBy: String
    }

    let election: Election
    let candidates: [Candidate]
    let credentials: Int
    let ballotsCast: Int
    let ballots: [ElectionBallot]

    var phase: ElectionPhase { election.schedule.phase(at: Date()) }
    var everyoneVoted: Bool { credentials > 0 && ballotsCast >= credentials }
    var byAcclamation: Bool { ElectionTally.isAcclamation(candidates: candidates.count, seats: election.seats) }

    static func load(_ election: Election, on db: any Database) async throws -> ElectionCount {
        let id = try election.requireID()
        let records = try await ElectionCandidateRecord.query(on: db).filter(\.$election.$id == id)
            .with(\.$registration).with(\.$nominatedBy).sort(\.$createdAt).all()
        return ElectionCount(
            election: election,
            candidates: records.map {
                Candidate(record: $0, organization: $0.registration.organizationName, nominatedBy: $0.nominatedBy.organizationName)
            },
            credentials: try await ElectionCredential.query(on: db).filter(\.$election.$id == id).count(),
            ballotsCast: try await ElectionReceipt.query(on: db).filter(\.$election.$id == id).count(),
            ballots: try await ElectionBallot.query(on: db).filter(\.$election.$id == id).sort(\.$id).all())
    }

    /// The count. Ties are ordered by SHA-256("election:candidate"), fixed when the
    /// candidate was nominated and recomputable by anyone from the published identifiers.
    var tally: ElectionTally {
        let electionID = election.id!.uuidString
        return ElectionTally(
            candidates: candidates.map { candidate in
                let id = candidate.record.id!
                return ElectionCandidate(id: id, name: candidate.record.personName, lotKey: Self.lotKey(election: electionID, candidate: id))
            },
            ballots: ballots.map(\.choiceIDs), seats: election.seats, method: election.method)
    }

    static func lotKey(election: String, candidate: UUID) -> String {
        SHA256.hash(data: Data("\(election):\(candidate.uuidString)".utf8)).hexEncoded
    }

    func candidate(_ id: UUID) -> Candidate? {
        candidates.first { $0.record.id == id }
    }
}
