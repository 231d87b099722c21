import SecretariadoCore

enum Home {
    /// The portal's front page: every STL with its composition and compliance.
    struct Model {
        let secretariats: [SecretariatSummary]

        var balancedCount: Int { secretariats.filter { $0.balance.isBalanced }.count }
        var sectorsShown: [SectorCode] {
            Array(Set(secretariats.flatMap { $0.composition.seats.keys })).sorted()
        }
    }
}
