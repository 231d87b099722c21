import Foundation

/// An optional value as an SQLKit bind: the value itself, or a NULL typed after the wrapped
/// type (PostgreSQL refuses a NULL sent as text for a uuid or timestamp column).
func bind<T: Encodable & Sendable>(_ value: T?) -> any Encodable & Sendable {
    if let value { return value }
    return value
}
