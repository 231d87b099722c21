import Foundation

/// What a verified archive proves once the reader brings something they trust from
/// elsewhere: a head hash, a key set, or an older signed checkpoint.
///
/// A chain that checks out by itself only proves it is self-consistent: whoever publishes it
/// can drop its last entries and recompute the head, or rebuild every entry with keys they
/// made up. Completeness needs a trusted head (or a checkpoint whose head the chain must
/// contain: the append-only proof); authorship needs a trusted key set. This says, in the
/// reader's words, what was proven, what was not, and the first thing that failed.
public enum ArchiveTrust {
    /// One signature of the chain: which key it claims and who signed.
    public struct KeyUse: Sendable, Equatable {
        public let entry: Int
        public let keyID: String
        public let publicKey: String
        public let signer: String

        public init(entry: Int, keyID: String, publicKey: String, signer: String) {
            self.entry = entry
            self.keyID = keyID
            self.publicKey = publicKey
            self.signer = signer
        }
    }

    /// A signed statement "the archive had `entries` entries ending in `head` at `signedAt`",
    /// whose signature the caller has already checked.
    public struct Checkpoint: Sendable, Equatable {
        public let entries: Int
        public let head: String
        public let signedAt: String

        public init(entries: Int, head: String, signedAt: String) {
            self.entries = entries
            self.head = head
            self.signedAt = signedAt
        }
    }

    public struct Conclusion: Sendable, Equatable {
        /// The first thing the trusted data contradicts; nil when nothing does.
        public var failure: String?
        public var proven: [String] = []
        public var unproven: [String] = []

        public var isValid: Bool { failure == nil }
    }

    /// - Parameters:
    ///   - chain: the entry hashes, in order, of a chain already checked link by link.
    ///   - genesis: the hash before the first entry.
    ///   - trustedHead: a head hash the reader obtained elsewhere.
    ///   - trustedKeys: key id → public key (base64) the reader obtained elsewhere.
    public static func evaluate(
        chain: [String], genesis: String, trustedHead: String? = nil, trustedKeys: [String: String]? = nil,
        keyUses: [KeyUse] = [], checkpoint: Checkpoint? = nil
    ) -> Conclusion {
        var conclusion = Conclusion()
        let head = chain.last ?? genesis
        let count = chain.count

        if let trustedHead {
            let wanted = trustedHead.lowercased()
            if wanted == head {
                conclusion.proven.append(
                    "El archivo está completo hasta el hash de confianza \(short(wanted)): ninguna de sus \(count) entradas se quitó ni cambió.")
            } else if let position = chain.firstIndex(of: wanted) {
                conclusion.proven.append(
                    "Las primeras \(position + 1) entradas terminan en el hash de confianza \(short(wanted)); las entradas \(position + 2) a \(count) son posteriores a él."
                )
            } else if wanted == genesis {
                conclusion.proven.append("El hash de confianza es el inicial: el archivo lo extiende con \(count) entradas.")
            } else {
                conclusion.failure =
                    "El hash de confianza \(short(wanted)) no es el final del archivo (\(short(head)), \(count) entradas) ni el de ninguna de sus entradas: el archivo fue truncado o rehecho."
                return conclusion
            }
        }

        if let checkpoint {
            if checkpoint.entries < 0 || checkpoint.entries > count {
                conclusion.failure =
                    "El punto de control del \(checkpoint.signedAt) cubre \(checkpoint.entries) entradas y el archivo sólo tiene \(count): el archivo fue truncado."
                return conclusion
            }
            let atCheckpoint = checkpoint.entries == 0 ? genesis : chain[checkpoint.entries - 1]
            guard atCheckpoint == checkpoint.head.lowercased() else {
                conclusion.failure =
                    "El hash \(short(checkpoint.head)) del punto de control del \(checkpoint.signedAt) no es el de la entrada \(checkpoint.entries) del archivo (\(short(atCheckpoint))): el archivo no extiende ese punto de control, fue reescrito."
                return conclusion
            }
            conclusion.proven.append(
                "El archivo extiende el punto de control del \(checkpoint.signedAt): sus primeras \(checkpoint.entries) entradas son las mismas"
                    + (count > checkpoint.entries
                        ? " y las entradas \(checkpoint.entries + 1) a \(count) se agregaron después." : " y no tiene entradas posteriores."))
        }

        if trustedHead == nil && checkpoint == nil {
            conclusion.unproven.append(
                "Que el archivo esté completo: quien lo publica pudo quitar las últimas entradas y recalcular «head». Para probarlo, use --head HASH o --checkpoint con un punto de control que guardó antes."
            )
        } else if trustedHead == nil, let checkpoint, checkpoint.entries < count {
            conclusion.unproven.append(
                "Que las entradas posteriores al punto de control estén completas: para eso hace falta un punto de control más reciente o --head.")
        }

        if let trustedKeys {
            for use in keyUses {
                guard let trusted = trustedKeys[use.keyID] else {
                    conclusion.failure =
                        "Entrada \(use.entry): la clave \(use.keyID) de \(use.signer) no está en el conjunto de claves de confianza: la firma no es de una clave conocida."
                    return conclusion
                }
                guard trusted == use.publicKey else {
                    conclusion.failure =
                        "Entrada \(use.entry): la clave pública de \(use.signer) no es la publicada como \(use.keyID) en el conjunto de claves de confianza."
                    return conclusion
                }
            }
            conclusion.proven.append("Las \(keyUses.count) firmas usan claves del conjunto de confianza.")
        } else if !keyUses.isEmpty {
            conclusion.unproven.append(
                "Quién firmó: las claves vienen del propio archivo, y quien rehaga la cadena puede fabricarlas. Para probarlo, use --keys con las claves publicadas del STL."
            )
        }
        return conclusion
    }

    static func short(_ hash: String) -> String {
        hash.count > 16 ? String(hash.prefix(16)) + "…" : hash
    }
}
