import Fluent
import SecretariadoCore
import Vapor

/// The selected representatives' choice of facilitator (step 7), recorded with how and
/// when it was made and its minutes. Independence problems are warnings, not refusals:
/// the guide recommends, the STL decides.
enum FacilitatorSelectionWrites {
    static func record(
        _ input: FacilitatorSelectionInput, in stl: Secretariat, by actor: AuditLog.Actor, now: Date, on db: any Database
    ) async throws -> FacilitatorSelection {
        let name = try FieldCheck.name(input.personName, "personName", maxLength: 200)
        let method = try FieldCheck.required(input.method, "method", maxLength: 1000)
        let decidedOn = try FieldCheck.date(input.decidedOn, "decidedOn") ?? CalendarDate.day(of: now)
        let minutes = try InstallationFieldCheck.link(input.minutesUrl, "minutesUrl")
        let originKind = try FieldCheck.choice(input.originKind, "originKind", as: OrganizationKind.self)
        let origin = try FieldCheck.optional(input.origin, "origin", maxLength: 300)
        let facilitatorInput = FacilitatorInput(
            personName: name, personEmail: input.personEmail, origin: origin, originKind: originKind?.rawValue,
            startsOn: CalendarDate.format(decidedOn), note: input.note,
            // The selection records its warnings with the decision of the representatives.
            confirmIndependence: "on")
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            let fresh = try await InstallationWrites.requireInFormation(stlID, on: db)
            let warnings = try await warnings(
                for: .init(name: name, origin: origin, originKind: originKind), in: fresh, on: db)
            // Runs inside this transaction (Fluent joins the open one).
            let term = try await FacilitatorWrites.set(facilitatorInput, in: fresh, by: actor, on: db)
            let selection = FacilitatorSelection(
                secretariatID: stlID, termID: try term.requireID(), method: method, decidedOn: decidedOn,
                minutesURL: minutes, warnings: warnings, recordedBy: actor.label)
            try await selection.create(on: db)
            try await InstallationWrites.advance(
                by: .facilitatorSelected, on: decidedOn, title: "Selección del facilitador: \(name)",
                urls: [7: minutes ?? SiteURL.installationFacilitation(.value(fresh.slug)).path], in: stlID, by: actor, on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: .create, entity: .facilitatorSelection,
                entityID: selection.id?.uuidString,
                summary: "Facilitación elegida por los representantes: \(name) (\(method))"
                    + (warnings.isEmpty ? "" : "; \(warnings.count) advertencia(s) de independencia"),
                change: .after(warnings.map(\.es).joined(separator: " | ")))
            return selection
        }
    }

    /// Checks the person against the STL's organisations and current seat holders.
    static func warnings(for candidate: FacilitatorIndependence.Candidate, in stl: Secretariat, on db: any Database) async throws -> [Localized] {
        let detail = try await SecretariatDetail.load(slug: stl.slug, on: db)
        let holders = detail.seats.flatMap { [$0.titular, $0.suplente].compactMap { $0 } }
        let organizations = Set(holders.compactMap { $0.organization?.name } + detail.organizations.map(\.name))
        let members = holders.compactMap { $0.person?.name }
        return FacilitatorIndependence.warnings(for: candidate, organizations: organizations.sorted(), members: members)
    }
}
