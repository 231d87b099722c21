import SecretariadoCore

enum Home {
    /// The portal's front page: the STLs with their composition and compliance, 100 a page,
    /// optionally those of one state, with totals for the whole selection.
    struct Model {
        /// This page's rows.
        let secretariats: [SecretariatSummary]
        let total: Int
        let balancedCount: Int
        /// Balanced seats that all have their titular today.
        let currentlyBalancedCount: Int
        let page: PortalPage
        let states: [String]
        let state: String?

        init(selection: SecretariatDirectory.Selection, state: String?, page requested: Int?) {
            let all = selection.summaries
            page = PortalPage(requested: requested, total: all.count)
            secretariats = Array(page.slice(all))
            total = all.count
            balancedCount = all.filter { $0.balance.isBalanced }.count
            currentlyBalancedCount = all.filter { $0.integration.isCurrentlyBalanced }.count
            states = selection.states
            self.state = state
        }

        var sectorsShown: [SectorCode] {
            Array(Set(secretariats.flatMap { $0.composition.seats.keys })).sorted()
        }
    }
}
