import SecretariadoCore

enum GovernancePage {
    /// `/stl/{slug}/mecanismo` and its versions: the charter in force (or an older version),
    /// readable, with its history.
    struct Model {
        let secretariatName: String
        let slug: String
        let shown: GovernanceVersion
        let versions: [GovernanceVersion]
        let canEdit: Bool

        var document: GovernanceMechanism { shown.document }
        var isCurrent: Bool { shown.version == versions.map(\.version).max() }
    }
}
