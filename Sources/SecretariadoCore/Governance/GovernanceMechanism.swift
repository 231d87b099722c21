import Foundation

/// An STL's charter, the Mecanismo de Gobernanza (guide, «¿Cómo funciona…?»): the four
/// minimum elements plus the facilitator's figure. It is data the platform executes —
/// the decision rule decides votes, the notice periods gate convocations — and text the
/// acta de instalación includes.
public struct GovernanceMechanism: Codable, Hashable, Sendable {
    /// 1. Integración, proceso de elección y rotación de los representantes.
    public var integration: Integration
    /// 2. Funciones del STL.
    public var functions: [String]
    /// 3. Operación y funcionamiento: sessions.
    public var operation: Operation
    /// 4. Esquema de toma de decisiones.
    public var decision: Decision
    /// The facilitator: voice, no vote, and their functions.
    public var facilitator: Facilitation
    /// How members communicate among themselves and with others (guide, step 8).
    public var communication: String

    public init(
        integration: Integration, functions: [String], operation: Operation, decision: Decision,
        facilitator: Facilitation, communication: String
    ) {
        self.integration = integration
        self.functions = functions
        self.operation = operation
        self.decision = decision
        self.facilitator = facilitator
        self.communication = communication
    }

    public struct Integration: Codable, Hashable, Sendable {
        /// Who the representatives are: titulares and suplentes per sector.
        public var representatives: String
        /// How they are chosen (civil society by the organisations themselves).
        public var electionMethod: String
        /// Term length in months; `nil` when the charter sets none.
        public var termMonths: Int?
        /// Permanence and rotation over time.
        public var rotation: String

        public init(representatives: String, electionMethod: String, termMonths: Int?, rotation: String) {
            self.representatives = representatives
            self.electionMethod = electionMethod
            self.termMonths = termMonths
            self.rotation = rotation
        }
    }

    public struct Operation: Codable, Hashable, Sendable {
        /// How often ordinary sessions are held ("mensual", "bimestral").
        public var ordinaryFrequency: String
        /// Minimum days between the convocation and an ordinary session.
        public var ordinaryNoticeDays: Int
        /// Minimum days between the convocation and an extraordinary session.
        public var extraordinaryNoticeDays: Int
        /// Whether an urgent extraordinary session may be convened with less notice.
        public var allowsUrgentExtraordinary: Bool
        /// Who may ask the facilitator to convene (facilitator function 1).
        public var convenedBy: String
        /// Free text: place, minutes, signatures, publication.
        public var sessions: String

        public init(
            ordinaryFrequency: String, ordinaryNoticeDays: Int, extraordinaryNoticeDays: Int,
            allowsUrgentExtraordinary: Bool, convenedBy: String, sessions: String
        ) {
            self.ordinaryFrequency = ordinaryFrequency
            self.ordinaryNoticeDays = ordinaryNoticeDays
            self.extraordinaryNoticeDays = extraordinaryNoticeDays
            self.allowsUrgentExtraordinary = allowsUrgentExtraordinary
            self.convenedBy = convenedBy
            self.sessions = sessions
        }
    }

    public struct Decision: Codable, Hashable, Sendable {
        /// The rule the engine executes.
        public var rule: DecisionRule
        /// The rule in the STL's own words (Tabla 2 for the demo).
        public var text: String
        /// What a second vote of the same seat on the same motion does.
        public var voteChange: VoteChangePolicy

        public init(rule: DecisionRule, text: String, voteChange: VoteChangePolicy) {
            self.rule = rule
            self.text = text
            self.voteChange = voteChange
        }
    }

    public struct Facilitation: Codable, Hashable, Sendable {
        public var description: String
        public var functions: [String]

        public init(description: String, functions: [String]) {
            self.description = description
            self.functions = functions
        }
    }
}

/// A seat that votes twice on one motion: the charter decides whether the second vote
/// replaces the first (until the vote closes) or is refused. Never counted twice.
public enum VoteChangePolicy: String, Codable, Hashable, Sendable, CaseIterable {
    case replace = "reemplaza"
    case refuse = "rechaza"

    public var label: Localized {
        switch self {
        case .replace:
            Localized(
                es: "Un segundo voto reemplaza al primero mientras la votación siga abierta",
                en: "A second vote replaces the first while voting is open")
        case .refuse: Localized(es: "Un segundo voto se rechaza: el primero es definitivo", en: "A second vote is refused: the first is final")
        }
    }
}
