import Foundation

/// Who carries out an installation step (Anexo 1, «Responsables de su realización»), so
/// that a checklist can show each actor their own tasks.
public enum InstallationParty: String, CaseIterable, Codable, Sendable {
    /// Grupo Promotor (GP): the organismo garante, authorities and organised civil society
    /// that signed the Declaración Conjunta.
    case grupoPromotor = "grupo_promotor"
    case gobierno
    case organismoGarante = "organismo_garante"
    case sociedadCivil = "sociedad_civil"
    /// Anexo 1's "actores de interesados" (sic) in the selection of representatives.
    case actoresInteresados = "actores_interesados"
    /// The representatives already selected for the STL.
    case representantesSeleccionados = "representantes_seleccionados"

    public var label: Localized {
        switch self {
        case .grupoPromotor: Localized(es: "Grupo Promotor", en: "Promoter Group")
        case .gobierno: Localized(es: "Sector gubernamental", en: "Government sector")
        case .organismoGarante: Localized(es: "Organismo garante", en: "Guarantor body")
        case .sociedadCivil: Localized(es: "Sociedad civil", en: "Civil society")
        case .actoresInteresados: Localized(es: "Actores interesados", en: "Interested actors")
        case .representantesSeleccionados:
            Localized(es: "Representantes seleccionados", en: "Selected representatives")
        }
    }
}
