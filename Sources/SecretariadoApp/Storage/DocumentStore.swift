import Fluent
import Foundation
import SecretariadoCore
import Vapor

#if canImport(Glibc)
    import Glibc
#endif

/// Where the bytes of documents live, once per SHA-256. `db` is the caller's transaction,
/// so a store in the database commits the file with its metadata.
protocol DocumentStore: Sendable {
    func put(_ bytes: [UInt8], sha256: String, on db: any Database) async throws
    func get(sha256: String, on db: any Database) async throws -> [UInt8]?
    /// For people: "carpeta /srv/archivos" or "base de datos".
    var describe: String { get }
}

/// Files in a directory, under `aa/bb/<sha256>`: written to a temporary file, flushed to
/// disk, then renamed, so a file under its digest is always whole.
struct DirectoryDocumentStore: DocumentStore {
    let root: URL

    var describe: String { "carpeta \(root.path)" }

    func url(for sha256: String) -> URL {
        Self.relativePath(sha256).reduce(root) { $0.appendingPathComponent($1) }
    }

    /// The layout, also read by `verify --documents` on a copy of the directory.
    static func relativePath(_ sha256: String) -> [String] {
        [String(sha256.prefix(2)), String(sha256.dropFirst(2).prefix(2)), sha256]
    }

    func put(_ bytes: [UInt8], sha256: String, on db: any Database) async throws {
        let target = url(for: sha256)
        if FileManager.default.fileExists(atPath: target.path) { return }
        try await NIOThreadPool.singleton.runIfActive {
            let folder = target.deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let temporary = folder.appendingPathComponent(".\(sha256).\(UUID().uuidString).tmp")
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                throw DocumentStoreFailure(path: temporary.path)
            }
            let handle = try FileHandle(forWritingTo: temporary)
            do {
                try handle.write(contentsOf: bytes)
                try handle.synchronize()
                try handle.close()
            } catch {
                try? handle.close()
                try? FileManager.default.removeItem(at: temporary)
                throw error
            }
            if rename(temporary.path, target.path) != 0 {
                try? FileManager.default.removeItem(at: temporary)
                throw DocumentStoreFailure(path: target.path)
            }
        }
    }

    func get(sha256: String, on db: any Database) async throws -> [UInt8]? {
        let target = url(for: sha256)
        return try await NIOThreadPool.singleton.runIfActive {
            FileManager.default.contents(atPath: target.path).map { Array($0) }
        }
    }
}

struct DocumentStoreFailure: Error, CustomStringConvertible {
    let path: String
    var description: String { "No se pudo escribir el archivo \(path)." }
}

/// Files in the database, in 1 MB rows of `document_chunks`: every instance that shares
/// the PostgreSQL database sees every file, with nothing else to set up or back up.
struct DatabaseDocumentStore: DocumentStore {
    static let chunkSize = 1024 * 1024

    var describe: String { "base de datos (tabla document_chunks)" }

    func put(_ bytes: [UInt8], sha256: String, on db: any Database) async throws {
        if try await DocumentChunk.query(on: db).filter(\.$sha256 == sha256).filter(\.$seq == 0).first() != nil { return }
        var seq = 0
        var start = 0
        repeat {
            let end = min(start + Self.chunkSize, bytes.count)
            try await DocumentChunk(sha256: sha256, seq: seq, data: Data(bytes[start..<end])).create(on: db)
            seq += 1
            start = end
        } while start < bytes.count
    }

    func get(sha256: String, on db: any Database) async throws -> [UInt8]? {
        let chunks = try await DocumentChunk.query(on: db).filter(\.$sha256 == sha256).sort(\.$seq).all()
        guard !chunks.isEmpty else { return nil }
        var bytes: [UInt8] = []
        for chunk in chunks { bytes.append(contentsOf: chunk.data) }
        return bytes
    }
}

/// Which store the app uses: `SECRETARIADO_FILES` when set; otherwise the database on
/// PostgreSQL, and `./archivos` beside the SQLite file (a fresh temporary folder in tests).
enum DocumentStorage {
    static func make(for app: Application) -> any DocumentStore {
        if let folder = Environment.get("SECRETARIADO_FILES"), !folder.isEmpty {
            return DirectoryDocumentStore(root: URL(fileURLWithPath: folder))
        }
        if DatabaseSetup.usesPostgres { return DatabaseDocumentStore() }
        if app.environment == .testing {
            return DirectoryDocumentStore(
                root: FileManager.default.temporaryDirectory
                    .appendingPathComponent("secretariado-archivos-\(UUID().uuidString)"))
        }
        return DirectoryDocumentStore(root: defaultFolder)
    }

    /// `archivos` beside the SQLite file.
    static var defaultFolder: URL {
        URL(fileURLWithPath: DatabaseSetup.sqlitePath).deletingLastPathComponent().appendingPathComponent("archivos")
    }

    static var limits: DocumentLimits { DocumentLimits.from(environment: Environment.get("SECRETARIADO_MAX_FILE_MB")) }
}

extension Application {
    private struct DocumentStoreKey: StorageKey { typealias Value = any DocumentStore }

    /// Tests may set their own; otherwise chosen once by `DocumentStorage.make`.
    var documentStore: any DocumentStore {
        get {
            if let store = storage[DocumentStoreKey.self] { return store }
            let store = DocumentStorage.make(for: self)
            storage[DocumentStoreKey.self] = store
            return store
        }
        set { storage[DocumentStoreKey.self] = newValue }
    }
}
