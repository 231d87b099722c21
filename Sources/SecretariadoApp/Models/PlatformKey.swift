import Fluent
import Vapor

/// The installation's own Ed25519 key, created once, with which it signs archive
/// checkpoints. Its public half is published at a stable URL so a reader can pin it.
///
/// The private half is kept in the database unsealed: it signs on its own (no person types
/// a password), and it only attests what the public archive already showed at a time.
final class PlatformKey: Model, @unchecked Sendable {
    static let schema = "platform_keys"

    @ID(key: .id) var id: UUID?
    /// What the key signs; unique, so two first requests cannot create two keys.
    @Field(key: "purpose") var purpose: String
    /// Raw 32-byte public key, base64.
    @Field(key: "public_key") var publicKey: String
    /// Raw 32-byte private key, base64.
    @Field(key: "private_key") var privateKey: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
