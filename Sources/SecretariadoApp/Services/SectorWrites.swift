import Fluent
import SecretariadoCore
import Vapor

/// Sectors beyond the guide's three, for forums like Peru's (Tabla 1): another voting
/// sector (cámaras de comercio) or non-voting observers.
enum SectorWrites {
    static func create(_ input: SectorInput, in stl: Secretariat, by actor: AuditLog.Actor, on db: any Database) async throws -> SectorRecord {
        let name = try FieldCheck.name(input.name, "name", maxLength: 100)
        let nameEn = try FieldCheck.optional(input.nameEn, "nameEn", maxLength: 100) ?? name
        let code = SectorCode(
            try FieldCheck.optional(input.code, "code", maxLength: 40)
                ?? slugify(name).replacingOccurrences(of: "-", with: "_"))
        guard code.isWellFormed else {
            throw AppError.invalid(
                field: "code",
                Localized(
                    es: "El código sólo admite minúsculas sin acentos, dígitos y guion bajo (p. ej. «camaras»).",
                    en: "The code allows only lowercase ASCII letters, digits and underscores (e.g. “camaras”)."))
        }
        let voting = try FieldCheck.choice(input.voting, "voting", as: VotingChoice.self) ?? .si
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            let existing = try await SectorRecord.query(on: db).filter(\.$secretariat.$id == stlID).all()
            if existing.contains(where: { $0.code == code.rawValue }) {
                throw AppError.conflict(
                    field: "code",
                    Localized(
                        es: "Este secretariado ya tiene el sector «\(code)».", en: "This secretariat already has the sector “\(code)”."))
            }
            let sector = SectorRecord(
                secretariatID: stlID,
                sector: Sector(code: code, name: Localized(es: name, en: nameEn), voting: voting == .si),
                position: (existing.map(\.position).max() ?? -1) + 1)
            try await sector.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: .create, entity: .sector,
                entityID: sector.id?.uuidString,
                summary: "Sector agregado: \(name)" + (voting == .si ? "" : " (observador, sin voto)"),
                change: .after(SectorDTO(sector.sector)))
            return sector
        }
    }

    /// Removes a sector that has no seats; the guide's three can never be removed.
    static func delete(code: String, in stl: Secretariat, by actor: AuditLog.Actor, on db: any Database) async throws {
        let stlID = try stl.requireID()
        try await db.writeTransaction { db in
            guard
                let sector = try await SectorRecord.query(on: db)
                    .filter(\.$secretariat.$id == stlID).filter(\.$code == code).first()
            else {
                throw AppError.notFound(
                    Localized(
                        es: "Este secretariado no tiene el sector «\(code)».", en: "This secretariat has no sector “\(code)”."))
            }
            if SectorCode.guideSectors.contains(SectorCode(code)) {
                throw AppError.conflict(
                    field: "code",
                    Localized(
                        es: "Los tres sectores de la guía no se pueden eliminar.", en: "The guide's three sectors cannot be removed."))
            }
            if try await Seat.query(on: db).filter(\.$secretariat.$id == stlID).filter(\.$sector == code).count() > 0 {
                throw AppError.conflict(
                    field: "code",
                    Localized(
                        es: "El sector tiene asientos: elimínalos primero.", en: "The sector has seats: remove them first."))
            }
            let before = SectorDTO(sector.sector)
            try await sector.delete(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: .delete, entity: .sector,
                entityID: sector.id?.uuidString, summary: "Sector eliminado: \(before.name)",
                change: .before(before))
        }
    }

    /// "Vota" or "observador", as the form and the API say it.
    enum VotingChoice: String, CaseIterable {
        case si, no
    }
}
