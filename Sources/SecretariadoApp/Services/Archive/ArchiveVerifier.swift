import Crypto
import Foundation
import SecretariadoCore

/// Checks a published archive offline, with nothing but its JSON: the chain of hashes,
/// every minutes digest and every signature. Stops at the first entry that fails and says
/// precisely what failed, e.g. "Entrada 3 (minuta de la sesión 2026-03-12): el resumen
/// SHA-256 no coincide con el documento".
///
/// Pure: no database, no network; `secretariado verify` and the tests call it.
enum ArchiveVerifier {
    struct Report: Sendable {
        var entries = 0
        var minutes = 0
        var signatures = 0
        var head = ArchiveChain.genesisHash
        /// Every entry's hash, in order, as far as the chain checked out.
        var chain: [String] = []
        /// Which key each signature claims, for a check against a trusted key set.
        var keyUses: [ArchiveTrust.KeyUse] = []
        /// The files the archive covers, for `verify --documents`.
        var files: [FileReference] = []
        var failure: Failure?

        var isValid: Bool { failure == nil }
    }

    /// A file named by a `documento` entry: what its bytes must hash to, and where it is.
    struct FileReference: Sendable, Equatable {
        let entry: Int
        let name: String
        let sha256: String
        let size: Int64
        let path: String
    }

    struct Failure: Error, Sendable, CustomStringConvertible, Equatable {
        /// The entry's index (1-based), or nil for the archive as a whole.
        let index: Int?
        /// What the entry is: "minuta de la sesión 2026-03-12".
        let label: String?
        let problem: String

        var description: String {
            guard let index else { return problem.prefix(1).uppercased() + problem.dropFirst() }
            return "Entrada \(index)" + (label.map { " (\($0))" } ?? "") + ": " + problem
        }
    }

    /// The input is not an archive at all (exit status 2, not 1).
    struct Unreadable: Error, CustomStringConvertible, Sendable {
        let description: String
    }

    static func parse(_ data: Data) throws -> CanonicalValue {
        do {
            return try CanonicalJSON.value(parsing: data)
        } catch CanonicalJSONError.malformed(let offset, let reason) {
            throw Unreadable(description: "El archivo no es JSON válido (byte \(offset): \(reason)).")
        } catch {
            throw Unreadable(description: "El archivo no es JSON aceptable (\(error)).")
        }
    }

    static func verify(_ data: Data) throws -> Report {
        try verify(parse(data))
    }

    static func verify(_ archive: CanonicalValue) throws -> Report {
        guard case .object(let root) = archive, root["format"]?.text == ArchiveChain.formatName else {
            throw Unreadable(description: "No es un archivo de Secretariado (se esperaba \"format\": \"\(ArchiveChain.formatName)\").")
        }
        guard case .array(let entries)? = root["entries"], case .array(let keyList)? = root["keys"] else {
            throw Unreadable(description: "Al archivo le faltan las listas \"entries\" o \"keys\".")
        }
        var keys: [String: PublishedKey] = [:]
        for case .object(let key) in keyList {
            guard let id = key["id"]?.text, let publicKey = key["publicKey"]?.text else { continue }
            keys[id] = PublishedKey(
                publicKey: publicKey, createdAt: key["createdAt"]?.text.flatMap(RecordTime.parse),
                retiredAt: key["retiredAt"]?.text.flatMap(RecordTime.parse))
        }
        var report = Report()
        var previous = ArchiveChain.genesisHash
        var minutesDates: [String: String] = [:]
        for (offset, value) in entries.enumerated() {
            let expected = offset + 1
            do {
                let entry = try Entry(value, position: expected)
                if entry.kind == ArchiveChain.Kind.minuta.rawValue { report.minutes += 1 }
                report.signatures += entry.signatures.count
                try check(entry, expected: expected, previous: previous, keys: keys, minutesDates: &minutesDates)
                previous = entry.entryHash
                report.chain.append(entry.entryHash)
                if entry.kind == ArchiveChain.Kind.documento.rawValue, case .object(let file)? = entry.file,
                    let sha = file["sha256"]?.text, case .int(let size)? = file["size"], let path = file["path"]?.text
                {
                    report.files.append(FileReference(entry: expected, name: file["name"]?.text ?? sha, sha256: sha, size: size, path: path))
                }
                for case .object(let signature) in entry.signatures {
                    report.keyUses.append(
                        ArchiveTrust.KeyUse(
                            entry: expected, keyID: signature["keyId"]?.text ?? "", publicKey: signature["publicKey"]?.text ?? "",
                            signer: signature["signer"]?.text ?? ""))
                }
                report.entries += 1
            } catch let failure as Failure {
                report.failure = failure
                return report
            }
        }
        report.head = previous
        // Without a head, entries dropped from the end would leave nothing to compare.
        guard let head = root["head"]?.text else {
            report.failure = Failure(index: nil, label: nil, problem: "falta el hash final («head») del archivo")
            return report
        }
        if head != previous {
            report.failure = Failure(index: nil, label: nil, problem: "el hash final publicado («head») no coincide con el de la última entrada")
        }
        return report
    }

