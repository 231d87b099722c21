import Fluent
import SecretariadoCore
import Vapor

/// Adding and removing titular seats of a sector.
enum SeatWrites {
    /// Adds a seat to a sector of the STL, numbered after the last one.
    static func create(_ input: SeatInput, in stl: Secretariat, by actor: AuditLog.Actor, on db: any Database) async throws -> Seat {
        let code = try FieldCheck.required(input.sector, "sector", maxLength: 40)
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            guard
                try await SectorRecord.query(on: db)
                    .filter(\.$secretariat.$id == stlID).filter(\.$code == code).first() != nil
            else {
                throw AppError.invalid(
                    field: "sector",
                    Localized(
                        es: "Este secretariado no tiene el sector «\(code)».",
                        en: "This secretariat has no sector “\(code)”."))
            }
            let last =
                try await Seat.query(on: db)
                .filter(\.$secretariat.$id == stlID).filter(\.$sector == code)
                .max(\.$number) ?? 0
            let seat = Seat(secretariatID: stlID, sector: code, number: last + 1)
            try await seat.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: .create, entity: .seat,
                entityID: seat.id?.uuidString, summary: "Asiento agregado: \(code) #\(seat.number)",
                change: .after(SeatDTO(seat)))
            return seat
        }
    }

    /// Removes a seat; its terms go with it, but the audit log keeps what was removed.
    static func delete(_ id: UUID, in stl: Secretariat, by actor: AuditLog.Actor, on db: any Database) async throws {
        try await db.writeTransaction { db in
            guard
                let seat = try await Seat.query(on: db)
                    .filter(\.$id == id).filter(\.$secretariat.$id == stl.requireID()).first()
            else {
                throw AppError.notFound(
                    Localized(
                        es: "No existe ese asiento en este secretariado.",
                        en: "There is no such seat in this secretariat."))
            }
            // Sessions: a seat that attended, voted or signed is part of the record.
            if try await SeatAttendance.query(on: db).filter(\.$seat.$id == id).count() > 0 {
                throw AppError.conflict(
                    field: nil,
                    Localized(
                        es: "Ese asiento tiene historial de sesiones (asistencia, votos o firmas): no puede eliminarse.",
                        en: "That seat has a session history (attendance, votes or signatures): it cannot be removed."))
            }
            let before = SeatDTO(seat)
            try await SeatTerm.query(on: db).filter(\.$seat.$id == id).delete()
            try await seat.delete(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stl.id, action: .delete, entity: .seat,
                entityID: id.uuidString, summary: "Asiento eliminado: \(before.sector) #\(before.number)",
                change: .before(before))
        }
    }
}
