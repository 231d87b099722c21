import Fluent
import SecretariadoCore
import Vapor

/// How the Mecanismo de Gobernanza changes (`CharterAmendment` in Core): while the STL is
/// being formed its text is written for the acta; once installed, a new text is a draft
/// that enters into force only when a motion adopting it is decided adopted in session
/// (`adopt`, called by `MotionWrites.close`); an administrator may correct a typo. The
/// STL's decision rule follows the charter, so the analysis and every later vote use the
/// version in force. Nothing else writes a version in force.
enum GovernanceWrites {
    /// The text the acta de instalación will carry, while the STL is being formed.
    @discardableResult
    static func writeInstallationText(
        _ document: GovernanceMechanism, note: String?, in stl: Secretariat, by actor: AuditLog.Actor,
        on db: any Database
    ) async throws -> GovernanceVersion {
        try requireValid(document)
        let note = try FieldCheck.optional(note, "note", maxLength: 1000) ?? "Nueva versión"
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            let fresh = try await locked(stlID, slug: stl.slug, on: db)
            guard CharterAmendment.path(installed: fresh.status == .instalado) == .installationText else {
                throw installedRefusal
            }
            return try await record(document, note: note, origin: .acta, in: fresh, by: actor, on: db)
        }
    }

    /// A proposed version of an installed STL's charter: a draft, shown against the version
    /// in force, until a motion adopts it.
    @discardableResult
    static func propose(
        _ document: GovernanceMechanism, note: String?, in stl: Secretariat, by actor: AuditLog.Actor,
        on db: any Database
    ) async throws -> GovernanceDraft {
        try requireValid(document)
        let note = try FieldCheck.required(note, "note", maxLength: 1000)
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            let fresh = try await locked(stlID, slug: stl.slug, on: db)
            guard CharterAmendment.path(installed: fresh.status == .instalado) == .draft else {
                throw inFormationRefusal
            }
            let base = try await current(for: stlID, on: db)
            if let base, base.document == document {
                throw AppError.invalid(
                    field: "note",
                    Localized(
                        es: "La propuesta es idéntica a la versión en vigor.", en: "The proposal is identical to the version in force."))
            }
            let draft = GovernanceDraft(secretariatID: stlID, document: document, baseVersion: base?.version ?? 0, note: note, author: actor.label)
            try await draft.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: .create, entity: .governanceDraft,
                entityID: draft.id?.uuidString,
                summary: "Propuesta de reforma del mecanismo de gobernanza (sobre la versión \(draft.baseVersion)): \(note)",
                change: .changed(from: base?.document, to: document))
            return draft
        }
    }

    /// Closing a charter motion: inside the close's transaction, so the vote and the charter
    /// change together or not at all. Returns the new version, or `nil` with the draft left
    /// as it was.
    static func adopt(
        draftID: UUID, by motion: Motion, outcome: Outcome.Result, session: StlSession, in stl: Secretariat,
        actor: AuditLog.Actor, on db: any Database
    ) async throws -> (GovernanceVersion?, CharterAmendment.Verdict) {
        let stlID = try stl.requireID()
        guard let draft = try await GovernanceDraft.find(draftID, on: db) else { return (nil, .staysDraft(noSuchDraft.message)) }
        let inForce = try await current(for: stlID, on: db)
        let verdict = CharterAmendment.verdict(
            outcome: outcome, sessionOfSameSTL: draft.$secretariat.id == stlID && session.$secretariat.id == stlID,
            status: draft.status, baseVersion: draft.baseVersion, versionInForce: inForce?.version ?? 0)
        guard verdict == .entersIntoForce else { return (nil, verdict) }
        let fresh = try await locked(stlID, slug: stl.slug, on: db)
        let version = try await record(
            draft.document, note: "Adoptada por la moción «\(motion.title)»: \(draft.note)", origin: .mocion,
            in: fresh, by: actor, on: db
        ) { version in
            version.draftID = draftID
            version.motionID = motion.id
            version.sessionID = session.id
            version.tally = motion.tally
        }
        draft.status = .adoptada
        draft.adoptedVersion = version.version
        try await draft.update(on: db)
        // Other drafts were written against the version that just left force.
        try await GovernanceDraft.query(on: db).filter(\.$secretariat.$id == stlID).filter(\.$status == .borrador)
            .set(\.$status, to: .superada).update()
        return (version, verdict)
    }

    /// An administrator's correction of a typo: prose only, with its reason, marked in the
    /// history (`CharterCorrection`).
    @discardableResult
    static func correct(
        _ document: GovernanceMechanism, reason: String?, in stl: Secretariat, by actor: AuditLog.Actor,
        on db: any Database
    ) async throws -> GovernanceVersion {
        let stlID = try stl.requireID()
        let reason = try FieldCheck.optional(reason, "note", maxLength: 1000)
        return try await db.writeTransaction { db in
            let fresh = try await locked(stlID, slug: stl.slug, on: db)
            guard let inForce = try await current(for: stlID, on: db) else { throw noCharter }
            if let problem = CharterCorrection.problems(from: inForce.document, to: document, reason: reason).first {
                throw AppError.invalid(field: problem.field == "reason" ? "note" : problem.field, problem.message)
            }
            return try await record(document, note: "Corrección: \(reason ?? "")", origin: .correccion, in: fresh, by: actor, on: db)
        }
    }

    /// The one write of a version in force, for the three paths above (and the seeding of
    /// an STL's first text). The caller holds the STL's row lock inside its transaction.
    @discardableResult
    static func record(
        _ document: GovernanceMechanism, note: String, origin: CharterAmendment.Origin, in stl: Secretariat,
        by actor: AuditLog.Actor, on db: any Database, fill: (GovernanceVersion) -> Void = { _ in }
    ) async throws -> GovernanceVersion {
        let stlID = try stl.requireID()
        let previous = try await current(for: stlID, on: db)
        let version = GovernanceVersion(
            secretariatID: stlID, version: (previous?.version ?? 0) + 1, document: document,
            note: note, author: actor.label, origin: origin)
        fill(version)
        try await version.create(on: db)
        let oldRule = stl.rule
        stl.rule = document.decision.rule
        stl.ruleText = document.decision.text
        try await stl.update(on: db)
        try await AuditLog.record(
            on: db, actor: actor, secretariatID: stlID, action: previous == nil ? .create : .update,
            entity: .governance, entityID: version.id?.uuidString,
            summary: "Mecanismo de gobernanza, versión \(version.version) (\(origin.label.es.lowercased())): \(note)"
                + (oldRule != document.decision.rule ? " (cambia la regla de decisión)" : ""),
            change: .changed(from: previous?.document, to: document))
        return version
    }

    static func current(for stlID: UUID, on db: any Database) async throws -> GovernanceVersion? {
        try await GovernanceVersion.query(on: db).filter(\.$secretariat.$id == stlID)
            .sort(\.$version, .descending).first()
    }

    static func pendingDrafts(for stlID: UUID, on db: any Database) async throws -> [GovernanceDraft] {
        try await GovernanceDraft.query(on: db).filter(\.$secretariat.$id == stlID).filter(\.$status == .borrador)
            .sort(\.$createdAt, .descending).all()
    }

    /// A draft that a new motion may adopt: this STL's, still a draft on the version in force.
    static func requireVotable(_ draftID: UUID, in stlID: UUID, on db: any Database) async throws -> GovernanceDraft {
        guard let draft = try await GovernanceDraft.find(draftID, on: db), draft.$secretariat.id == stlID else {
            throw AppError.invalid(field: "governanceDraftId", noSuchDraft.message)
        }
        let inForce = try await current(for: stlID, on: db)
        if let refusal = CharterAmendment.voteRefusal(status: draft.status, baseVersion: draft.baseVersion, versionInForce: inForce?.version ?? 0) {
            throw AppError.invalid(field: "governanceDraftId", refusal)
        }
        return draft
    }

    private static func requireValid(_ document: GovernanceMechanism) throws {
        if let problem = document.problems().first {
            throw AppError.invalid(field: problem.field, problem.message)
        }
    }

    private static func locked(_ stlID: UUID, slug: String, on db: any Database) async throws -> Secretariat {
        try await RowLock.secretariat(stlID, on: db)
        guard let fresh = try await Secretariat.find(stlID, on: db) else { throw AppError.secretariatNotFound(slug) }
        return fresh
    }

    static let installedRefusal = AppError.conflict(
        field: nil,
        Localized(
            es:
                "Este secretariado está instalado: su Mecanismo de Gobernanza cambia solo cuando el STL adopta una propuesta por moción en sesión. Proponga una nueva versión.",
            en:
                "This secretariat is installed: its governance mechanism changes only when the STL adopts a proposal by a motion in session. Propose a new version."
        ))
    static let inFormationRefusal = AppError.conflict(
        field: nil,
        Localized(
            es: "Este secretariado está en formación: su Mecanismo de Gobernanza se redacta para el acta de instalación y entra en vigor con ella.",
            en: "This secretariat is being formed: its governance mechanism is written for the installation act and enters into force with it."))
    static let noCharter = AppError.conflict(
        field: nil,
        Localized(
            es: "Este secretariado aún no tiene mecanismo de gobernanza en vigor.", en: "This secretariat has no governance mechanism in force yet."))
    static let noSuchDraft = AppError.notFound(
        Localized(
            es: "No existe esa propuesta de reforma en este secretariado.", en: "There is no such proposal in this secretariat."))
}
