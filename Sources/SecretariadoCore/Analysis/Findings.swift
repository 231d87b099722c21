import Foundation

/// The findings of one forum, in Spanish and English, errors first.
enum Findings {
    static func of(
        _ composition: Composition, _ rule: DecisionRule, _ condition: WinningCondition,
        balance: BalanceCheck, dominant: [SectorCode], veto: [SectorCode]
    ) -> [Finding] {
        var findings = facilitatorVotes(composition)
        if !balance.isBalanced { findings.append(unbalanced(balance)) }
        findings += cannotAdopt(rule, condition)
        findings += dominant.map { dominance($0, rule, condition) }
        findings += vetoes(veto, condition)
        if rule.kind == .consensus, condition.basis == .unanimity {
            findings.append(consensusOnly(rule))
        }
        // A stable sort keeps the order above within each severity.
        return findings.enumerated()
            .sorted { ($0.element.severity, $0.offset) < ($1.element.severity, $1.offset) }
            .map(\.element)
    }

    private static func facilitatorVotes(_ composition: Composition) -> [Finding] {
        composition.seats.keys.sorted()
            .filter { $0.isFacilitation && composition.count($0) > 0 && !composition.nonVoting.contains($0) }
            .map { code in
                let seats = composition.count(code)
                return Finding(
                    .error, "facilitator_votes",
                    Localized(
                        es:
                            "La facilitación aparece con \(Wording.count(seats, "asiento", "asientos")) con voto (\"\(code)\"). La persona facilitadora tiene voz pero no voto, así que esos asientos no deben contar en las votaciones.",
                        en:
                            "The facilitator is listed with \(Wording.count(seats, "voting seat", "voting seats")) (\"\(code)\"). The facilitator has a voice but no vote, so those seats must not count in votes."
                    ))
            }
    }

    private static func unbalanced(_ balance: BalanceCheck) -> Finding {
        Finding(
            .warning, "unbalanced",
            Localized(
                es: "La integración no cumple el primer requisito mínimo de la guía (representación equilibrada). \(balance.explanation.es)",
                en: "The composition does not meet the guide's first minimum requirement (balanced representation). \(balance.explanation.en)"))
    }

    /// "no_winning_coalition" when nothing can be adopted; "majority_unreachable" when only
    /// the majority is blocked and consensus still works.
    private static func cannotAdopt(_ rule: DecisionRule, _ condition: WinningCondition) -> [Finding] {
        let missing = unmeetableClause(condition.unmeetableSectors)
        switch condition.basis {
        case .none where condition.totalSeats == 0:
            return [
                Finding(
                    .error, "no_winning_coalition",
                    Localized(
                        es: "Ningún asiento tiene voto, así que este foro no puede adoptar ninguna decisión.",
                        en: "No seat has a vote, so this forum cannot adopt any decision."))
            ]
        case .none where condition.quorumUnreachable:
            return [
                Finding(
                    .error, "no_winning_coalition",
                    Localized(
                        es: "El quórum de la regla no se alcanza ni con todos los asientos presentes, así que no se puede adoptar ninguna decisión.",
                        en: "The rule's quorum cannot be reached even with every seat present, so no decision can be adopted."))
            ]
        case .none:
            return [
                Finding(
                    .error, "no_winning_coalition",
                    Localized(
                        es: "\(missing.es), así que con esta regla no se puede adoptar ninguna decisión.",
                        en: "\(missing.en), so under this rule no decision can ever be adopted."))
            ]
        case .unanimity where !condition.unmeetableSectors.isEmpty:
            return [
                Finding(
                    .warning, "majority_unreachable",
                    Localized(
                        es: "\(missing.es): la votación por mayoría nunca adopta nada y solo se decide por consenso de todos los asientos.",
                        en: "\(missing.en): the majority vote can never adopt anything, and only consensus of every seat decides."))
            ]
        default:
            return []
        }
    }

