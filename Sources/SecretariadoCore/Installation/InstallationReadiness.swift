import Foundation

/// Whether an STL in formation can be declared installed («Instalar el STL», which
/// concludes step 10): the acta de instalación issued and steps 1 to 9 concluded. What is
/// still missing is listed, so the page can say it instead of offering the button.
public enum InstallationReadiness {
    public enum Missing: Hashable, Sendable {
        case acta
        case step(InstallationStep)

        public var message: Localized {
            switch self {
            case .acta:
                Localized(es: "Emitir el acta de instalación.", en: "Issue the installation act.")
            case .step(let step):
                Localized(
                    es: "Concluir el paso \(step.number): \(step.title.es).",
                    en: "Conclude step \(step.number): \(step.title.en).")
            }
        }
    }

    /// What installation still lacks, steps first in the guide's order; empty when the STL
    /// can be installed.
    public static func missing(statuses: [Int: InstallationStepStatus], actaIssued: Bool) -> [Missing] {
        let steps = InstallationProgress(statuses: statuses).unconcludedSteps(before: 10).map(Missing.step)
        return steps + (actaIssued ? [] : [.acta])
    }

    /// One sentence for a refusal: "Falta: … ".
    public static func refusal(_ missing: [Missing]) -> Localized? {
        guard !missing.isEmpty else { return nil }
        return Localized(
            es: "Todavía no se puede instalar el STL. Falta: " + missing.map(\.message.es).joined(separator: " "),
            en: "The STL cannot be installed yet. Missing: " + missing.map(\.message.en).joined(separator: " "))
    }
}
