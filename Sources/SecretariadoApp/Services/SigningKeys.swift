import Crypto
import Fluent
import Vapor

/// Members' Ed25519 signing keys, with the private half sealed under their password.
///
/// Key derivation (documented choice): swift-crypto offers HKDF, which is fast, and no
/// password KDF; bcrypt, which the platform already uses for logins, is slow on purpose.
/// So the key-encryption key is
///
///     KEK = HKDF-SHA256(ikm: bcrypt(password, salt), salt: "secretariado/clave-de-firma",
///                       info: "v1", 32 bytes)
///
/// with a random bcrypt salt per key whose cost is that of the account's password hash
/// (12 in production): unsealing costs a guesser what a login does. The private key is
/// sealed with AES-256-GCM under the KEK, with the key's id as authenticated data, and the
/// salt is stored with it (the nonce travels inside the sealed box).
///
/// Password changes (`UserWrites.setPassword`) do not know the old password (an
/// administrator may reset it), so the key cannot be re-sealed: it is **rotated**. The old
/// key is retired — still published, so every signature made with it keeps verifying — and
/// a new pair is sealed under the new password. If a key cannot be unsealed with a password
/// that the login hash accepts (changed by some other path), signing rotates it the same way.
enum SigningKeys {
    static let kdfName = "bcrypt+hkdf-sha256"

    /// The member's key in force, if any.
    static func active(for userID: UUID, on db: any Database) async throws -> SigningKey? {
        try await SigningKey.query(on: db).filter(\.$user.$id == userID).filter(\.$retiredAt == nil)
            .sort(\.$createdAt, .descending).first()
    }

    /// A new key pair, sealed under `password`: the row (not yet saved) and the private key.
    static func make(for user: User, password: String, now: Date) throws -> (SigningKey, Curve25519.Signing.PrivateKey) {
        let privateKey = Curve25519.Signing.PrivateKey()
        let keyID = UUID()
        let salt = try newSalt(cost: cost(of: user.passwordHash))
        let kek = try encryptionKey(password: password, salt: salt)
        let sealed = try AES.GCM.seal(privateKey.rawRepresentation, using: kek, authenticating: Data(keyID.uuidString.utf8))
        guard let combined = sealed.combined else { throw Abort(.internalServerError, reason: "AES-GCM sin caja combinada") }
        let key = SigningKey(
            userID: try user.requireID(), owner: user.name,
            publicKey: privateKey.publicKey.rawRepresentation.base64EncodedString(),
            sealedPrivateKey: combined.base64EncodedString(), kdfSalt: salt, kdf: kdfName,
            createdAt: Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down)))
        key.id = keyID
        return (key, privateKey)
    }

    /// The private key, or `nil` when `password` does not open it.
    static func unseal(_ key: SigningKey, password: String) -> Curve25519.Signing.PrivateKey? {
        guard key.kdf == kdfName, let keyID = key.id,
            let combined = Data(base64Encoded: key.sealedPrivateKey),
            let box = try? AES.GCM.SealedBox(combined: combined),
            let kek = try? encryptionKey(password: password, salt: key.kdfSalt),
            let raw = try? AES.GCM.open(box, using: kek, authenticating: Data(keyID.uuidString.utf8))
        else { return nil }
        return try? Curve25519.Signing.PrivateKey(rawRepresentation: raw)
    }

    /// Retires the member's keys and, if they had one, seals a new pair under the new
    /// password. Call inside the password change's transaction.
    static func rotateAfterPasswordChange(_ user: User, newPassword: String, now: Date = Date(), on db: any Database) async throws {
        let userID = try user.requireID()
        let current = try await SigningKey.query(on: db).filter(\.$user.$id == userID).filter(\.$retiredAt == nil).all()
        guard !current.isEmpty else { return }
        for key in current {
            key.retiredAt = now
            try await key.update(on: db)
        }
        let (key, _) = try make(for: user, password: newPassword, now: now)
        try await key.create(on: db)
        try await AuditLog.record(
            on: db, actor: .system, secretariatID: nil, action: .create, entity: .signingKey,
            entityID: key.id?.uuidString, summary: "Clave de firma rotada tras cambio de contraseña: \(user.email)",
            change: .changed(from: current.compactMap(\.id?.uuidString), to: key.publicKey))
    }

    static func encryptionKey(password: String, salt: String) throws -> SymmetricKey {
        let stretched = try Bcrypt.hash(password, salt: salt)
        return HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: Data(stretched.utf8)),
            salt: Data("secretariado/clave-de-firma".utf8), info: Data("v1".utf8), outputByteCount: 32)
    }

    /// A full bcrypt salt (`$2b$12$` + 22 characters) with the given cost.
    static func newSalt(cost: Int) throws -> String {
        String(try Bcrypt.hash(Passwords.random(), cost: cost).prefix(29))
    }

    /// The cost of a bcrypt hash (`$2b$12$…` → 12); 12 when unreadable.
    static func cost(of hash: String) -> Int {
        let parts = hash.split(separator: "$")
        guard parts.count >= 2, let cost = Int(parts[1]), (4...31).contains(cost) else { return 12 }
        return cost
    }
}

extension SigningKey {
    /// An unsaved copy with the same id and contents.
    func copy() -> SigningKey {
        let key = SigningKey(
            userID: $user.id, owner: owner, publicKey: publicKey, sealedPrivateKey: sealedPrivateKey,
            kdfSalt: kdfSalt, kdf: kdf, createdAt: createdAt)
        key.id = id
        key.retiredAt = retiredAt
        return key
    }
}
