import Foundation

/// What happened to a representative's agenda proposal.
public enum ProposalStatus: String, Codable, Sendable, CaseIterable {
    case pendiente
    case integrada
    case descartada

    public var label: Localized {
        switch self {
        case .pendiente: Localized(es: "Pendiente", en: "Pending")
        case .integrada: Localized(es: "Integrada al orden del día", en: "Added to the agenda")
        case .descartada: Localized(es: "Descartada", en: "Dismissed")
        }
    }
}

/// A motion is open for votes until the facilitator closes it.
public enum MotionStatus: String, Codable, Sendable, CaseIterable {
    case abierta
    case cerrada

    public var label: Localized {
        switch self {
        case .abierta: Localized(es: "Votación abierta", en: "Voting open")
        case .cerrada: Localized(es: "Votación cerrada", en: "Voting closed")
        }
    }
}

/// A draft minute is edited by the facilitator; a finalised one never changes again.
public enum MinutesStatus: String, Codable, Sendable, CaseIterable {
    case borrador
    case finalizada

    public var label: Localized {
        switch self {
        case .borrador: Localized(es: "Borrador", en: "Draft")
        case .finalizada: Localized(es: "Finalizada", en: "Final")
        }
    }
}

/// A member who attended either signs the finalised minutes or records why they refuse.
public enum SignatureDecision: String, Codable, Sendable, CaseIterable {
    case firma
    case rechazo

    public var label: Localized {
        switch self {
        case .firma: Localized(es: "Firma", en: "Signed")
        case .rechazo: Localized(es: "Se negó a firmar", en: "Refused to sign")
        }
    }
}
