import Fluent
import SQLKit

/// Credentials reach the organisation only: a registration keeps its receipt code's hash and
/// the public key derived from the code, and a credential is stored sealed to that key until
/// the organisation opens it once through its receipt. One column per statement: SQLite
/// adds one column at a time.
struct UpdateCredentialsAddSealedDelivery: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("call_registrations").field("receipt_hash", .string).update()
        try await database.schema("call_registrations").field("receipt_key", .string).update()
        try await database.schema("election_credentials").field("sealed_token", .string).update()
        try await database.schema("election_credentials").field("revealed_at", .datetime).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "call_registrations_receipt_hash_key").unique().on("call_registrations").column("receipt_hash").run()
    }

    func revert(on database: any Database) async throws {
        try await IndexBuilder.drop("call_registrations_receipt_hash_key", in: database)
        try await database.schema("election_credentials").deleteField("revealed_at").update()
        try await database.schema("election_credentials").deleteField("sealed_token").update()
        try await database.schema("call_registrations").deleteField("receipt_key").update()
        try await database.schema("call_registrations").deleteField("receipt_hash").update()
    }
}
