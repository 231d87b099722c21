import Foundation

/// A candidate as the count sees them. `lotKey` orders candidates tied on votes: the app
/// derives it from a hash of the election and candidate identifiers, so the draw is fixed
/// before any vote is cast and anyone can recompute it.
public struct ElectionCandidate: Hashable, Sendable {
    public let id: UUID
    public let name: String
    public let lotKey: String

    public init(id: UUID, name: String, lotKey: String) {
        self.id = id
        self.name = name
        self.lotKey = lotKey
    }
}

/// What a candidate becomes when the count is done.
public enum ElectionOutcome: String, CaseIterable, Codable, Sendable {
    case titular
    case suplente
    case noElecta = "no_electa"

    public var label: Localized {
        switch self {
        case .titular: Localized(es: "Titular", en: "Full member")
        case .suplente: Localized(es: "Suplente", en: "Alternate")
        case .noElecta: Localized(es: "No electa", en: "Not elected")
        }
    }
}

/// The full count of a civil-society election: every candidate with their votes, ranked;
/// the top N are titulares and the next N suplentes (N = titular seats). A candidate with
/// no vote is not elected. When the candidates do not exceed the seats there is no vote:
/// they are all titulares by self-selection (guide: "autoselección").
public struct ElectionTally: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public let candidate: ElectionCandidate
        public let votes: Int
        /// 1-based position in the ranking.
        public let rank: Int
        public let outcome: ElectionOutcome
        /// Tied on votes with a candidate on the other side of a boundary (titular/suplente
        /// or suplente/not elected), so the draw decided their place.
        public let decidedByLot: Bool
    }

    public let seats: Int
    public let method: ElectionMethod
    public let ballotsCast: Int
    public let blankBallots: Int
    public let byAcclamation: Bool
    public let rows: [Row]

    public var titulares: [Row] { rows.filter { $0.outcome == .titular } }
    public var suplentes: [Row] { rows.filter { $0.outcome == .suplente } }

    /// Whether `candidates` alone settle the election, with no vote.
    public static func isAcclamation(candidates: Int, seats: Int) -> Bool {
        candidates > 0 && candidates <= seats
    }

    /// Counts `ballots` (each the candidate ids it marks). Ballots are assumed valid
    /// (`ElectionMethod.problem` checked them when cast); marks of unknown ids are ignored.
    public init(candidates: [ElectionCandidate], ballots: [[UUID]], seats: Int, method: ElectionMethod) {
        self.seats = seats
        self.method = method
        ballotsCast = ballots.count
        blankBallots = ballots.filter(\.isEmpty).count
        byAcclamation = Self.isAcclamation(candidates: candidates.count, seats: seats)
        var votes = Dictionary(uniqueKeysWithValues: candidates.map { ($0.id, 0) })
        for ballot in ballots {
            for id in Set(ballot) where votes[id] != nil { votes[id]! += 1 }
        }
        let ranked = candidates.sorted {
            let (a, b) = (votes[$0.id]!, votes[$1.id]!)
            return a != b ? a > b : ($0.lotKey, $0.id.uuidString) < ($1.lotKey, $1.id.uuidString)
        }
        let acclamation = byAcclamation
        func outcome(_ index: Int, _ count: Int) -> ElectionOutcome {
            if acclamation { return .titular }
            guard count > 0 else { return .noElecta }
            if index < seats { return .titular }
            if index < 2 * seats { return .suplente }
            return .noElecta
        }
        let outcomes = ranked.enumerated().map { outcome($0.offset, votes[$0.element.id]!) }
        rows = ranked.enumerated().map { index, candidate in
            let count = votes[candidate.id]!
            let lot =
                !acclamation
                && ranked.indices.contains {
                    $0 != index && votes[ranked[$0].id]! == count && outcomes[$0] != outcomes[index]
                }
            return Row(candidate: candidate, votes: count, rank: index + 1, outcome: outcomes[index], decidedByLot: lot)
        }
    }

    /// How the result was reached, in words, for the results page and the acta.
    public var explanation: Localized {
        if byAcclamation {
            return Localized(
                es:
                    "\(Plural.count(rows.count, "candidatura", "candidaturas")) no \(rows.count == 1 ? "excede" : "exceden") \(seats == 1 ? "el asiento titular" : "los \(seats) asientos titulares"): se \(rows.count == 1 ? "integra" : "integran") por autoselección, sin votación.",
                en:
                    "\(Plural.count(rows.count, "candidate", "candidates", language: .en)) \(rows.count == 1 ? "does" : "do") not exceed the \(Plural.count(seats, "full seat", "full seats", language: .en)): they join by self-selection, without a vote."
            )
        }
        let lot = rows.contains(where: \.decidedByLot)
        let top =
            seats == 1
            ? Localized(
                es: "La candidatura más votada es titular y la siguiente, suplente",
                en: "The candidate with most votes is the full member and the next one the alternate")
            : Localized(
                es: "Las \(seats) candidaturas más votadas son titulares y las \(seats) siguientes, suplentes",
                en: "The \(seats) candidates with most votes are full members and the next \(seats) alternates")
        return Localized(
            es:
                "Se \(ballotsCast == 1 ? "emitió" : "emitieron") \(Plural.count(ballotsCast, "boleta", "boletas")) (\(blankBallots) en blanco). \(top.es); una candidatura sin votos no resulta electa."
                + (lot ? " Los empates en una frontera se resolvieron por sorteo verificable (orden del código SHA-256 de la candidatura)." : ""),
            en:
                "\(Plural.count(ballotsCast, "ballot was", "ballots were", language: .en)) cast (\(blankBallots) blank). \(top.en); a candidate with no votes is not elected."
                + (lot ? " Ties across a boundary were settled by a verifiable draw (order of the candidate's SHA-256 code)." : ""))
    }
}
