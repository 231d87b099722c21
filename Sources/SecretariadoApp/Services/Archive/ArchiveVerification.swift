import Foundation
import SecretariadoCore

/// `secretariado verify` without the console: checks the archive, then weighs it against
/// what the reader trusts (a head, a key set, an older checkpoint) and says what that
/// proves and what it cannot. Exit status: 0 valid, 1 altered or contradicted, 2 unreadable.
enum ArchiveVerification {
    struct Outcome: Sendable, Equatable {
        let exitCode: Int32
        let text: String
    }

    static func run(archive: Data, trustedHead: String? = nil, keys: Data? = nil, checkpoint: Data? = nil) -> Outcome {
        do {
            let report = try ArchiveVerifier.verify(archive)
            if let failure = report.failure {
                return Outcome(exitCode: 1, text: "ARCHIVO ALTERADO. \(failure.description).")
            }
            let trustedKeys = try keys.map(trustedKeySet)
            var verifiedCheckpoint: ArchiveCheckpoints.Verified?
            if let checkpoint {
                do {
                    verifiedCheckpoint = try ArchiveCheckpoints.verify(checkpoint)
                } catch let failure as ArchiveVerifier.Failure {
                    return Outcome(exitCode: 1, text: "PUNTO DE CONTROL ALTERADO. \(failure.description).")
                }
            }
            if let trustedHead, !isHash(trustedHead) {
                return Outcome(exitCode: 2, text: "--head debe ser un hash SHA-256 en hexadecimal (64 caracteres).")
            }
            let conclusion = ArchiveTrust.evaluate(
                chain: report.chain, genesis: ArchiveChain.genesisHash, trustedHead: trustedHead, trustedKeys: trustedKeys,
                keyUses: report.keyUses, checkpoint: verifiedCheckpoint?.checkpoint)
            if let failure = conclusion.failure {
                return Outcome(exitCode: 1, text: "ARCHIVO NO CONFIABLE. \(failure)")
            }
            var lines = [
                "Archivo válido: \(report.entries) entradas (\(report.minutes) minutas, \(report.signatures) firmas); "
                    + "cadena, resúmenes SHA-256 y firmas Ed25519 verificados. Hash final: \(report.head)"
            ]
            var proven = conclusion.proven
            var unproven = conclusion.unproven
            if let verifiedCheckpoint {
                proven.insert("El punto de control está firmado con la clave Ed25519 \(verifiedCheckpoint.publicKey).", at: 0)
                unproven.append("Que esa clave sea la de la plataforma: compárela con la publicada en /api/v1/platform-key.")
            }
            if !proven.isEmpty {
                lines.append("Probado:")
                lines += proven.map { "  - " + $0 }
            }
            if !unproven.isEmpty {
                lines.append("No probado:")
                lines += unproven.map { "  - " + $0 }
            }
            return Outcome(exitCode: 0, text: lines.joined(separator: "\n"))
        } catch let unreadable as ArchiveVerifier.Unreadable {
            return Outcome(exitCode: 2, text: unreadable.description)
        } catch {
            return Outcome(exitCode: 2, text: "\(error)")
        }
    }

    /// Key id → public key, from `GET …/keys` (or any JSON with a "keys" list of {id, publicKey}).
    static func trustedKeySet(_ data: Data) throws -> [String: String] {
        guard case .object(let root) = try ArchiveVerifier.parse(data), case .array(let list)? = root["keys"] else {
            throw ArchiveVerifier.Unreadable(description: "El conjunto de claves no tiene la lista \"keys\" de /api/v1/secretariats/{slug}/keys.")
        }
        var keys: [String: String] = [:]
        for case .object(let key) in list {
            if let id = key["id"]?.text, let publicKey = key["publicKey"]?.text { keys[id] = publicKey }
        }
        return keys
    }

    private static func isHash(_ text: String) -> Bool {
        text.count == 64 && text.allSatisfy(\.isHexDigit)
    }
}
