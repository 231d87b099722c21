import Foundation
import SecretariadoCore

/// The embedded default: each message as `<Message-ID>.eml` in a directory, readable by any
/// mail client, so a fresh install "sends" without a mail server and nothing is lost.
struct FileMailTransport: MailTransport {
    let directory: URL

    init(directory: String) {
        self.directory = URL(fileURLWithPath: directory, isDirectory: true)
    }

    func deliver(_ message: MailMessage) async throws -> String {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let file = directory.appendingPathComponent(Self.fileName(for: message.messageID))
            // Atomic, so a repeated delivery after a crash replaces the file, never half-writes it.
            try Data(message.rendered().utf8).write(to: file, options: .atomic)
            return "archivo \(file.path)"
        } catch {
            // A full disk or a missing permission may be fixed by someone: try again later.
            throw MailDeliveryError(permanent: false, reason: "No se pudo escribir el archivo: \(error.localizedDescription)")
        }
    }

    /// The Message-ID made safe as one file name.
    static func fileName(for messageID: String) -> String {
        let safe = messageID.unicodeScalars.map { scalar -> String in
            CharacterSet.alphanumerics.contains(scalar) || "@.-_".unicodeScalars.contains(scalar) && scalar.isASCII
                ? String(scalar) : "_"
        }.joined()
        return (safe.hasPrefix(".") ? "_" + safe.dropFirst() : safe) + ".eml"
    }
}
