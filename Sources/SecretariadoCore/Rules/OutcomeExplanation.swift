import Foundation

extension Outcome {
    /// One sentence: the result, the step that decided and what failed, e.g.
    /// "No adoptado: la mayoría requiere al menos un voto a favor de sociedad civil y no hubo ninguno."
    public var summary: Localized {
        switch (result, decidedBy) {
        case (.noQuorum, _):
            return sentence(Outcome.Result.noQuorum.label, clauses(decisiveFailures, "; "))
        case (.adopted, .consensus):
            return sentence(
                Localized(es: "Adoptado por consenso", en: "Adopted by consensus"),
                consensusAgreement)
        case (.adopted, _):
            return sentence(
                Localized(es: "Adoptado por mayoría", en: "Adopted by majority"),
                join([noConsensusClause, majorityAgreement].compactMap { $0 }, "; "))
        case (.notAdopted, .consensus):
            // Consensus settles a rejection only when it failed and no majority follows.
            let noMajority = Localized(es: "la regla no prevé votación por mayoría", en: "the rule has no majority vote")
            var text = sentence(
                Outcome.Result.notAdopted.label,
                join([noConsensusClause, noMajority].compactMap { $0 }, " y ", en: " and "))
            if mayBeReferredToMesaTematica {
                text = join(
                    [
                        text,
                        Localized(
                            es: "La propuesta puede turnarse a una mesa temática.",
                            en: "The motion may be sent to a thematic working table."),
                    ], " ")
            }
            return text
        case (.notAdopted, _):
            let failures = [noConsensusClause, clauses(decisiveFailures, "; ")].compactMap { $0 }
            return sentence(Outcome.Result.notAdopted.label, join(failures, "; "))
        }
    }

    /// The summary, the tally by sector and, when any, the ballots that were ignored.
    public var explanation: Localized {
        var parts = [summary, tally.summary]
        if let ignored = tally.ignoredSummary { parts.append(ignored) }
        return join(parts, " ")
    }

    /// "no hubo consenso (hubo 1 voto en contra)", when consensus was tried and failed.
    private var noConsensusClause: Localized? {
        let failed = failedRequirements.filter { $0.step == .consensus }
        guard !failed.isEmpty else { return nil }
        let why = clauses(failed, " y ", en: " and ")
        return Localized(es: "no hubo consenso (\(why.es))", en: "no consensus (\(why.en))")
    }

    private var consensusAgreement: Localized {
        let total = tally.total
        var es = "\(Wording.count(total.aFavor, "voto", "votos")) a favor y ninguno en contra"
        var en = "\(Wording.count(total.aFavor, "vote", "votes")) in favour and none against"
        if total.abstencion > 0 {
            es += " (\(Wording.count(total.abstencion, "abstención", "abstenciones")))"
            en += " (\(Wording.count(total.abstencion, "abstention", "abstentions")))"
        }
        return Localized(es: es, en: en)
    }

    /// "5 votos a favor superan la mitad de los 7 asientos presentes, con al menos un voto a
    /// favor de sociedad civil".
    private var majorityAgreement: Localized {
        let base = rule.base == .present ? tally.total.present : tally.total.seats
        let aFavor = tally.total.aFavor
        let part = Wording.fraction(rule.threshold.fraction)
        let of = Requirement.ofBase(base, rule.base)
        var es = "\(Wording.count(aFavor, "voto", "votos")) a favor \(aFavor == 1 ? "supera" : "superan") \(part.es) \(of.es)"
        var en = "\(Wording.count(aFavor, "vote", "votes")) in favour \(aFavor == 1 ? "exceeds" : "exceed") \(part.en) \(of.en)"
        let required = MajorityCheck.requiredSectors(rule, votingSectors: tally.sectors)
        if !required.isEmpty {
            let names = Wording.sectors(required)
            es += ", con al menos un voto a favor de \(names.es)"
            en += ", with at least one vote in favour from \(names.en)"
        }
        return Localized(es: es, en: en)
    }

    private func clauses(_ requirements: [Requirement], _ separator: String, en: String? = nil) -> Localized {
        join(requirements.map(\.explanation), separator, en: en)
    }

    private func sentence(_ head: Localized, _ body: Localized) -> Localized {
        Localized(es: "\(head.es): \(body.es).", en: "\(head.en): \(body.en).")
    }

    private func join(_ parts: [Localized], _ separator: String, en: String? = nil) -> Localized {
        Localized(
            es: parts.map(\.es).joined(separator: separator),
            en: parts.map(\.en).joined(separator: en ?? separator))
    }
}
