import Foundation

/// A forum's decision scheme: a quorum, a consensus step and an optional
/// majority fallback with per-sector requirements.
///
/// Its JSON form is the `rule` object of the analysis contract: only
/// `kind` is required; every other field falls back to the documented default.
public struct DecisionRule: Hashable, Codable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Consensus only: without it the motion is not adopted (San Luis Potosí, Veracruz).
        case consensus
        /// Majority only, no consensus step.
        case majority
        /// Consensus first; on dissent, the majority fallback (most STLs of Tabla 2).
        case consensusThenMajority = "consensus_then_majority"
    }

    public enum Threshold: String, Codable, Sendable, CaseIterable {
        /// More than half of the base.
        case simple
        /// More than two thirds of the base.
        case twoThirds = "two_thirds"
    }

    /// What the majority threshold is measured against.
    public enum Base: String, Codable, Sendable, CaseIterable {
        /// The seats present at the session (default).
        case present
        /// Every seat of the forum, present or not.
        case all
    }

    public var kind: Kind
    public var threshold: Threshold
    public var base: Base
    /// Sectors that must each give at least one a-favor vote for a majority to adopt.
    public var requireSectors: [SectorCode]
    /// When true, every voting sector must give at least one a-favor vote.
    public var requireEverySector: Bool
    public var quorum: QuorumRule
    /// Consensus-only forums may send a motion without consensus to a mesa temática.
    public var referToMesaTematica: Bool

    public init(
        kind: Kind,
        threshold: Threshold = .simple,
        base: Base = .present,
        requireSectors: [SectorCode] = [],
        requireEverySector: Bool = false,
        quorum: QuorumRule = .init(),
        referToMesaTematica: Bool = false
    ) {
        self.kind = kind
        self.threshold = threshold
        self.base = base
        self.requireSectors = requireSectors
        self.requireEverySector = requireEverySector
        self.quorum = quorum
        self.referToMesaTematica = referToMesaTematica
    }

    /// Whether a majority fallback (or a pure majority rule) exists.
    public var hasMajorityStep: Bool { kind != .consensus }
    public var hasConsensusStep: Bool { kind != .majority }

    enum CodingKeys: String, CodingKey {
        case kind, threshold, base, requireSectors, requireEverySector, quorum, referToMesaTematica
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(Kind.self, forKey: .kind)
        threshold = try c.decodeIfPresent(Threshold.self, forKey: .threshold) ?? .simple
        base = try c.decodeIfPresent(Base.self, forKey: .base) ?? .present
        requireSectors = try c.decodeIfPresent([SectorCode].self, forKey: .requireSectors) ?? []
        requireEverySector = try c.decodeIfPresent(Bool.self, forKey: .requireEverySector) ?? false
        quorum = try c.decodeIfPresent(QuorumRule.self, forKey: .quorum) ?? .init()
        referToMesaTematica = try c.decodeIfPresent(Bool.self, forKey: .referToMesaTematica) ?? false
    }
}

/// When a session may decide at all: by default more than half of the
/// seats present and at least one seat of every voting sector.
public struct QuorumRule: Hashable, Codable, Sendable {
    /// More than this fraction of all seats must be present (default one half).
    public var moreThanFraction: Fraction
    /// At least one seat of every voting sector must be present.
    public var requireEverySector: Bool

    public init(moreThanFraction: Fraction = .half, requireEverySector: Bool = true) {
        self.moreThanFraction = moreThanFraction
        self.requireEverySector = requireEverySector
    }

    enum CodingKeys: String, CodingKey { case moreThanFraction, requireEverySector }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        moreThanFraction = try c.decodeIfPresent(Fraction.self, forKey: .moreThanFraction) ?? .half
        requireEverySector = try c.decodeIfPresent(Bool.self, forKey: .requireEverySector) ?? true
    }
}

/// An exact fraction for thresholds, so that "more than half of 7" never meets rounding.
public struct Fraction: Hashable, Codable, Sendable {
    public var numerator: Int
    public var denominator: Int

    public init(_ numerator: Int, _ denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    public static let half = Fraction(1, 2)
    public static let twoThirds = Fraction(2, 3)

    /// Whether `count` is strictly more than this fraction of `total`.
    public func isExceeded(by count: Int, of total: Int) -> Bool {
        count * denominator > numerator * total
    }
}

extension DecisionRule.Threshold {
    public var fraction: Fraction {
        switch self {
        case .simple: .half
        case .twoThirds: .twoThirds
        }
    }
}
