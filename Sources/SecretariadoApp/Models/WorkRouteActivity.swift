import Fluent
import Vapor

/// One activity of the Grupo Promotor's work route (step 1: «calendarización de
/// actividades previas requeridas para instalar el STL»), optionally tied to the step it
/// prepares.
final class WorkRouteActivity: Model, @unchecked Sendable {
    static let schema = "work_route_activities"

    @ID(key: .id) var id: UUID?
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    @Field(key: "title") var title: String
    @Field(key: "starts_on") var startsOn: Date
    @OptionalField(key: "ends_on") var endsOn: Date?
    @OptionalField(key: "step_number") var stepNumber: Int?
    @OptionalField(key: "responsible") var responsible: String?
    @OptionalField(key: "notes") var notes: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(
        secretariatID: UUID, title: String, startsOn: Date, endsOn: Date?, stepNumber: Int?,
        responsible: String?, notes: String?
    ) {
        self.$secretariat.id = secretariatID
        self.title = title
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.stepNumber = stepNumber
        self.responsible = responsible
        self.notes = notes
    }
}
