import Foundation

/// The code of a sector of a forum, as used in URLs, JSON and the analysis contract.
///
/// The guide names three sectors, but forums elsewhere have others (Tabla 1: Peru's
/// chambers of commerce), so the code is an open string with the three as constants.
public struct SectorCode: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static let gobierno: SectorCode = "gobierno"
    public static let sociedadCivil: SectorCode = "sociedad_civil"
    public static let organismoGarante: SectorCode = "organismo_garante"

    /// The three sectors every STL must have (guide, requirement 1), in display order.
    public static let guideSectors: [SectorCode] = [.gobierno, .sociedadCivil, .organismoGarante]

    /// Guide sectors first, in their order; any other sector after them, alphabetically.
    public static func < (lhs: SectorCode, rhs: SectorCode) -> Bool {
        let l = guideSectors.firstIndex(of: lhs) ?? Int.max
        let r = guideSectors.firstIndex(of: rhs) ?? Int.max
        return l != r ? l < r : lhs.rawValue < rhs.rawValue
    }

    /// A code is lowercase ASCII letters, digits and underscores, 1–40 characters.
    public var isWellFormed: Bool {
        !rawValue.isEmpty && rawValue.count <= 40
            && rawValue.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
            }
    }
}
