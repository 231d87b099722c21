import Foundation
import Vapor

/// `secretariado verify FILE_OR_URL`: checks a published archive offline — the chain, every
/// minutes digest, every signature — and names the first entry that fails.
/// Exit status: 0 valid, 1 altered, 2 unreadable input.
struct VerifyCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "source", help: "Archivo JSON descargado de /api/v1/secretariats/{slug}/archive, o su URL")
        var source: String
    }

    var help: String { "Verifica sin conexión un archivo de minutas firmadas: secretariado verify ARCHIVO_O_URL" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let data = try await load(signature.source, app: context.application)
        let report: ArchiveVerifier.Report
        do {
            report = try ArchiveVerifier.verify(data)
        } catch let unreadable as ArchiveVerifier.Unreadable {
            throw CommandFailure(unreadable.description, exitCode: 2)
        }
        if let failure = report.failure {
            throw CommandFailure("ARCHIVO ALTERADO. \(failure.description).", exitCode: 1)
        }
        context.console.print(
            "Archivo válido: \(report.entries) entradas (\(report.minutes) minutas, \(report.signatures) firmas); "
                + "cadena, resúmenes SHA-256 y firmas Ed25519 verificados. Hash final: \(report.head)")
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
