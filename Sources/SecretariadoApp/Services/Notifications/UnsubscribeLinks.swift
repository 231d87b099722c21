import Crypto
import Fluent
import Foundation
import SQLKit
import SecretariadoCore
import Vapor

/// One-click unsubscribe links (RFC 8058): `/avisos/baja/<user>/<kind>/<signature>`, the
/// signature an HMAC-SHA256 over the account and the kind with a platform key kept with
/// the others (`platform_keys`, purpose `mail-unsubscribe`). Anyone holding the link may
/// turn that one kind of e-mail off for that one account — exactly what the recipient of the
/// message can do — and nothing else.
enum UnsubscribeLinks {
    static let purpose = "mail-unsubscribe"

    /// The key, made on first use inside the caller's transaction. `ON CONFLICT DO NOTHING`
    /// lets two first transactions race: one inserts, the other reads what it inserted.
    static func key(on db: any Database) async throws -> SymmetricKey {
        if let stored = try await PlatformKey.query(on: db).filter(\.$purpose == purpose).first() {
            return try decode(stored)
        }
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError) }
        let secret = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0).base64EncodedString() }
        try await sql.raw(
            """
            INSERT INTO \(ident: PlatformKey.schema) (id, purpose, public_key, private_key, created_at) \
            VALUES (\(bind: UUID()), \(bind: purpose), \(bind: ""), \(bind: secret), \(bind: Date())) \
            ON CONFLICT (purpose) DO NOTHING
            """
        ).run()
        guard let stored = try await PlatformKey.query(on: db).filter(\.$purpose == purpose).first() else {
            throw Abort(.internalServerError, reason: "No se pudo crear la clave de bajas de correo.")
        }
        return try decode(stored)
    }

    /// The key if one was ever made; a link checked before any mail went out is simply invalid.
    static func existingKey(on db: any Database) async throws -> SymmetricKey? {
        try await PlatformKey.query(on: db).filter(\.$purpose == purpose).first().map(decode)
    }

    private static func decode(_ stored: PlatformKey) throws -> SymmetricKey {
        guard let raw = Data(base64Encoded: stored.privateKey) else {
            throw Abort(.internalServerError, reason: "La clave de bajas de correo guardada no es base64 válido.")
        }
        return SymmetricKey(data: raw)
    }

    static func signature(user: UUID, kind: NotificationKind, key: SymmetricKey) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(user.uuidString.lowercased())/\(kind.rawValue)".utf8), using: key)
        return Data(mac).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func isValid(user: UUID, kind: NotificationKind, signature: String, key: SymmetricKey) -> Bool {
        let expected = Self.signature(user: user, kind: kind, key: key)
        // Constant time, so the signature cannot be guessed byte by byte.
        guard expected.utf8.count == signature.utf8.count else { return false }
        return zip(expected.utf8, signature.utf8).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    static func path(user: UUID, kind: NotificationKind, key: SymmetricKey) -> String {
        SiteURL.unsubscribe(.value(user), .value(kind.rawValue), .value(signature(user: user, kind: kind, key: key))).path
    }

    /// `List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 2369, RFC 8058).
    static func headers(user: UUID, kind: NotificationKind, key: SymmetricKey) -> [MailMessage.Header] {
        [
            .init(name: "List-Unsubscribe", value: "<\(MailSite.absolute(path(user: user, kind: kind, key: key)))>"),
            .init(name: "List-Unsubscribe-Post", value: "List-Unsubscribe=One-Click"),
        ]
    }
}
