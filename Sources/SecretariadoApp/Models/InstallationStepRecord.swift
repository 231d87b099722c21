import Fluent
import SecretariadoCore
import Vapor

/// Where one of the ten installation steps stands for one STL. The step's texts live in
/// `InstallationStep` (Core); this row holds only what the STL did with it.
final class InstallationStepRecord: Model, @unchecked Sendable {
    static let schema = "installation_steps"

    @ID(key: .id) var id: UUID?
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    @Field(key: "number") var number: Int
    @Field(key: "status") var status: InstallationStepStatus
    @OptionalField(key: "started_on") var startedOn: Date?
    @OptionalField(key: "concluded_on") var concludedOn: Date?
    @OptionalField(key: "notes") var notes: String?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(secretariatID: UUID, number: Int, status: InstallationStepStatus = .pendiente) {
        self.$secretariat.id = secretariatID
        self.number = number
        self.status = status
    }

    var step: InstallationStep? { InstallationStep.step(number) }
}
