import Foundation

/// The OGP Independent Reporting Mechanism's completion scale for a commitment.
public enum CompletionLevel: String, Codable, Sendable, CaseIterable, Comparable {
    case sinEvidencia = "sin_evidencia"
    case noIniciado = "no_iniciado"
    case limitado
    case sustancial
    case completo

    public var label: Localized {
        switch self {
        case .sinEvidencia: Localized(es: "Sin evidencia", en: "No evidence available")
        case .noIniciado: Localized(es: "No iniciado", en: "Not started")
        case .limitado: Localized(es: "Limitado", en: "Limited")
        case .sustancial: Localized(es: "Sustancial", en: "Substantial")
        case .completo: Localized(es: "Completo", en: "Complete")
        }
    }

    public static func < (lhs: CompletionLevel, rhs: CompletionLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The level the milestones support. A milestone counts as done only with evidence:
    /// the IRM assesses what can be verified. Done-but-unproven work reads "sin evidencia"
    /// when nothing else is proven.
    ///
    /// - no milestones, or done ones none of which has evidence → sin evidencia
    /// - none done → no iniciado
    /// - all verified → completo
    /// - at least half verified → sustancial; fewer → limitado
    public static func derived(from milestones: [MilestoneProgress]) -> CompletionLevel {
        guard !milestones.isEmpty else { return .sinEvidencia }
        let done = milestones.filter(\.done)
        let verified = done.filter(\.hasEvidence).count
        if done.isEmpty { return .noIniciado }
        if verified == 0 { return .sinEvidencia }
        if verified == milestones.count { return .completo }
        return verified * 2 >= milestones.count ? .sustancial : .limitado
    }
}

/// What the completion level needs to know of a milestone.
public struct MilestoneProgress: Hashable, Sendable {
    public var done: Bool
    public var hasEvidence: Bool

    public init(done: Bool, hasEvidence: Bool) {
        self.done = done
        self.hasEvidence = hasEvidence
    }
}
