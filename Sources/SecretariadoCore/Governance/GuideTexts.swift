import Foundation

// The guide's normative lists, as type-safe catalogues: each item is an enum case (so
// code can point at "the facilitator's function of collecting signatures" rather than at
// a string) whose raw value is the guide's own number. Spanish texts are verbatim (bold
// and italics dropped); English texts are translations.

/// The guide's texts that the interface shows as reference: what an STL is and does, the
/// two minimum requirements, the Mecanismo de Gobernanza and the facilitator.
public enum GuideTexts {
    /// «¿Qué es y qué hace un Secretariado Técnico Local?», first sentence.
    public static let stlDefinition = Localized(
        es:
            "El STL es un espacio permanente de participación en el que autoridades, funcionarios y representantes de la sociedad civil dialogan y deliberan con respecto al diseño, implementación y seguimiento de acciones y compromisos de Gobierno Abierto.",
        en:
            "The STL is a permanent space for participation in which authorities, officials and civil-society representatives talk and deliberate about the design, implementation and follow-up of Open Government actions and commitments."
    )

    /// The three main functions of any STL, in the guide's order.
    public static var stlFunctions: [Localized] { StlFunction.allCases.map(\.text) }

    /// The two minimum requirements proposed by the SNT and the INAI, in order.
    public static var minimumRequirements: [Localized] { MinimumRequirement.allCases.map(\.text) }

    /// The four minimum elements of the Mecanismo de Gobernanza, in order.
    public static var governanceElements: [GovernanceElement] { GovernanceElement.allCases }

    /// The facilitator's eleven basic functions, in the guide's order.
    public static var facilitatorFunctions: [Localized] { FacilitatorFunction.allCases.map(\.text) }

    /// «¿Cómo funciona…?»: the facilitator's standing in the STL.
    public static let facilitatorRole = Localized(
        es:
            "Este actor – que cuenta con voz, pero no con voto dentro del STL – cumple con un rol de Secretario Técnico dentro de este espacio de diálogo.",
        en: "This actor, who has a voice but no vote in the STL, plays the role of Technical Secretary within this space for dialogue.")

    /// «¿Cómo funciona…?»: who the facilitator should be.
    public static let facilitatorRecommendation = Localized(
        es:
            "Como sugerencia, se recomienda que el facilitador sea un actor distinto a los representados en el STL, preferentemente del ámbito académico o de la sociedad civil; en cualquier caso, deberá renunciar a la representación de su organización dentro del STL.",
        en:
            "As a suggestion, the facilitator should be an actor other than those represented in the STL, preferably from academia or civil society; in any case, they must give up the representation of their organisation within the STL."
    )
}

/// The principal functions of any STL («¿Qué es y qué hace…?»), which the guide says are
/// not exhaustive.
public enum StlFunction: Int, CaseIterable, Codable, Sendable {
    case rutaDeTrabajo = 1
    case seguimiento = 2
    case sensibilizacion = 3

    public var text: Localized {
        switch self {
        case .rutaDeTrabajo:
            Localized(
                es:
                    "Definir una ruta de trabajo y una estrategia de participación que conduzcan a la definición de temas, problemas y compromisos locales de gobierno abierto.",
                en:
                    "Define a work route and a participation strategy leading to the definition of local open government topics, problems and commitments."
            )
        case .seguimiento:
            Localized(
                es: "Acompañar y dar seguimiento a la implementación de estos compromisos.",
                en: "Accompany and follow up the implementation of these commitments.")
        case .sensibilizacion:
            Localized(
                es:
                    "Desarrollar acciones permanentes de sensibilización, promoción y difusión del concepto y la práctica local de gobierno abierto entre autoridades y sociedad civil organizada.",
                en:
                    "Carry out permanent awareness-raising, promotion and dissemination of the concept and local practice of open government among authorities and organised civil society."
            )
        }
    }
}

/// The two minimum requirements for an STL («¿Cómo se integra…?»).
public enum MinimumRequirement: Int, CaseIterable, Codable, Sendable {
    case representacionEquilibrada = 1
    case decisionesSinControlDeUnSector = 2

    /// A short name, in the guide's own words: requirement 1's bold phrase, and the
    /// Recapitulación's phrase for requirement 2 (whose statement has no bold phrase).
    public var title: Localized {
        switch self {
        case .representacionEquilibrada:
            Localized(
                es: "Representación equilibrada de actores gubernamentales y sociales dentro del STL",
                en: "Balanced representation of government and social actors within the STL")
        case .decisionesSinControlDeUnSector:
            Localized(
                es: "Reglas decisionales que eviten el control excesivo por parte de un solo sector",
                en: "Decision rules that prevent excessive control by a single sector")
        }
    }

    /// The requirement as the guide states it.
    public var text: Localized {
        switch self {
        case .representacionEquilibrada:
            Localized(
                es:
                    "Garantizar que exista una representación equilibrada de actores gubernamentales y sociales dentro del STL. Con respecto a este punto, la sugerencia es que el STL esté integrado, al menos, por un representante gubernamental, uno de la sociedad civil y uno más del organismo garante local del acceso a la información. En la medida que se pretenda incrementar el número de representantes debería asegurarse que esto suceda en la misma proporción entre los sectores gubernamental y social.",
                en:
                    "Ensure a balanced representation of government and social actors within the STL. On this point, the suggestion is that the STL be made up of at least one government representative, one from civil society and one more from the local guarantor body of access to information. Where the number of representatives is to grow, it should grow in the same proportion in the government and social sectors."
            )
        case .decisionesSinControlDeUnSector:
            Localized(
                es:
                    "Fomentar el desarrollo de esquemas de toma de decisiones basados en el consenso de los sectores representados o, en caso de existir diferencia, definir reglas que eviten el control sistemático de las decisiones por parte de un sector, particularmente del gubernamental.",
                en:
                    "Encourage decision-making schemes based on the consensus of the sectors represented or, where there is disagreement, define rules that prevent the systematic control of decisions by one sector, particularly the government."
            )
        }
    }
}

