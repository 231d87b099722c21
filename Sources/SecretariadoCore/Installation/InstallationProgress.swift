import Foundation

/// How far an STL has come along the ten steps, stage by stage: what the roadmap's
/// progress chart draws and the API reports.
public struct InstallationProgress: Hashable, Sendable {
    public struct StageProgress: Hashable, Sendable {
        public let stage: InstallationStage
        public let total: Int
        public let concluded: Int
        public let inProgress: Int

        public var pending: Int { total - concluded - inProgress }
        public var isComplete: Bool { concluded == total }
    }

    public let stages: [StageProgress]
    /// Every step's status, by step number (a step without a record is pending).
    public let statuses: [Int: InstallationStepStatus]

    public init(statuses: [Int: InstallationStepStatus]) {
        self.statuses = statuses
        stages = InstallationStage.allCases.map { stage in
            let steps = stage.steps.map { statuses[$0.number] ?? .pendiente }
            return StageProgress(
                stage: stage, total: steps.count,
                concluded: steps.filter { $0 == .concluido }.count,
                inProgress: steps.filter { $0 == .enCurso }.count)
        }
    }

    /// Every step concluded: what an installed STL's history shows.
    public static let allConcluded = InstallationProgress(
        statuses: Dictionary(uniqueKeysWithValues: InstallationStep.all.map { ($0.number, .concluido) }))

    public var concluded: Int { stages.map(\.concluded).reduce(0, +) }
    public var total: Int { InstallationStep.all.count }

    /// The first step not yet concluded, in the guide's order.
    public var nextStep: InstallationStep? {
        InstallationStep.all.first { (statuses[$0.number] ?? .pendiente) != .concluido }
    }

    /// The steps before `number` that are not concluded (step 10 needs none left).
    public func unconcludedSteps(before number: Int) -> [InstallationStep] {
        InstallationStep.all.filter { $0.number < number && (statuses[$0.number] ?? .pendiente) != .concluido }
    }

    /// "3 de 10 pasos concluidos; etapa Planea completa; …".
    public var summary: Localized {
        let parts = stages.map { stage in
            Localized(
                es: "\(stage.stage.name.es): \(stage.concluded) de \(stage.total) concluidos",
                en: "\(stage.stage.name.en): \(stage.concluded) of \(stage.total) concluded")
        }
        return Localized(
            es: "\(concluded) de \(total) pasos concluidos (" + parts.map(\.es).joined(separator: "; ") + ").",
            en: "\(concluded) of \(total) steps concluded (" + parts.map(\.en).joined(separator: "; ") + ").")
    }
}