    private struct PublishedKey {
        let publicKey: String
        let createdAt: Date?
        let retiredAt: Date?
    }

    /// An entry's fields, read strictly: a missing or mistyped field is a failure of that entry.
    private struct Entry {
        let index: Int
        let kind: String
        let sessionID: String
        let sessionDate: String
        let previousHash: String
        let entryHash: String
        let recordedAt: String
        let minutesDigest: String
        let signatures: [CanonicalValue]
        let document: CanonicalValue?
        let file: CanonicalValue?
        let label: String

        init(_ value: CanonicalValue, position: Int) throws {
            guard case .object(let o) = value else {
                throw Failure(index: position, label: nil, problem: "no es un objeto JSON")
            }
            func text(_ key: String) throws -> String {
                guard let value = o[key]?.text else {
                    throw Failure(index: position, label: nil, problem: "falta el campo «\(key)» o no es texto")
                }
                return value
            }
            guard case .int(let index)? = o["index"] else {
                throw Failure(index: position, label: nil, problem: "falta el campo «index» o no es un entero")
            }
            self.index = Int(index)
            kind = try text("kind")
            sessionID = try text("sessionId")
            sessionDate = try text("sessionDate")
            previousHash = try text("previousHash")
            entryHash = try text("entryHash")
            recordedAt = try text("recordedAt")
            minutesDigest = try text("minutesDigest")
            guard case .array(let signatures)? = o["signatures"] else {
                throw Failure(index: position, label: nil, problem: "falta la lista «signatures»")
            }
            self.signatures = signatures
            document = o["document"]
            file = o["file"]
            let signer: String? = {
                guard case .object(let first)? = signatures.first else { return nil }
                return first["signer"]?.text
            }()
            let refused: Bool = {
                guard case .object(let first)? = signatures.first else { return false }
                return first["decision"]?.text == SignatureDecision.rechazo.rawValue
            }()
            switch kind {
            case ArchiveChain.Kind.minuta.rawValue:
                label = "minuta de la sesión \(sessionDate)"
            case ArchiveChain.Kind.firma.rawValue:
                let who = signer.map { " de \($0)" } ?? ""
                label = (refused ? "negativa a firmar" : "firma") + who + " de la minuta de la sesión \(sessionDate)"
            case ArchiveChain.Kind.documento.rawValue:
                let name: String? = {
                    guard case .object(let f)? = o["file"] else { return nil }
                    return f["name"]?.text
                }()
                label = "documento" + (name.map { " «\($0)»" } ?? "") + " de la minuta de la sesión \(sessionDate)"
            default:
                label = "entrada de tipo «\(kind)»"
            }
        }
    }

