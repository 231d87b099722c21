import FluentPostgresDriver
import FluentSQLiteDriver
import SecretariadoCore

extension WriteFailure {
    /// The driver's error as the retry policy sees it: PostgreSQL by SQLSTATE code, SQLite
    /// by its (extended) result code.
    init(_ error: any Error) {
        if let postgres = error as? PSQLError, let state = postgres.serverInfo?[.sqlState] {
            self.init(sqlState: state)
        } else if let sqlite = error as? SQLiteError {
            switch sqlite.reason {
            case .busy, .locked, .busyInSnapshot, .busyTimeout, .busyInRecovery, .lockedBySharedCache, .lockedVirtualTable:
                self = .busy
            case .constraintUniqueFailed, .constraintPrimaryKeyFailed, .constraintUniqueRowIDFailed:
                self = .uniqueViolation
            default:
                self = sqlite.isConstraintFailure ? .otherConstraint : .other
            }
        } else {
            self = .other
        }
    }
}
