import Crypto
import Fluent
import SecretariadoCore
import Vapor

/// Issuing the acta de instalación: the text generated from the record is frozen with its
/// SHA-256. It can be issued again (after a correction) until the STL is installed.
enum ActaWrites {
    static func issue(in stl: Secretariat, by actor: AuditLog.Actor, now: Date, on db: any Database) async throws -> InstallationAct {
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            let fresh = try await InstallationWrites.requireInFormation(stlID, on: db)
            let today = CalendarDate.day(of: now)
            let acta = try await ActaBuilder.build(for: fresh, on: today, on: db)
            if !acta.sectorsWithoutTitular.isEmpty {
                let names = acta.sectorsWithoutTitular.map(\.name.es).joined(separator: ", ")
                throw AppError.conflict(
                    field: nil,
                    Localized(
                        es: "El acta requiere al menos un titular por sector; faltan: \(names).",
                        en:
                            "The act requires at least one full member per sector; missing: \(acta.sectorsWithoutTitular.map(\.name.en).joined(separator: ", "))."
                    ))
            }
            guard acta.governanceVersion > 0 else {
                throw AppError.conflict(
                    field: nil,
                    Localized(
                        es: "El acta incluye el Mecanismo de Gobernanza, y este secretariado aún no tiene uno.",
                        en: "The act includes the Governance Mechanism, and this secretariat has none yet."))
            }
            let markdown = acta.markdown()
            let sha = SHA256.hash(data: Data(markdown.utf8)).hexEncoded
            let existing = try await InstallationAct.query(on: db).filter(\.$secretariat.$id == stlID).first()
            let before = existing?.sha256
            let act = existing ?? InstallationAct(secretariatID: stlID, markdown: markdown, sha256: sha, issuedOn: today, issuedBy: actor.label)
            act.markdown = markdown
            act.sha256 = sha
            act.issuedOn = today
            act.issuedBy = actor.label
            try await act.save(on: db)
            // The acta carries the Mecanismo de Gobernanza in force (step 9's document).
            try await InstallationWrites.advance(
                by: .actaIssued, on: today, title: "Acta de instalación",
                urls: [9: SiteURL.governance(.value(fresh.slug)).path, 10: SiteURL.installationActa(.value(fresh.slug)).path],
                in: stlID, by: actor, on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: existing == nil ? .create : .update,
                entity: .installationAct, entityID: act.id?.uuidString,
                summary: "Acta de instalación \(existing == nil ? "emitida" : "emitida de nuevo") (SHA-256 \(sha.prefix(12))…)",
                change: .changed(from: before, to: sha))
            return act
        }
    }
}
