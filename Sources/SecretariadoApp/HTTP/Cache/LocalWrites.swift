import NIOConcurrencyHelpers

/// Counts the writes this process has committed. The page cache trusts the database's data
/// version for a moment without asking again (`PublicCache.recheckInterval`), but never
/// across a write of its own: a change made through this instance shows on its next page.
/// Raised after the data-version bump and again after the enclosing transaction commits,
/// because a page read between the two still sees the old, committed version.
enum LocalWrites {
    private static let counter = NIOLockedValueBox<UInt64>(0)

    static var count: UInt64 { counter.withLockedValue { $0 } }

    static func committed() {
        counter.withLockedValue { $0 &+= 1 }
    }
}
