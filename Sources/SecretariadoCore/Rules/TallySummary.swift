import Foundation

extension Tally {
    /// The votes by sector in one sentence: "Votos por sector — gobierno: 2 a favor,
    /// 1 en contra, 0 abstenciones; sociedad civil: …".
    public var summary: Localized {
        guard !sectors.isEmpty else {
            return Localized(es: "No hay asientos con voto.", en: "There are no voting seats.")
        }
        let rows = sectors.map { sector in
            let name = Wording.sector(sector)
            let counts = self[sector].summary
            return Localized(es: "\(name.es): \(counts.es)", en: "\(name.en): \(counts.en)")
        }
        return Localized(
            es: "Votos por sector — " + rows.map(\.es).joined(separator: "; ") + ".",
            en: "Votes by sector — " + rows.map(\.en).joined(separator: "; ") + ".")
    }

    /// "No se contaron: gobierno-2 (asiento ausente: su voto no cuenta)." or nil when
    /// every ballot counted.
    public var ignoredSummary: Localized? {
        guard !ignored.isEmpty else { return nil }
        let items = ignored.map { item in
            let why = item.reason.label
            return Localized(es: "\(item.ballot.seat.id) (\(why.es))", en: "\(item.ballot.seat.id) (\(why.en))")
        }
        return Localized(
            es: "No se contaron: " + Wording.list(items).es + ".",
            en: "Not counted: " + Wording.list(items).en + ".")
    }
}

extension VoteCounts {
    /// "2 a favor, 1 en contra, 0 abstenciones, 1 ausente (1 por suplente)".
    public var summary: Localized {
        var es = [
            "\(aFavor) a favor", "\(enContra) en contra",
            Wording.count(abstencion, "abstención", "abstenciones"),
        ]
        var en = [
            "\(aFavor) in favour", "\(enContra) against",
            Wording.count(abstencion, "abstention", "abstentions"),
        ]
        if noVote > 0 {
            es.append("\(noVote) sin votar")
            en.append("\(noVote) not voting")
        }
        if absent > 0 {
            es.append(Wording.count(absent, "ausente", "ausentes"))
            en.append("\(absent) absent")
        }
        var text = Localized(es: es.joined(separator: ", "), en: en.joined(separator: ", "))
        if bySuplente > 0 {
            text.es += " (\(bySuplente) por suplente)"
            text.en += " (\(bySuplente) by alternate)"
        }
        return text
    }
}

extension IgnoredBallot.Reason {
    public var label: Localized {
        switch self {
        case .absentSeat:
            Localized(es: "asiento ausente: su voto no cuenta", en: "absent seat: its vote does not count")
        case .nonVotingSector:
            Localized(es: "sector sin voto", en: "non-voting sector")
        case .duplicateSeat:
            Localized(es: "asiento repetido: solo cuenta su primera boleta", en: "repeated seat: only its first ballot counts")
        }
    }
}
