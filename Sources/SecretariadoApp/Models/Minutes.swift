import Fluent
import SecretariadoCore
import Vapor

/// The minuta of a session. A draft is generated from the session plus the facilitator's
/// notes; finalising stores its canonical JSON and SHA-256 digest, and from then on the
/// row and the session are never written again.
final class Minutes: Model, @unchecked Sendable {
    static let schema = "minutes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "session_id") var session: StlSession
    @Field(key: "status") var status: MinutesStatus
    /// General notes (opening, matters outside the agenda, closing).
    @OptionalField(key: "notes") var notes: String?
    /// `CanonicalJSON` of the `MinutesDocument`, set when finalised.
    @OptionalField(key: "document") var document: String?
    /// SHA-256 of `document`'s UTF-8 bytes, lowercase hex.
    @OptionalField(key: "digest") var digest: String?
    @OptionalField(key: "finalised_at") var finalisedAt: Date?
    @OptionalField(key: "finalised_by") var finalisedBy: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(sessionID: UUID) {
        self.$session.id = sessionID
        self.status = .borrador
    }

    /// The finalised document, decoded for display.
    var finalDocument: MinutesDocument? {
        guard let document else { return nil }
        return try? JSONDecoder().decode(MinutesDocument.self, from: Data(document.utf8))
    }
}
