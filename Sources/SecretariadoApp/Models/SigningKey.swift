import Fluent
import Vapor

/// A member's Ed25519 key pair. The public half is published; the private half is stored
/// only sealed with AES-GCM under a key derived from the member's password (see
/// `SigningKeys`). A retired key stays published so that old signatures still verify.
final class SigningKey: Model, @unchecked Sendable {
    static let schema = "signing_keys"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    /// The name published with the key (never the e-mail).
    @Field(key: "owner") var owner: String
    /// Raw 32-byte public key, base64.
    @Field(key: "public_key") var publicKey: String
    /// AES-GCM combined box (nonce ‖ ciphertext ‖ tag) of the raw private key, base64.
    @Field(key: "sealed_private_key") var sealedPrivateKey: String
    /// The bcrypt salt (with its cost) of the key derivation.
    @Field(key: "kdf_salt") var kdfSalt: String
    /// Names the derivation, so it can change without guessing: "bcrypt+hkdf-sha256".
    @Field(key: "kdf") var kdf: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "retired_at") var retiredAt: Date?

    init() {}

    init(userID: UUID, owner: String, publicKey: String, sealedPrivateKey: String, kdfSalt: String, kdf: String, createdAt: Date) {
        self.$user.id = userID
        self.owner = owner
        self.publicKey = publicKey
        self.sealedPrivateKey = sealedPrivateKey
        self.kdfSalt = kdfSalt
        self.kdf = kdf
        self.createdAt = createdAt
    }
}
