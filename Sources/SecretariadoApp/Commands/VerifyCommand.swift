import Foundation
import Vapor

/// `secretariado verify FILE_OR_URL [--head HASH] [--keys FILE_OR_URL] [--checkpoint FILE_OR_URL]`:
/// checks a published archive offline — the chain, every minutes digest, every signature —
/// names the first entry that fails, and says what the trusted head, key set or checkpoint
/// given prove (completeness, authorship, append-only extension) and what stays unproven.
/// Exit status: 0 valid, 1 altered or contradicted, 2 unreadable input.
struct VerifyCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "source", help: "Archivo JSON descargado de /api/v1/secretariats/{slug}/archive, o su URL")
        var source: String

        @Option(name: "head", help: "Hash final de confianza (obtenido por otra vía): prueba que el archivo no se truncó")
        var head: String?

        @Option(name: "keys", help: "Claves de confianza (archivo o URL de /api/v1/secretariats/{slug}/keys): prueba quién firmó")
        var keys: String?

        @Option(name: "checkpoint", help: "Punto de control firmado que guardó antes (archivo o URL): prueba que el archivo lo extiende")
        var checkpoint: String?

        @Option(name: "documents", help: "Carpeta con copia de los archivos, o URL base del sitio: verifica cada documento contra su SHA-256")
        var documents: String?
    }

    var help: String {
        "Verifica sin conexión un archivo de minutas firmadas: secretariado verify ARCHIVO_O_URL [--head HASH] [--keys ARCHIVO_O_URL] [--checkpoint ARCHIVO_O_URL] [--documents CARPETA_O_URL_BASE]"
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let archive = try await load(signature.source, app: app)
        var keys: Data?
        if let source = signature.keys { keys = try await load(source, app: app) }
        var checkpoint: Data?
        if let source = signature.checkpoint { checkpoint = try await load(source, app: app) }
        let outcome = ArchiveVerification.run(archive: archive, trustedHead: signature.head, keys: keys, checkpoint: checkpoint)
        guard outcome.exitCode == 0 else { throw CommandFailure(outcome.text, exitCode: outcome.exitCode) }
        context.console.print(outcome.text)
        if let documents = signature.documents {
            let files = (try? ArchiveVerifier.verify(archive).files) ?? []
            let checked = await ArchiveDocumentCheck.run(files, source: .init(documents)) { location in
                if location.hasPrefix("http://") || location.hasPrefix("https://") {
                    guard let response = try? await app.client.get(URI(string: location)), response.status == .ok else { return nil }
                    return response.body.map { Data(buffer: $0) } ?? Data()
                }
                return FileManager.default.contents(atPath: location)
            }
            guard checked.exitCode == 0 else { throw CommandFailure(checked.text, exitCode: checked.exitCode) }
            context.console.print(checked.text)
        }
    }

    private func load(_ source: String, app: Application) async throws -> Data {
        if source.hasPrefix("http://") || source.hasPrefix("https://") {
            let response: ClientResponse
            do {
                response = try await app.client.get(URI(string: source))
            } catch {
                throw CommandFailure("No se pudo descargar \(source): \(error)", exitCode: 2)
            }
            guard response.status == .ok, let body = response.body else {
                throw CommandFailure("No se pudo descargar \(source): respuesta \(response.status.code).", exitCode: 2)
            }
            return Data(buffer: body)
        }
        guard let data = FileManager.default.contents(atPath: source) else {
            throw CommandFailure("No se pudo leer el archivo \(source).", exitCode: 2)
        }
        return data
    }
}
