import Foundation

/// The three stages of installing an STL (Anexo 1, «Cuadro Resumen»; Anexo 2, «¿Qué pasos
/// seguir para instalar un STL?»), in order.
public enum InstallationStage: Int, CaseIterable, Codable, Comparable, Sendable {
    case planea = 1
    case identificaYSuma = 2
    case integra = 3

    public static func < (lhs: InstallationStage, rhs: InstallationStage) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The stage's name as Anexo 1 gives it (capitalised as in Anexo 2).
    public var name: Localized {
        switch self {
        case .planea: Localized(es: "Planea", en: "Plan")
        case .identificaYSuma: Localized(es: "Identifica y suma", en: "Identify and engage")
        case .integra: Localized(es: "Integra", en: "Form")
        }
    }

    /// Anexo 1's «¿Para qué?» column, verbatim (including its "con el fin aprovechar").
    public var purpose: Localized {
        switch self {
        case .planea:
            Localized(
                es: "Para programar la realización de las actividades necesarias para instalar el STL.",
                en: "To schedule the activities needed to install the STL.")
        case .identificaYSuma:
            Localized(
                es:
                    "Para sumar al mayor número posible de actores, con el fin aprovechar su experiencia y capacidades de liderazgo e incidencia para promover, implementar y avanzar en el ejercicio de gobierno abierto desde sus sectores y perspectivas.",
                en:
                    "To bring in as many actors as possible, in order to draw on their experience and their capacity for leadership and influence to promote, implement and advance the open government exercise from their own sectors and perspectives."
            )
        case .integra:
            Localized(
                es:
                    "Para conformar un espacio plural, formal y permanente en el que gobierno y ciudadanos dialoguen y acuerden, mediante un esquema de decisión horizontal, las acciones que deben seguirse en materia de apertura gubernamental en cada entidad federativa.",
                en:
                    "To build a plural, formal and permanent space in which government and citizens talk and agree, through a horizontal decision scheme, on the actions to be taken on government openness in each state."
            )
        }
    }

    /// The steps of this stage, in order.
    public var steps: [InstallationStep] {
        InstallationStep.all.filter { $0.stage == self }
    }

    /// Anexo 1's footnote ¹: the table is a suggestion, to adapt to each state.
    public static let adaptabilityNote = Localized(
        es:
            "No existe un modelo de instalación único. El presente cuadro es una sugerencia susceptible de adaptación en cada etapa, de acuerdo a las condiciones de la entidad federativa que corresponda.",
        en:
            "There is no single installation model. This table is a suggestion that may be adapted at each stage to the conditions of the state concerned."
    )
}
