import Foundation

/// `verify --documents`: every file an archive covers, fetched from a copy of the files
/// folder or from the site, must hash to the SHA-256 its entry records. Stops at the
/// first file that differs or is missing and names it.
enum ArchiveDocumentCheck {
    /// Where to look for a file: a base URL (the file's `path` is appended) or a folder
    /// (the store's `aa/bb/<sha256>` layout, a flat `<sha256>`, or the file's name).
    enum Source: Sendable {
        case baseURL(String)
        case folder(URL)

        init(_ text: String) {
            if text.hasPrefix("http://") || text.hasPrefix("https://") {
                self = .baseURL(text.hasSuffix("/") ? String(text.dropLast()) : text)
            } else {
                self = .folder(URL(fileURLWithPath: text))
            }
        }

        func candidates(_ file: ArchiveVerifier.FileReference) -> [String] {
            switch self {
            case .baseURL(let base): [base + file.path]
            case .folder(let root):
                [
                    DirectoryDocumentStore.relativePath(file.sha256).reduce(root) { $0.appendingPathComponent($1) }.path,
                    root.appendingPathComponent(file.sha256).path,
                    root.appendingPathComponent(file.name).path,
                ]
            }
        }
    }

    /// `fetch` returns a location's bytes, or nil when there is nothing there.
    static func run(
        _ files: [ArchiveVerifier.FileReference], source: Source, fetch: (String) async -> Data?
    ) async -> ArchiveVerification.Outcome {
        for file in files {
            var found: Data?
            for location in source.candidates(file) {
                if let data = await fetch(location) {
                    found = data
                    break
                }
            }
            let label = "Entrada \(file.entry) (documento «\(file.name)»)"
            guard let data = found else {
                return .init(
                    exitCode: 1, text: "DOCUMENTO FALTANTE. \(label): no se encontró en \(source.candidates(file).joined(separator: " ni en ")).")
            }
            let digest = ArchiveChain.sha256Hex(data)
            guard digest == file.sha256, Int64(data.count) == file.size else {
                return .init(
                    exitCode: 1,
                    text:
                        "DOCUMENTO ALTERADO. \(label): su SHA-256 es \(digest) (\(data.count) bytes) y el archivo registra \(file.sha256) (\(file.size) bytes)."
                )
            }
        }
        return .init(exitCode: 0, text: "Documentos verificados: \(files.count), cada uno coincide con su SHA-256 registrado en el archivo.")
    }
}
