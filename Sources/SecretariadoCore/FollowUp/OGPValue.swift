import Foundation

/// The four values of the Open Government Partnership that a commitment advances.
public enum OGPValue: String, Codable, Sendable, CaseIterable {
    case accesoInformacion = "acceso_informacion"
    case participacionCivica = "participacion_civica"
    case rendicionCuentas = "rendicion_cuentas"
    case tecnologiaInnovacion = "tecnologia_innovacion"

    public var label: Localized {
        switch self {
        case .accesoInformacion: Localized(es: "Acceso a la información", en: "Access to information")
        case .participacionCivica: Localized(es: "Participación cívica", en: "Civic participation")
        case .rendicionCuentas: Localized(es: "Rendición de cuentas", en: "Public accountability")
        case .tecnologiaInnovacion: Localized(es: "Tecnología e innovación", en: "Technology and innovation")
        }
    }
}
