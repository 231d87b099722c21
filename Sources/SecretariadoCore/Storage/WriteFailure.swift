import Foundation

/// What a failed write transaction's error means for running it again, independent of
/// the driver. PostgreSQL errors are read by their SQLSTATE code (never by their text);
/// SQLite's result codes are mapped to the same cases by the app.
public enum WriteFailure: Sendable, Equatable {
    /// PostgreSQL `40001` serialization_failure: another transaction changed what this one
    /// read. Running it again reads the new state.
    case serialization
    /// PostgreSQL `40P01` deadlock_detected: the database chose this transaction as the one
    /// to abort. Running it again usually finds the other one committed.
    case deadlock
    /// SQLite busy or locked: another connection held the write lock.
    case busy
    /// PostgreSQL `23505` unique_violation, SQLite UNIQUE or PRIMARY KEY: a concurrent
    /// insert took the key first (a next number, a first row, a second ballot).
    case uniqueViolation
    /// Any other integrity constraint (class `23`: not null, foreign key, check, exclusion):
    /// the write itself is wrong, and would be wrong again.
    case otherConstraint
    /// Anything else: a rule's refusal, a driver or connection error.
    case other

    /// The case for a PostgreSQL SQLSTATE code.
    public init(sqlState: String) {
        switch sqlState {
        case "40001": self = .serialization
        case "40P01": self = .deadlock
        case "23505": self = .uniqueViolation
        case _ where sqlState.hasPrefix("23"): self = .otherConstraint
        default: self = .other
        }
    }
}
