import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SecretariadoCore
import Vapor

/// Errors that say the storage itself failed — disk full, read-only file or folder, I/O
/// error — rather than anything about the request. They answer 503 (nothing was saved,
/// try later) and are logged with the database's location, so whoever runs the server
/// knows which disk to look at.
enum StorageFailure {
    static func matches(_ error: any Error) -> Bool {
        if let sqlite = error as? SQLiteError {
            switch sqlite.reason {
            case .full, .ioError, .readOnly, .cantOpen, .cantOpenDirectory,
                .readonlyDirectory, .readonlyCantLock, .readonlyInRollback, .readonlyInRecovery, .readonlyBackingMoved,
                .ioErrorFailedWrite, .ioErrorFailedSync, .ioErrorFailedDirSync, .ioErrorFailedTruncate,
                .ioErrorFailedRead, .ioErrorIncompleteRead, .ioErrorFailedSharedMemOpen, .ioErrorFailedSharedMemSize:
                return true
            default:
                return false
            }
        }
        if let postgres = error as? PSQLError, let state = postgres.serverInfo?[.sqlState] {
            // Class 53: insufficient resources (53100 disk full); class 58: system error (I/O).
            return state.hasPrefix("53") || state.hasPrefix("58")
        }
        if let posix = error as? POSIXError {
            return [.ENOSPC, .EIO, .EROFS, .EDQUOT].contains(posix.code)
        }
        return false
    }

    /// Where the data lives, for the log (never shown to clients).
    static var location: String {
        DatabaseSetup.usesPostgres ? "PostgreSQL (DATABASE_URL)" : "SQLite \(DatabaseSetup.sqlitePath)"
    }

    static let message = Localized(
        es:
            "El almacenamiento del servidor no admite escritura en este momento (disco lleno o de sólo lectura); no se guardó nada. Inténtalo más tarde.",
        en: "The server's storage cannot be written right now (disk full or read-only); nothing was saved. Please try again later.")
}
