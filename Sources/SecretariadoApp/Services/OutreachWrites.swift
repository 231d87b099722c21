import Fluent
import SecretariadoCore
import Vapor

/// Awareness and dissemination activities (the STL's function 3).
enum OutreachWrites {
    static func record(_ input: OutreachInput, in stl: Secretariat, by actor: SessionActor, on db: any Database) async throws -> OutreachActivity {
        let heldOn = try FollowUpFields.requiredDate(input.heldOn, "heldOn")
        let kind = try FieldCheck.requiredChoice(input.kind, "kind", as: OutreachKind.self)
        let title = try FieldCheck.required(input.title, "title")
        let audience = try FieldCheck.required(input.audience, "audience", maxLength: 300)
        let attendees = try FollowUpFields.attendees(input.attendees, "attendees")
        let links = try FollowUpFields.links(input.materialLinks, "materialLinks") ?? []
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            let activity = OutreachActivity(
                secretariatID: stlID, heldOn: heldOn, kind: kind, title: title, audience: audience,
                attendees: attendees, materialLinks: links, recordedBy: actor.name)
            try await activity.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stlID, action: .create, entity: .outreachActivity,
                entityID: activity.id?.uuidString,
                summary: "Actividad de difusión registrada: \(title) (\(kind.label.es), \(attendees) asistentes)",
                change: .after(Snapshot(activity)))
            return activity
        }
    }

    private struct Snapshot: Encodable {
        let heldOn: String
        let kind: String
        let title: String
        let audience: String
        let attendees: Int
        let materialLinks: [String]

        init(_ activity: OutreachActivity) {
            heldOn = RecordTime.localDate(activity.heldOn)
            kind = activity.kind.rawValue
            title = activity.title
            audience = activity.audience
            attendees = activity.attendees
            materialLinks = activity.materialLinks
        }
    }
}
