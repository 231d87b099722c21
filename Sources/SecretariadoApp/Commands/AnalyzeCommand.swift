import Foundation
import SecretariadoCore
import Vapor

/// `secretariado analyze FILE`: the voting-power analysis (seat shares, Banzhaf, Shapley–Shubik), JSON in, JSON
/// out on standard output (`/dev/stdin` reads a pipe). Bad input: a message naming the forum
/// and field on standard error, exit status 2.
struct AnalyzeCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "JSON file with {\"forums\": [...]}")
        var file: String
    }

    var help: String { "Analiza reglas de decisión y poder de voto: secretariado analyze FORUMS.json" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let data = try Self.read(signature.file)
        switch AnalysisService.analyze(jsonData: data) {
        case .success(let output):
            FileHandle.standardOutput.write(output)
            FileHandle.standardOutput.write(Data("\n".utf8))
        case .failure(let error):
            throw CommandFailure(error.message(in: .es))
        }
    }

    static func read(_ path: String) throws -> Data {
        guard FileManager.default.isReadableFile(atPath: path),
            let data = FileManager.default.contents(atPath: path)
        else {
            throw CommandFailure("No se puede leer el archivo «\(path)».")
        }
        return data
    }
}
