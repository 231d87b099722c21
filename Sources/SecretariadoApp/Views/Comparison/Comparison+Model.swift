import SecretariadoCore

enum ComparisonPage {
    /// `/comparativo`: Tabla 2 rebuilt from the data, with the analysis of every STL side by
    /// side, sortable without JavaScript (`?orden=`).
    struct Model {
        struct Row {
            let summary: SecretariatSummary
            let analysis: ForumAnalysis
        }

        enum Order: String, CaseIterable {
            case nombre, gobierno, sociedad_civil, organismo_garante, poder_gobierno, poder_sociedad_civil
        }

        /// This page's rows, in order.
        let rows: [Row]
        let order: Order
        /// Every STL of the selection (all, or one state's).
        let total: Int
        let dominatedCount: Int
        let page: PortalPage
        let states: [String]
        let state: String?

        init(summaries: [SecretariatSummary], order: Order, state: String? = nil, states: [String] = [], page requested: Int? = nil) {
            self.order = order
            // Forums with the same composition and rule have the same analysis: with every
            // municipality there are far fewer distinct forums than STLs.
            var analyses: [Composition: [DecisionRule: ForumAnalysis]] = [:]
            let rows = summaries.map { summary in
                if let known = analyses[summary.composition]?[summary.rule] { return Row(summary: summary, analysis: known) }
                let analysis = ForumAnalysis(composition: summary.composition, rule: summary.rule)
                analyses[summary.composition, default: [:]][summary.rule] = analysis
                return Row(summary: summary, analysis: analysis)
            }
            let sorted = rows.sorted { a, b in
                let (ka, kb) = (Self.key(a, order), Self.key(b, order))
                return ka != kb ? ka > kb : a.summary.name < b.summary.name
            }
            page = PortalPage(requested: requested, total: sorted.count)
            self.rows = Array(page.slice(sorted))
            total = sorted.count
            dominatedCount = rows.filter { !$0.analysis.dominantSectors.isEmpty }.count
            self.states = states
            self.state = state
        }

        /// Larger first, except by name.
        private static func key(_ row: Row, _ order: Order) -> Double {
            switch order {
            case .nombre: 0
            case .gobierno: Double(row.summary.composition.count(.gobierno))
            case .sociedad_civil: Double(row.summary.composition.count(.sociedadCivil))
            case .organismo_garante: Double(row.summary.composition.count(.organismoGarante))
            case .poder_gobierno: row.analysis.power.banzhaf[.gobierno] ?? 0
            case .poder_sociedad_civil: row.analysis.power.banzhaf[.sociedadCivil] ?? 0
            }
        }
    }
}