/// The minimum elements of the Mecanismo de Gobernanza («¿Cómo funciona…?»), which the
/// acta de instalación must include.
public enum GovernanceElement: Int, CaseIterable, Codable, Sendable {
    case integracion = 1
    case funciones = 2
    case operacion = 3
    case tomaDeDecisiones = 4

    public var title: Localized {
        switch self {
        case .integracion:
            Localized(
                es: "Integración, proceso de elección y rotación de los representantes del STL",
                en: "Composition, election process and rotation of the STL's representatives")
        case .funciones:
            Localized(es: "Funciones del STL", en: "Functions of the STL")
        case .operacion:
            Localized(es: "Operación y funcionamiento del STL", en: "Operation and functioning of the STL")
        case .tomaDeDecisiones:
            Localized(es: "Esquema de toma de decisiones", en: "Decision-making scheme")
        }
    }

    /// What the section holds. The guide writes it after a colon, in lower case; here it
    /// stands alone, so its first letter is capitalised.
    public var description: Localized {
        switch self {
        case .integracion:
            Localized(
                es:
                    "En este apartado se especifica quiénes son los representantes (titulares y suplentes) en el Secretariado, su método de elección, y se definen consideraciones con respecto a su permanencia y rotación en el tiempo.",
                en:
                    "This section specifies who the representatives (full members and alternates) in the Secretariat are and how they are elected, and sets out considerations on their tenure and rotation over time."
            )
        case .funciones:
            Localized(
                es:
                    "En esta sección se hacen explícitas las funciones del STL señaladas en el apartado ¿Qué hace un Secretariado Técnico Local? de esta guía.",
                en:
                    "This section makes explicit the functions of the STL set out in the section «What does a Local Technical Secretariat do?» of this guide."
            )
        case .operacion:
            Localized(
                es: "En este apartado se explican los pasos para la realización de las sesiones ordinarias y extraordinarias del STL.",
                en: "This section explains the steps for holding the STL's regular and extraordinary sessions.")
        case .tomaDeDecisiones:
            Localized(
                es: "En esta sección se detalla el método de toma de decisiones y acuerdos del STL.",
                en: "This section details the STL's method for taking decisions and agreements.")
        }
    }
}

/// The facilitator's basic functions («¿Cómo funciona…?»), which the guide says are not
/// exhaustive.
public enum FacilitatorFunction: Int, CaseIterable, Codable, Sendable {
    case convocarSesiones = 1
    case dirigirDiscusion = 2
    case facilitarTrabajos = 3
    case redactarMinutas = 4
    case seguimientoDeAcuerdos = 5
    case relacionDeRecursos = 6
    case proyectoDeAgenda = 7
    case integrarPropuestas = 8
    case difundirAcuerdos = 9
    case recabarFirmas = 10
    case resguardarMinutas = 11

    public var text: Localized {
        switch self {
        case .convocarSesiones:
            Localized(
                es: "Convocar – a solicitud de alguno de los representantes – a las sesiones ordinarias y extraordinarias del STL.",
                en: "Convene, at the request of any of the representatives, the STL's regular and extraordinary sessions.")
        case .dirigirDiscusion:
            Localized(
                es: "Dirigir la discusión de las sesiones ordinarias y extraordinarias del STL.",
                en: "Lead the discussion in the STL's regular and extraordinary sessions.")
        case .facilitarTrabajos:
            Localized(
                es:
                    "Facilitar – en términos logísticos y de agenda – los trabajos del STL, y propiciar la participación asidua y activa de todos los representantes.",
                en:
                    "Facilitate the STL's work, in terms of logistics and agenda, and encourage the regular and active participation of all representatives."
            )
        case .redactarMinutas:
            Localized(
                es: "Redactar las minutas de cada sesión del STL.",
                en: "Draft the minutes of each STL session.")
        case .seguimientoDeAcuerdos:
            Localized(
                es: "Llevar una relación y el seguimiento de los acuerdos y decisiones tomadas por los representantes del STL.",
                en: "Keep a record of, and follow up, the agreements and decisions taken by the STL's representatives.")
        case .relacionDeRecursos:
            Localized(
                es: "Mantener una relación de los recursos financieros ejercidos por STL para el desempeño de sus tareas.",
                en: "Keep a record of the financial resources spent by the STL in carrying out its tasks.")
        case .proyectoDeAgenda:
            Localized(
                es: "Elaborar – con base en las aportaciones de los representantes – el proyecto de agenda de las sesiones del STL.",
                en: "Prepare, based on the representatives' contributions, the draft agenda of the STL's sessions.")
        case .integrarPropuestas:
            Localized(
                es: "Recibir e integrar las propuestas que presenten cada uno de los representantes del STL.",
                en: "Receive and compile the proposals submitted by each of the STL's representatives.")
        case .difundirAcuerdos:
            Localized(
                es: "Difundir los acuerdos alcanzados en las sesiones del STL.",
                en: "Disseminate the agreements reached in the STL's sessions.")
        case .recabarFirmas:
            Localized(
                es: "Recabar las firmas autógrafas de los integrantes del STL en las minutas correspondientes.",
                en: "Collect the handwritten signatures of the STL's members on the corresponding minutes.")
        case .resguardarMinutas:
            Localized(
                es: "Resguardar las minutas originales de cada sesión del STL.",
                en: "Keep the original minutes of each STL session safe.")
        }
    }
}
