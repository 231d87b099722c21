import SecretariadoCore
import Vapor

/// `GET …/installation/election`: the election's state and candidates; never a count
/// before the close.
struct ElectionDTO: Content {
    let title: String
    let seats: Int
    let method: String
    let phase: String
    let opensAt: Date
    let closesAt: Date
    let closedAt: Date?
    let eligibleOrganizations: Int
    /// Participation, not a count: how many organisations have voted.
    let ballotsCast: Int
    let candidates: [CandidateDTO]
    let results: String?

    struct CandidateDTO: Content {
        let id: UUID
        let personName: String
        let organization: String
        let nominatedBy: String
    }

    init(_ count: ElectionCount, slug: String) {
        let election = count.election
        title = election.title
        seats = election.seats
        method = election.method.rawValue
        phase = count.phase.rawValue
        opensAt = election.opensAt
        closesAt = election.closesAt
        closedAt = election.closedAt
        eligibleOrganizations = count.credentials
        ballotsCast = count.ballotsCast
        candidates = count.candidates.map {
            CandidateDTO(id: $0.record.id!, personName: $0.record.personName, organization: $0.organization, nominatedBy: $0.nominatedBy)
        }
        results = election.closedAt == nil ? nil : APIURL.installationResults(.value(slug)).path
    }
}

/// `GET …/installation/election/results`: the full count after the close, with every
/// ballot (without who cast it) so anyone can recount.
struct ElectionResultsDTO: Content {
    let title: String
    let method: String
    let seats: Int
    let closedAt: Date?
    let eligibleOrganizations: Int
    let ballotsCast: Int
    let blankBallots: Int
    let byAcclamation: Bool
    let explanation: String
    let rows: [RowDTO]
    let ballots: [[UUID]]

    struct RowDTO: Content {
        let rank: Int
        let candidateId: UUID
        let personName: String
        let organization: String
        let votes: Int
        let outcome: String
        let decidedByLot: Bool
        /// SHA-256 of "election:candidate", the order used for ties.
        let lotKey: String
    }

    init(_ count: ElectionCount, language: Language) {
        let tally = count.tally
        title = count.election.title
        method = count.election.method.rawValue
        seats = count.election.seats
        closedAt = count.election.closedAt
        eligibleOrganizations = count.credentials
        ballotsCast = tally.ballotsCast
        blankBallots = tally.blankBallots
        byAcclamation = tally.byAcclamation
        explanation = tally.explanation[language]
        rows = tally.rows.map { row in
            RowDTO(
                rank: row.rank, candidateId: row.candidate.id, personName: row.candidate.name,
                organization: count.candidate(row.candidate.id)?.organization ?? "", votes: row.votes,
                outcome: row.outcome.rawValue, decidedByLot: row.decidedByLot, lotKey: row.candidate.lotKey)
        }
        ballots = count.ballots.map { $0.choiceIDs }
    }
}
