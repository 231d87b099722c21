import Fluent
import SecretariadoCore
import Vapor

/// Naming the facilitator (voice, no vote) or declaring the post vacant. The previous
/// term ends; its record stays as history. Whenever someone is named, installation or not,
/// the independence warnings (`FacilitatorIndependence`) are shown first and must be
/// confirmed; they stay in the audit entry.
enum FacilitatorWrites {
    static func set(_ input: FacilitatorInput, in stl: Secretariat, by actor: AuditLog.Actor, on db: any Database) async throws -> FacilitatorTerm {
        let name = try FieldCheck.optionalName(input.personName, "personName", maxLength: 200)
        let email = try FieldCheck.email(input.personEmail, "personEmail")
        let origin = try FieldCheck.optionalName(input.origin, "origin", maxLength: 300)
        let originKind = try FieldCheck.choice(input.originKind, "originKind", as: OrganizationKind.self)
        let startsOn = try FieldCheck.date(input.startsOn, "startsOn") ?? CalendarDate.today()
        let note = try FieldCheck.optional(input.note, "note", maxLength: 1000)
        if name == nil, email != nil {
            throw AppError.invalid(
                field: "personName",
                Localized(
                    es: "El correo requiere el nombre de la persona.", en: "The e-mail requires the person's name."))
        }
        let stlID = try stl.requireID()
        let confirmed = ["on", "true", "1"].contains(input.confirmIndependence?.lowercased() ?? "")
        return try await db.writeTransaction { db in
            var warnings: [Localized] = []
            if let name {
                warnings = try await FacilitatorSelectionWrites.warnings(
                    for: .init(name: name, origin: origin, originKind: originKind), in: stl, on: db)
                if let message = FacilitatorIndependence.confirmationNeeded(warnings, confirmed: confirmed) {
                    throw AppError.conflict(field: "confirmIndependence", message)
                }
            }
            let current = try await FacilitatorTerm.query(on: db)
                .filter(\.$secretariat.$id == stlID).filter(\.$endsOn == nil).with(\.$person).all()
            for term in current {
                term.end(on: max(startsOn, term.startsOn ?? .distantPast))
                try await term.update(on: db)
            }
            var personID: UUID?
            if let name {
                let person = Person(name: name, email: email)
                try await person.create(on: db)
                personID = person.id
            }
            let term = FacilitatorTerm(
                secretariatID: stlID, personID: personID, origin: name == nil ? nil : origin,
                originKind: name == nil ? nil : originKind, startsOn: startsOn, note: note)
            try await term.create(on: db)
            try await term.$person.load(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: .update, entity: .facilitator,
                entityID: term.id?.uuidString,
                summary: (name.map { "Facilitación: \($0)" } ?? "Facilitación declarada vacante")
                    + (warnings.isEmpty ? "" : " — advertencias de independencia confirmadas: " + warnings.map(\.es).joined(separator: " ")),
                change: .changed(from: current.first.map { FacilitatorDTO($0, includePrivate: true) }, to: FacilitatorDTO(term, includePrivate: true))
            )
            return term
        }
    }
}