    /// "La mayoría exige al menos un voto a favor de camaras, que no tiene asientos con voto".
    private static func unmeetableClause(_ sectors: [SectorCode]) -> Localized {
        let names = Wording.sectors(sectors)
        let many = sectors.count > 1
        return Localized(
            es: "La mayoría exige al menos un voto a favor de \(names.es), que no \(many ? "tienen" : "tiene") asientos con voto",
            en: "The majority needs at least one vote in favour from \(names.en), which \(many ? "have" : "has") no voting seats")
    }

    private static func dominance(_ sector: SectorCode, _ rule: DecisionRule, _ condition: WinningCondition) -> Finding {
        let name = Wording.sectorCapitalized(sector)
        let own = condition.seats[sector] ?? 0
        if own == condition.totalSeats {
            return Finding(
                .error, "dominant_sector",
                Localized(
                    es: "\(name.es) es el único sector con voto, así que decide solo.",
                    en: "\(name.en) is the only voting sector, so it decides alone."))
        }
        let part = Wording.fraction(rule.threshold.fraction)
        return Finding(
            .error, "dominant_sector",
            Localized(
                es:
                    "\(name.es) puede decidir solo: sus \(own) de \(condition.totalSeats) asientos con voto superan \(part.es) y adoptan una decisión por mayoría aunque todos los demás voten en contra.",
                en:
                    "\(name.en) can decide alone: its \(own) of \(condition.totalSeats) voting seats exceed \(part.en) and adopt a decision by majority even if everyone else votes against."
            ))
    }

    private static func vetoes(_ veto: [SectorCode], _ condition: WinningCondition) -> [Finding] {
        let without = condition.sectors.filter { !veto.contains($0) }
        guard !veto.isEmpty else { return [] }
        guard without.isEmpty else { return veto.map { exclusiveVeto($0, others: without, condition) } }
        guard condition.basis == .majority, condition.sectors.count > 1 else { return [] }
        return [
            Finding(
                .info, "all_sectors_veto",
                Localized(
                    es: "Todos los sectores tienen veto: ninguna decisión puede adoptarse sin al menos un voto a favor de cada uno.",
                    en: "Every sector has a veto: no decision can be adopted without at least one vote in favour from each."))
        ]
    }

    private static func exclusiveVeto(_ sector: SectorCode, others: [SectorCode], _ condition: WinningCondition) -> Finding {
        let name = Wording.sectorCapitalized(sector)
        let rest = condition.totalSeats - (condition.seats[sector] ?? 0)
        let reason =
            condition.requiredSectors.contains(sector)
            ? Localized(
                es: "porque la regla exige al menos un voto a favor suyo",
                en: "because the rule requires at least one of its votes in favour")
            : Localized(
                es: "porque los demás sectores juntos suman \(rest) de \(condition.totalSeats) asientos y no alcanzan la mayoría",
                en: "because the other sectors together hold \(rest) of \(condition.totalSeats) seats, short of a majority")
        let lacking = Wording.sectors(others)
        let many = others.count > 1
        return Finding(
            .warning, "exclusive_veto",
            Localized(
                es:
                    "\(name.es) tiene veto: sin al menos uno de sus votos a favor no se puede adoptar ninguna decisión, \(reason.es). \(capitalized(lacking.es)) no \(many ? "tienen" : "tiene") ese poder.",
                en:
                    "\(name.en) has a veto: no decision can be adopted without at least one of its votes in favour, \(reason.en). \(capitalized(lacking.en)) \(many ? "do" : "does") not."
            ))
    }

    private static func consensusOnly(_ rule: DecisionRule) -> Finding {
        var message = Localized(
            es:
                "La regla es solo por consenso: basta un voto en contra de cualquier asiento para que una decisión no se adopte, así que cada sector tiene veto.",
            en: "The rule is consensus only: a single vote against from any seat stops a decision, so every sector has a veto.")
        if rule.referToMesaTematica {
            message.es += " Sin consenso, el asunto puede turnarse a una mesa temática."
            message.en += " Without consensus, the matter may be sent to a thematic working table."
        }
        return Finding(.info, "consensus_only", message)
    }

    private static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
