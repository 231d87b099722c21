import Crypto
import Fluent
import Foundation
import SQLKit
import SQLiteNIO

/// The files half of `secretariado backup` / `restore` on SQLite: the files the snapshot
/// names are copied to the folder `<backup>.archivos` beside it. Files are stored by their
/// digest and never changed or deleted, so copying after the snapshot gives a consistent
/// bundle: every file the snapshot names is there, whole.
enum DocumentBackup {
    static func folder(for backup: String) -> URL { URL(fileURLWithPath: backup + ".archivos") }

    /// Copies every file the backup database names from `store` into its folder.
    static func copyFiles(named backup: String, from store: any DocumentStore, on db: any Database) async throws -> Int {
        let digests = try await digests(in: backup)
        let target = DirectoryDocumentStore(root: folder(for: backup))
        try FileManager.default.createDirectory(at: target.root, withIntermediateDirectories: true)
        for sha256 in digests {
            guard let bytes = try await store.get(sha256: sha256, on: db) else {
                throw CommandFailure("Falta el archivo \(sha256) en \(store.describe): el respaldo quedaría incompleto.")
            }
            try await target.put(bytes, sha256: sha256, on: db)
        }
        return digests.count
    }

    /// Before the database is replaced: every file the backup names is in its folder and
    /// matches its digest; then they are copied into `store` (those already there are kept).
    static func restoreFiles(from backup: String, into store: any DocumentStore, on db: any Database) async throws -> Int {
        let digests = try await digests(in: backup)
        guard !digests.isEmpty else { return 0 }
        let source = DirectoryDocumentStore(root: folder(for: backup))
        var files: [(String, [UInt8])] = []
        for sha256 in digests {
            guard let bytes = try await source.get(sha256: sha256, on: db) else {
                throw CommandFailure("El respaldo nombra el archivo \(sha256) y no está en \(source.root.path): no se restauró nada.")
            }
            guard SHA256.hash(data: bytes).hexEncoded == sha256 else {
                throw CommandFailure("El archivo \(sha256) de \(source.root.path) está alterado: no se restauró nada.")
            }
            files.append((sha256, bytes))
        }
        for (sha256, bytes) in files { try await store.put(bytes, sha256: sha256, on: db) }
        return files.count
    }

    /// The digests the backup database's `documents` table names (none before documents existed).
    static func digests(in path: String) async throws -> [String] {
        let connection = try await SQLiteConnection.open(storage: .file(path: path))
        defer { _ = connection.close() }
        let table = try await connection.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'documents'").get()
        guard !table.isEmpty else { return [] }
        let rows = try await connection.query("SELECT DISTINCT sha256 FROM documents").get()
        return rows.compactMap { $0.column("sha256")?.string }
    }
}
