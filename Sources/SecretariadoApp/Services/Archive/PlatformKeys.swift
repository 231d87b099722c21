import Crypto
import Fluent
import Foundation
import SecretariadoCore
import Vapor

/// The installation's checkpoint key: created the first time it is needed, then the same
/// key for good, so the URL that publishes it stays a fixed point a reader can pin.
enum PlatformKeys {
    static let checkpointPurpose = "archive-checkpoint"

    static func checkpointKey(on db: any Database) async throws -> PlatformKey {
        if let key = try await PlatformKey.query(on: db).filter(\.$purpose == checkpointPurpose).first() {
            return key
        }
        // Two first requests at once: the unique purpose lets one insert win; the other reads it.
        return try await db.writeTransaction { db in
            if let key = try await PlatformKey.query(on: db).filter(\.$purpose == checkpointPurpose).first() {
                return key
            }
            let secret = Curve25519.Signing.PrivateKey()
            let key = PlatformKey()
            key.purpose = checkpointPurpose
            key.publicKey = secret.publicKey.rawRepresentation.base64EncodedString()
            key.privateKey = secret.rawRepresentation.base64EncodedString()
            key.createdAt = Date()
            try await key.create(on: db)
            return key
        }
    }

    static func signingKey(_ key: PlatformKey) throws -> Curve25519.Signing.PrivateKey {
        guard let raw = Data(base64Encoded: key.privateKey) else {
            throw Abort(.internalServerError, reason: "La clave de la plataforma guardada no es base64 válido.")
        }
        return try Curve25519.Signing.PrivateKey(rawRepresentation: raw)
    }

    /// `GET /api/v1/platform-key`.
    static func published(_ key: PlatformKey) -> CanonicalValue {
        [
            "id": .string(key.id?.uuidString ?? ""),
            "purpose": "Firma de puntos de control de los archivos de minutas",
            "algorithm": "Ed25519",
            "publicKey": .string(key.publicKey),
            "createdAt": .string(RecordTime.timestamp(key.createdAt)),
        ]
    }
}
