import Crypto
import Foundation
import SecretariadoCore

/// Delivering an election credential to the organisation alone. When an organisation
/// registers in the open call it receives a private receipt code; the server keeps only the
/// code's SHA-256 (to find the registration) and a Curve25519 public key derived from it.
/// A credential is sealed to that key when issued, so nobody holding the database or an
/// issuer's account can read it: only the code opens it, once, on the receipt page.
enum CredentialSeal {
    struct Receipt: Sendable {
        let code: String
        let hash: String
        let publicKey: String
    }

    /// A new receipt: 256 random bits as hex, its hash and its public key.
    static func mintReceipt() -> Receipt {
        let (code, hash) = ElectionWrites.mintToken()
        return Receipt(code: code, hash: hash, publicKey: publicKey(for: code))
    }

    static func hash(_ code: String) -> String { ElectionWrites.hash(code) }

    static func isWellFormed(_ code: String) -> Bool {
        code.count == 64 && code.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }

    static func publicKey(for code: String) -> String {
        privateKey(for: code).publicKey.rawRepresentation.base64EncodedString()
    }

    /// The token sealed to the organisation's key: a fresh ephemeral key agreement, then
    /// AES-GCM. Stored as "<ephemeral public key>.<sealed box>", both base64.
    static func seal(_ token: String, to publicKey: String) throws -> String {
        guard let raw = Data(base64Encoded: publicKey) else { throw sealError }
        let recipient = try Curve25519.KeyAgreement.PublicKey(rawRepresentation: raw)
        let ephemeral = Curve25519.KeyAgreement.PrivateKey()
        let key = try symmetricKey(ephemeral.sharedSecretFromKeyAgreement(with: recipient), ephemeral: ephemeral.publicKey, recipient: recipient)
        let box = try AES.GCM.seal(Data(token.utf8), using: key)
        guard let combined = box.combined else { throw sealError }
        return ephemeral.publicKey.rawRepresentation.base64EncodedString() + "." + combined.base64EncodedString()
    }

    /// The token, when `code` is the receipt it was sealed to.
    static func open(_ sealed: String, code: String) -> String? {
        let parts = sealed.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let raw = Data(base64Encoded: parts[0]), let combined = Data(base64Encoded: parts[1]),
            let ephemeral = try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: raw)
        else { return nil }
        let mine = privateKey(for: code)
        guard let secret = try? mine.sharedSecretFromKeyAgreement(with: ephemeral),
            let key = try? symmetricKey(secret, ephemeral: ephemeral, recipient: mine.publicKey),
            let box = try? AES.GCM.SealedBox(combined: combined),
            let plain = try? AES.GCM.open(box, using: key)
        else { return nil }
        return String(data: plain, encoding: .utf8)
    }

    private static func privateKey(for code: String) -> Curve25519.KeyAgreement.PrivateKey {
        let seed = SHA256.hash(data: Data("secretariado/receipt-seal/\(code)".utf8))
        // 32 bytes always make a valid X25519 key.
        return try! Curve25519.KeyAgreement.PrivateKey(rawRepresentation: Data(seed))
    }

    private static func symmetricKey(
        _ secret: SharedSecret, ephemeral: Curve25519.KeyAgreement.PublicKey, recipient: Curve25519.KeyAgreement.PublicKey
    ) throws -> SymmetricKey {
        secret.hkdfDerivedSymmetricKey(
            using: SHA256.self, salt: ephemeral.rawRepresentation + recipient.rawRepresentation,
            sharedInfo: Data("secretariado/election-credential".utf8), outputByteCount: 32)
    }

    private static let sealError = AppError.badRequest(
        Localized(
            es: "La clave del acuse de esta organización no es válida.", en: "This organisation's receipt key is not valid."))
}
