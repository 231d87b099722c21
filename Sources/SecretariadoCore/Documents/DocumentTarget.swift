import Foundation

/// What a document can be attached to.
public enum DocumentTargetKind: String, Sendable, CaseIterable, Codable {
    case session = "sesion"
    case agendaItem = "punto"
    case minutesAnnex = "anexo-minuta"
    case minutesSignedScan = "minuta-firmada"
    case installationStep = "paso-instalacion"
    /// The acta of an STL installed before the platform, scanned from paper: attached to the
    /// STL itself (its steps were never recorded here) so the acta page can find it.
    case historicalActa = "acta-historica"
    case agreement = "acuerdo"
    case agreementNote = "nota-acuerdo"
    case milestone = "hito"
    case expense = "gasto"
    case outreachActivity = "difusion"
    case registration = "registro"
    case election = "eleccion"

    /// Always private, whatever the uploader asks: an organisation's papers are read only
    /// by who validates the registration and by the organisation itself.
    public var alwaysPrivate: Bool { self == .registration }

    /// Attached to the minutes: enters the STL's hash-chained archive once they are final.
    public var isMinutes: Bool { self == .minutesAnnex || self == .minutesSignedScan }

    /// The permission that writes (attaches to) a target of this kind in one STL.
    public func writePermission(_ stl: UUID) -> Permission {
        switch self {
        case .session, .agendaItem, .minutesAnnex, .minutesSignedScan: .runSession(stl)
        case .installationStep, .historicalActa, .registration, .election: .manageInstallation(stl)
        case .agreement, .agreementNote, .milestone, .expense, .outreachActivity: .editFollowUp(stl)
        }
    }

    /// Spanish label for lists.
    public var label: String {
        switch self {
        case .session: "Documento de la sesión"
        case .agendaItem: "Documento del punto"
        case .minutesAnnex: "Anexo de la minuta"
        case .minutesSignedScan: "Minuta firmada (escaneo)"
        case .installationStep: "Evidencia del paso"
        case .historicalActa: "Acta de instalación histórica"
        case .agreement: "Documento del acuerdo"
        case .agreementNote: "Evidencia del seguimiento"
        case .milestone: "Evidencia del hito"
        case .expense: "Comprobante"
        case .outreachActivity: "Material de difusión"
        case .registration: "Documento del registro"
        case .election: "Acta de resultados"
        }
    }
}

/// Who may read a document, as a rule over plain facts.
public enum DocumentAccess {
    /// A public document is read by anyone; a private one by who may write its target, by
    /// national coordination and administrators (`readManagement`), and for a registration
    /// by the organisation that registered (`isRegistrant`).
    public static func mayRead(
        isPublic: Bool, kind: DocumentTargetKind, stl: UUID, principal: Principal, isRegistrant: Bool = false
    ) -> Bool {
        if isPublic && !kind.alwaysPrivate { return true }
        if kind == .registration && isRegistrant { return true }
        return AccessPolicy.allows(principal, kind.writePermission(stl))
            || AccessPolicy.allows(principal, .readManagement(stl))
    }
}

/// A document attached to a record that is final (finalised minutes, a concluded
/// installation step) is never replaced or deleted: a new version supersedes it and both
/// are kept.
public enum DocumentVersioning {
    public enum Change: Sendable, Equatable { case supersede, replace, delete }

    public static func allows(_ change: Change, recordIsFinal: Bool) -> Bool {
        switch change {
        case .supersede: true
        case .replace, .delete: !recordIsFinal
        }
    }

    /// Only the scan of signed minutes and annexes may be added to minutes already final.
    public static func mayAttach(kind: DocumentTargetKind, recordIsFinal: Bool) -> Bool {
        guard recordIsFinal else { return true }
        return kind.isMinutes
    }
}
