import Fluent
import SecretariadoCore
import Vapor

/// Creating an STL. A new STL starts "en formación" with the guide's three sectors and
/// one titular seat each: the minimum the guide asks for.
enum SecretariatWrites {
    static func create(_ input: SecretariatInput, by actor: AuditLog.Actor, on db: any Database) async throws -> Secretariat {
        let name = try FieldCheck.name(input.name, "name", maxLength: 200)
        let slug = try FieldCheck.optional(input.slug, "slug", maxLength: 80) ?? slugify(name)
        guard Slug.isValid(slug) else {
            throw AppError.invalid(
                field: "slug",
                Localized(
                    es: "El identificador sólo admite minúsculas sin acentos, dígitos y guiones (p. ej. «nuevo-leon»).",
                    en: "The identifier allows only lowercase ASCII letters, digits and hyphens (e.g. “nuevo-leon”)."))
        }
        let level = try FieldCheck.choice(input.level, "level", as: SecretariatLevel.self) ?? .estatal
        let state = try FieldCheck.optional(input.state, "state", maxLength: 200) ?? name
        let kind = try FieldCheck.choice(input.ruleKind, "ruleKind", as: DecisionRule.Kind.self) ?? .consensusThenMajority
        let ruleText = try FieldCheck.optional(input.ruleText, "ruleText", maxLength: 2000) ?? DecisionRule(kind: kind).summary.es
        return try await db.writeTransaction { db in
            if try await Secretariat.query(on: db).filter(\.$slug == slug).count() > 0 {
                throw AppError.conflict(
                    field: "slug",
                    Localized(
                        es: "Ya existe un secretariado con el identificador «\(slug)».",
                        en: "A secretariat with the identifier “\(slug)” already exists."))
            }
            let stl = Secretariat(
                slug: slug, name: name, level: level, state: state, status: .enFormacion,
                rule: DecisionRule(kind: kind), ruleText: ruleText)
            try await stl.create(on: db)
            let stlID = try stl.requireID()
            for (position, sector) in Sector.guideSectors.enumerated() {
                try await SectorRecord(secretariatID: stlID, sector: sector, position: position).create(on: db)
                try await Seat(secretariatID: stlID, sector: sector.code.rawValue, number: 1).create(on: db)
            }
            try await GovernanceVersion(
                secretariatID: stlID, version: 1,
                document: .template(rule: stl.rule, ruleText: ruleText),
                note: "Borrador inicial a partir de la guía", author: actor.label, origin: .acta
            ).create(on: db)
            try await InstallationWrites.createSteps(for: stlID, on: db)  // installation: the ten steps, pending
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: .create, entity: .secretariat,
                entityID: stlID.uuidString, summary: "Secretariado creado: \(name)",
                change: .after(slug))
            return stl
        }
    }
}

/// URL identifiers: lowercase ASCII with hyphens.
enum Slug {
    static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && slug.count <= 80 && !slug.hasPrefix("-") && !slug.hasSuffix("-")
            && slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
