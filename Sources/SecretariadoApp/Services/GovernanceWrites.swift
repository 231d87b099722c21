import Fluent
import SecretariadoCore
import Vapor

/// Publishing a new version of the Mecanismo de Gobernanza. The STL's decision rule follows
/// the charter, so the analysis and every later vote use the version in force.
enum GovernanceWrites {
    @discardableResult
    static func publish(
        _ document: GovernanceMechanism, note: String?, in stl: Secretariat, by actor: AuditLog.Actor,
        on db: any Database
    ) async throws -> GovernanceVersion {
        if let problem = document.problems().first {
            throw AppError.invalid(field: problem.field, problem.message)
        }
        let note = try FieldCheck.optional(note, "note", maxLength: 1000) ?? "Nueva versión"
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            let previous = try await current(for: stlID, on: db)
            let version = GovernanceVersion(
                secretariatID: stlID, version: (previous?.version ?? 0) + 1, document: document,
                note: note, author: actor.label)
            try await version.create(on: db)
            guard let fresh = try await Secretariat.find(stlID, on: db) else {
                throw AppError.secretariatNotFound(stl.slug)
            }
            let oldRule = fresh.rule
            fresh.rule = document.decision.rule
            fresh.ruleText = document.decision.text
            try await fresh.update(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: previous == nil ? .create : .update,
                entity: "governance", entityID: version.id?.uuidString,
                summary: "Mecanismo de gobernanza, versión \(version.version): \(note)"
                    + (oldRule != document.decision.rule ? " (cambia la regla de decisión)" : ""),
                before: previous?.document, after: document)
            return version
        }
    }

    static func current(for stlID: UUID, on db: any Database) async throws -> GovernanceVersion? {
        try await GovernanceVersion.query(on: db).filter(\.$secretariat.$id == stlID)
            .sort(\.$version, .descending).first()
    }
}
