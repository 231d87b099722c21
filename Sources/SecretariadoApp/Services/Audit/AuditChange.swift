import Foundation

/// What an audit entry keeps of a change: the record's state before and after, each as
/// JSON with sorted keys, or nothing when there is no such state (nothing before a
/// creation, nothing after a removal, no content at all for an event such as a receipt).
struct AuditChange: Sendable {
    let beforeJSON: String?
    let afterJSON: String?

    /// An event that keeps no state.
    static let none = AuditChange(beforeJSON: nil, afterJSON: nil)

    /// Only the state after: something created, or a change whose previous state is not kept.
    static func after<After: Encodable>(_ after: After?) throws -> AuditChange {
        AuditChange(beforeJSON: nil, afterJSON: try after.map(json))
    }

    /// Only the state before: something removed or revoked.
    static func before<Before: Encodable>(_ before: Before?) throws -> AuditChange {
        AuditChange(beforeJSON: try before.map(json), afterJSON: nil)
    }

    /// The state before and after.
    static func changed<Before: Encodable, After: Encodable>(from before: Before?, to after: After?) throws -> AuditChange {
        AuditChange(beforeJSON: try before.map(json), afterJSON: try after.map(json))
    }

    private static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
