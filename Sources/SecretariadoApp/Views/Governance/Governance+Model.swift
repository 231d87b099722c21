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
        /// Account e-mail → name, so the history names authors without their e-mail.
        var actorNames: [String: String] = [:]

        var document: GovernanceMechanism { shown.document }
        var isCurrent: Bool { shown.version == versions.map(\.version).max() }
    }
}
