import Foundation

/// Where one installation step stands for one STL.
public enum InstallationStepStatus: String, CaseIterable, Codable, Sendable {
    case pendiente
    case enCurso = "en_curso"
    case concluido

    public var label: Localized {
        switch self {
        case .pendiente: Localized(es: "Pendiente", en: "Pending")
        case .enCurso: Localized(es: "En curso", en: "In progress")
        case .concluido: Localized(es: "Concluido", en: "Concluded")
        }
    }
}