    private static func check(_ entry: Entry, expected: Int, previous: String, keys: [String: PublishedKey], minutesDates: inout [String: String])
        throws
    {
        func fail(_ problem: String) -> Failure { Failure(index: expected, label: entry.label, problem: problem) }
        guard entry.index == expected else {
            throw fail("su índice es \(entry.index) y se esperaba \(expected): falta o sobra una entrada")
        }
        guard entry.previousHash == previous else {
            throw fail(
                expected == 1
                    ? "el hash anterior no es el hash inicial de la cadena"
                    : "el hash anterior no coincide con el de la entrada \(expected - 1): la cadena está rota")
        }
        switch entry.kind {
        case ArchiveChain.Kind.minuta.rawValue:
            let bytes: Data
            switch entry.document {
            case .object?:
                guard let canonical = try? CanonicalJSON.data(entry.document!) else {
                    throw fail("el documento de la minuta no se puede canonicalizar")
                }
                bytes = canonical
            case .string(let text)?:
                bytes = Data(text.utf8)
            default:
                throw fail("falta el documento de la minuta")
            }
            guard ArchiveChain.sha256Hex(bytes) == entry.minutesDigest else {
                throw fail("el resumen SHA-256 no coincide con el documento")
            }
            minutesDates[entry.minutesDigest] = entry.sessionDate
        case ArchiveChain.Kind.firma.rawValue:
            guard minutesDates[entry.minutesDigest] != nil else {
                throw fail("firma una minuta (resumen \(entry.minutesDigest.prefix(12))…) que no está en una entrada anterior del archivo")
            }
            guard !entry.signatures.isEmpty else { throw fail("no contiene ninguna firma") }
            for signature in entry.signatures {
                try checkSignature(signature, entry: entry, keys: keys, fail: fail)
            }
        case ArchiveChain.Kind.documento.rawValue:
            guard minutesDates[entry.minutesDigest] != nil else {
                throw fail(
                    "adjunta un documento a una minuta (resumen \(entry.minutesDigest.prefix(12))…) que no está en una entrada anterior del archivo")
            }
            guard case .object(let file)? = entry.file, let sha = file["sha256"]?.text, sha.count == 64,
                sha.allSatisfy(\.isHexDigit), case .int? = file["size"], file["path"]?.text != nil
            else { throw fail("falta la descripción del archivo (sha256, size, path) o está incompleta") }
        default:
            throw fail("tipo de entrada desconocido")
        }
        let recomputed = try? ArchiveChain.entryHash(
            ArchiveChain.entryHashInput(
                index: entry.index, previousHash: entry.previousHash, kind: entry.kind, sessionID: entry.sessionID,
                sessionDate: entry.sessionDate, minutesDigest: entry.minutesDigest, signatures: entry.signatures,
                recordedAt: entry.recordedAt, file: entry.kind == ArchiveChain.Kind.documento.rawValue ? entry.file : nil))
        guard recomputed == entry.entryHash else {
            throw fail("el hash de la entrada no coincide con su contenido")
        }
    }

    private static func checkSignature(_ value: CanonicalValue, entry: Entry, keys: [String: PublishedKey], fail: (String) -> Failure) throws {
        guard case .object(let object) = value,
            let keyID = object["keyId"]?.text, let publicKeyText = object["publicKey"]?.text,
            let signatureText = object["signature"]?.text, let signer = object["signer"]?.text,
            let signedAtText = object["signedAt"]?.text
        else { throw fail("una firma está incompleta (faltan keyId, publicKey, signature, signer o signedAt)") }
        guard let published = keys[keyID] else {
            throw fail("la clave \(keyID) de \(signer) no está publicada en el archivo")
        }
        guard published.publicKey == publicKeyText else {
            throw fail("la clave pública de \(signer) no coincide con la clave \(keyID) publicada")
        }
        guard let raw = Data(base64Encoded: publicKeyText),
            let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: raw),
            let signature = Data(base64Encoded: signatureText)
        else { throw fail("la clave pública o la firma de \(signer) no son base64 válido") }
        let payload = ArchiveChain.payload(fromSignature: object, minutesDigest: entry.minutesDigest, sessionID: entry.sessionID)
        guard let bytes = try? CanonicalJSON.data(payload), publicKey.isValidSignature(signature, for: bytes) else {
            throw fail("la firma Ed25519 de \(signer) no es válida para la clave \(keyID)")
        }
        guard let signedAt = RecordTime.parse(signedAtText) else { throw fail("la fecha de la firma de \(signer) no es válida") }
        if let created = published.createdAt, signedAt < created {
            throw fail("la firma de \(signer) es anterior a la creación de su clave")
        }
        if let retired = published.retiredAt, signedAt > retired {
            throw fail("la firma de \(signer) es posterior al retiro de su clave")
        }
    }
}

extension CanonicalValue {
    /// The string, when this is one.
    var text: String? {
        if case .string(let value) = self { return value }
        return nil
    }
}
