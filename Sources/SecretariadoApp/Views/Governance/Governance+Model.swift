import SecretariadoCore

enum GovernancePage {
    /// `/stl/{slug}/mecanismo` and its versions: the charter in force (or an older version),
    /// readable, with its history.
    struct Model {
        let secretariatName: String
        let slug: String
        let shown: GovernanceVersion
        let versions: [GovernanceVersion]
        /// May write the text for the acta (STL being formed) or propose a draft (installed).
        let canEdit: Bool
        var isInstalled = true
        var canCorrect = false
        /// Proposals still waiting for the STL's vote.
        var pendingDrafts: [GovernanceDraft] = []
        /// Account e-mail → name, so the history names authors without their e-mail.
        var actorNames: [String: String] = [:]

        var document: GovernanceMechanism { shown.document }
        var isCurrent: Bool { shown.version == versions.map(\.version).max() }
    }
}
