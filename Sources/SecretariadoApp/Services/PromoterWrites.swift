import Fluent
import SecretariadoCore
import Vapor

/// The Grupo Promotor's members and its work route (step 1).
enum PromoterWrites {
    static func addMember(_ input: PromoterMemberInput, in stl: Secretariat, by actor: AuditLog.Actor, on db: any Database) async throws
        -> PromoterMember
    {
        let name = try FieldCheck.name(input.name, "name", maxLength: 200)
        let organization = try FieldCheck.optionalName(input.organization, "organization", maxLength: 300)
        let sectorText = try FieldCheck.required(input.sector, "sector", maxLength: 40)
        let sector = SectorCode(sectorText)
        guard SectorCode.guideSectors.contains(sector) else {
            throw AppError.invalid(
                field: "sector",
                Localized(
                    es: "«sector» debe ser uno de: gobierno, sociedad_civil, organismo_garante.",
                    en: "“sector” must be one of: gobierno, sociedad_civil, organismo_garante."))
        }
        let position = try FieldCheck.optional(input.position, "position", maxLength: 300)
        let email = try FieldCheck.email(input.contactEmail, "contactEmail")
        let phone = try FieldCheck.optional(input.contactPhone, "contactPhone", maxLength: 40)
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            try await InstallationWrites.requireInFormation(stlID, on: db)
            let member = PromoterMember(
                secretariatID: stlID, name: name, organization: organization, sector: sector, position: position,
                contactEmail: email, contactPhone: phone)
            try await member.create(on: db)
            try await InstallationWrites.markInProgress(1, in: stlID, on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: .create, entity: .promoterMember,
                entityID: member.id?.uuidString, summary: "Integrante del Grupo Promotor: \(name)",
                change: .after(PromoterMemberDTO(member, includePrivate: true)))
            return member
        }
    }

    static func removeMember(_ id: UUID, in stl: Secretariat, by actor: AuditLog.Actor, on db: any Database) async throws {
        let stlID = try stl.requireID()
        try await db.writeTransaction { db in
            try await InstallationWrites.requireInFormation(stlID, on: db)
            guard
                let member = try await PromoterMember.query(on: db)
                    .filter(\.$id == id).filter(\.$secretariat.$id == stlID).first()
            else {
                throw AppError.notFound(
                    Localized(
                        es: "No existe ese integrante del Grupo Promotor.", en: "There is no such Promoter Group member."))
            }
            let before = PromoterMemberDTO(member, includePrivate: true)
            try await member.delete(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: .delete, entity: .promoterMember,
                entityID: id.uuidString, summary: "Baja del Grupo Promotor: \(before.name)",
                change: .before(before))
        }
    }

    static func addActivity(_ input: WorkRouteActivityInput, in stl: Secretariat, by actor: AuditLog.Actor, on db: any Database) async throws
        -> WorkRouteActivity
    {
        let title = try FieldCheck.required(input.title, "title", maxLength: 300)
        let startsOn = try InstallationFieldCheck.requiredDate(input.startsOn, "startsOn")
        let endsOn = try FieldCheck.date(input.endsOn, "endsOn")
        if let endsOn, endsOn < startsOn {
            throw AppError.invalid(
                field: "endsOn",
                Localized(
                    es: "La fecha de término no puede ser anterior al inicio.", en: "The end date cannot be before the start."))
        }
        let stepNumber = try InstallationFieldCheck.integer(input.stepNumber, "stepNumber", in: 1...10)
        let responsible = try FieldCheck.optional(input.responsible, "responsible", maxLength: 300)
        let notes = try FieldCheck.optional(input.notes, "notes", maxLength: 2000)
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            let fresh = try await InstallationWrites.requireInFormation(stlID, on: db)
            let activity = WorkRouteActivity(
                secretariatID: stlID, title: title, startsOn: startsOn, endsOn: endsOn, stepNumber: stepNumber,
                responsible: responsible, notes: notes)
            try await activity.create(on: db)
            try await InstallationWrites.markInProgress(1, in: stlID, on: db)
            try await InstallationWrites.attach(
                .rutaDeTrabajo, title: "Ruta de trabajo del Grupo Promotor",
                url: SiteURL.installationPromoters(.value(fresh.slug)).path + "#ruta", toStep: 1, in: stlID,
                by: actor, on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: .create, entity: .workRouteActivity,
                entityID: activity.id?.uuidString, summary: "Ruta de trabajo: \(title) (\(CalendarDate.format(startsOn)))",
                change: .after(WorkRouteActivityDTO(activity)))
            return activity
        }
    }

    static func removeActivity(_ id: UUID, in stl: Secretariat, by actor: AuditLog.Actor, on db: any Database) async throws {
        let stlID = try stl.requireID()
        try await db.writeTransaction { db in
            try await InstallationWrites.requireInFormation(stlID, on: db)
            guard
                let activity = try await WorkRouteActivity.query(on: db)
                    .filter(\.$id == id).filter(\.$secretariat.$id == stlID).first()
            else {
                throw AppError.notFound(
                    Localized(
                        es: "No existe esa actividad de la ruta de trabajo.", en: "There is no such work-route activity."))
            }
            let before = WorkRouteActivityDTO(activity)
            try await activity.delete(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: .delete, entity: .workRouteActivity,
                entityID: id.uuidString, summary: "Actividad retirada de la ruta de trabajo: \(before.title)",
                change: .before(before))
        }
    }
}
