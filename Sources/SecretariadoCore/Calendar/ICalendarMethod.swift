import Foundation

/// The iTIP METHOD of a calendar (RFC 5546 §1.4): what the receiving client should do with it.
public enum ICalendarMethod: String, Hashable, Sendable, Codable {
    /// A feed to display; nobody is invited.
    case publish = "PUBLISH"
    /// An invitation, or an update of one (a higher SEQUENCE replaces the held copy).
    case request = "REQUEST"
    /// The event will not take place; clients remove it.
    case cancel = "CANCEL"
}
