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

        let rows: [Row]
        let order: Order

        init(summaries: [SecretariatSummary], order: Order) {
            self.order = order
            let rows = summaries.map { Row(summary: $0, analysis: ForumAnalysis(composition: $0.composition, rule: $0.rule)) }
            self.rows = rows.sorted { a, b in
                let (ka, kb) = (Self.key(a, order), Self.key(b, order))
                return ka != kb ? ka > kb : a.summary.name < b.summary.name
            }
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

        var dominatedCount: Int { rows.filter { !$0.analysis.dominantSectors.isEmpty }.count }
    }
}
