import Fluent

/// `field IN (…)` over lists longer than a statement may bind (SQLite: 32,766 parameters;
/// PostgreSQL: 65,535): one query per slice, results concatenated in slice order. National
/// exports ask for every agreement's notes or session — hundreds of thousands of ids.
enum ChunkedIn {
    static let size = 10_000

    static func all<M: Model, ID: Sendable>(_ ids: [ID], _ query: (ArraySlice<ID>) -> QueryBuilder<M>) async throws -> [M] {
        var found: [M] = []
        var start = 0
        while start < ids.count {
            let end = min(start + size, ids.count)
            found += try await query(ids[start..<end]).all()
            start = end
        }
        return found
    }
}
