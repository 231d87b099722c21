import Foundation

/// Whether a proposed facilitator is the neutral figure the guide asks for: distinct from
/// the represented actors, giving up any representation of their organisation, and
/// preferably from academia or civil society («¿Cómo funciona…?»; step 7). The result is
/// a list of warnings to show, never a refusal: the guide recommends, the STL decides.
public enum FacilitatorIndependence {
    public struct Candidate: Sendable {
        public var name: String
        public var origin: String?
        public var originKind: OrganizationKind?

        public init(name: String, origin: String?, originKind: OrganizationKind?) {
            self.name = name
            self.origin = origin
            self.originKind = originKind
        }
    }

    /// `organizations`: names of the STL's organisations (those holding or represented in
    /// seats); `members`: names of the people currently holding seats.
    public static func warnings(for candidate: Candidate, organizations: [String], members: [String]) -> [Localized] {
        var warnings: [Localized] = []
        switch candidate.originKind {
        case .gobierno:
            warnings.append(
                Localized(
                    es:
                        "Proviene del gobierno: la guía pide una figura neutral, distinta de los actores representados, preferentemente de la academia o la sociedad civil.",
                    en:
                        "Comes from government: the guide asks for a neutral figure, distinct from the represented actors, preferably from academia or civil society."
                ))
        case .organismoGarante:
            warnings.append(
                Localized(
                    es:
                        "Proviene del organismo garante, un sector representado en el STL: la guía recomienda que la facilitación sea distinta de los actores representados.",
                    en:
                        "Comes from the guarantor body, a sector represented in the STL: the guide recommends a facilitator distinct from the represented actors."
                ))
        case .consultoria, .privado, .otro:
            warnings.append(
                Localized(
                    es: "La guía recomienda que la facilitación provenga preferentemente de la academia o de la sociedad civil.",
                    en: "The guide recommends a facilitator preferably from academia or civil society."))
        case .academia, .sociedadCivil, nil:
            break
        }
        // Spaces dropped too, so "A.C." and "AC" are the same.
        let origin = candidate.origin.map(compact) ?? ""
        if !origin.isEmpty {
            for organization in organizations {
                let name = compact(organization)
                if !name.isEmpty, origin.contains(name) || name.contains(origin) {
                    warnings.append(
                        Localized(
                            es: "Proviene de «\(organization)», organización representada en el STL: deberá renunciar a esa representación.",
                            en: "Comes from “\(organization)”, an organisation represented in the STL: they must give up that representation."))
                }
            }
        }
        let person = normalized(candidate.name)
        if members.contains(where: { normalized($0) == person }) {
            warnings.append(
                Localized(
                    es:
                        "\(candidate.name) ocupa actualmente un asiento del STL: la facilitación tiene voz pero no voto y debe dejar la representación.",
                    en:
                        "\(candidate.name) currently holds a seat in the STL: the facilitator has voice but no vote and must give up the representation."
                ))
        }
        return warnings
    }

    /// Whoever names a facilitator (at installation or at any later time) sees the warnings
    /// first: with warnings and no confirmation, the message to show; otherwise `nil`.
    public static func confirmationNeeded(_ warnings: [Localized], confirmed: Bool) -> Localized? {
        guard !warnings.isEmpty, !confirmed else { return nil }
        return Localized(
            es: "Antes de nombrar a esta persona, revisa las advertencias de independencia y confirma: " + warnings.map(\.es).joined(separator: " "),
            en: "Before naming this person, review the independence warnings and confirm: " + warnings.map(\.en).joined(separator: " "))
    }

    static func normalized(_ text: String) -> String { NameKey.make(text) }

    static func compact(_ text: String) -> String { NameKey.make(text).replacingOccurrences(of: " ", with: "") }
}
