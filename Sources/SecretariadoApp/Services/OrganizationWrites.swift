import Fluent
import SecretariadoCore
import Vapor

/// Creating, changing and removing the organisations of an STL, each in one transaction
/// with its audit entry.
enum OrganizationWrites {
    struct Valid {
        let name: String
        let kind: OrganizationKind
        let website: String?
        let contactEmail: String?
        let notes: String?

        init(_ input: OrganizationInput) throws {
            name = try FieldCheck.name(input.name, "name", maxLength: 300)
            kind = try FieldCheck.requiredChoice(input.kind, "kind", as: OrganizationKind.self)
            website = try FieldCheck.url(input.website, "website")
            contactEmail = try FieldCheck.email(input.contactEmail, "contactEmail")
            notes = try FieldCheck.optional(input.notes, "notes", maxLength: 2000)
        }
    }

    static func create(_ input: OrganizationInput, in stl: Secretariat, by actor: AuditLog.Actor, on db: any Database) async throws -> Organization {
        let valid = try Valid(input)
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            let organization = Organization(
                secretariatID: stlID, name: valid.name, kind: valid.kind, website: valid.website,
                contactEmail: valid.contactEmail, notes: valid.notes)
            try await organization.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: .create, entity: .organization,
                entityID: organization.id?.uuidString, summary: "Organización registrada: \(valid.name)",
                change: .after(OrganizationDTO(organization, includePrivate: true)))
            return organization
        }
    }

    static func update(_ id: UUID, with input: OrganizationInput, in stl: Secretariat, by actor: AuditLog.Actor, on db: any Database) async throws
        -> Organization
    {
        let valid = try Valid(input)
        return try await db.writeTransaction { db in
            let organization = try await find(id, in: stl, on: db)
            let before = OrganizationDTO(organization, includePrivate: true)
            organization.name = valid.name
            organization.kind = valid.kind
            organization.website = valid.website
            organization.contactEmail = valid.contactEmail
            organization.notes = valid.notes
            try await organization.update(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stl.id, action: .update, entity: .organization,
                entityID: id.uuidString, summary: "Organización modificada: \(valid.name)",
                change: .changed(from: before, to: OrganizationDTO(organization, includePrivate: true)))
            return organization
        }
    }

    /// Removing an organisation keeps the terms it held (their organisation becomes empty).
    static func delete(_ id: UUID, in stl: Secretariat, by actor: AuditLog.Actor, on db: any Database) async throws {
        try await db.writeTransaction { db in
            let organization = try await find(id, in: stl, on: db)
            let before = OrganizationDTO(organization, includePrivate: true)
            try await organization.delete(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stl.id, action: .delete, entity: .organization,
                entityID: id.uuidString, summary: "Organización eliminada: \(before.name)",
                change: .before(before))
        }
    }

    static func find(_ id: UUID, in stl: Secretariat, on db: any Database) async throws -> Organization {
        guard
            let organization = try await Organization.query(on: db)
                .filter(\.$id == id).filter(\.$secretariat.$id == stl.requireID()).first()
        else {
            throw AppError.notFound(
                Localized(
                    es: "No existe esa organización en este secretariado.",
                    en: "There is no such organisation in this secretariat."))
        }
        return organization
    }
}
