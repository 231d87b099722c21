import SecretariadoCore

enum SecretariatPage {
    /// `/stl/{slug}`: members by sector, facilitator, organisations; management links for
    /// those allowed.
    struct Model {
        let detail: SecretariatDetail
        let canManage: Bool
        let canReadAudit: Bool

        var name: String { detail.secretariat.name }
        var balance: BalanceCheck { BalanceCheck(detail.composition) }
        var integration: Integration { detail.integration }
        var analysis: ForumAnalysis { ForumAnalysis(composition: detail.composition, rule: detail.secretariat.rule) }
        var pastTerms: [(SeatHolders, SeatTerm)] {
            detail.seats.flatMap { holders in holders.history.map { (holders, $0) } }
        }
    }
}

/// How a term is named on a page: person, office and organisation, as far as known.
enum HolderText {
    static func describe(_ term: SeatTerm?, context: PageContext) -> String {
        guard let term else { return context.t("Vacante", "Vacant") }
        let parts = [term.person?.name, term.office, term.organization?.name]
            .compactMap { $0 }
        var unique: [String] = []
        for part in parts where !unique.contains(part) { unique.append(part) }
        return unique.isEmpty ? context.t("Sin nombre registrado", "No name recorded") : unique.joined(separator: " — ")
    }
}
