import Foundation

/// The records of the platform that carry an installation step forward by themselves, so
/// nobody has to mark the step by hand: each says which steps it moves and to where, and
/// which evidence it leaves on them (with its date and a link to the record).
public enum InstallationRecordKind: String, CaseIterable, Sendable {
    /// The open call to social actors is published: step 3's convocatoria exists.
    case openCallPublished
    /// The civil-society election is closed and its winners seated: step 6's list of
    /// selected representatives exists.
    case electionClosed
    /// The selected representatives' choice of facilitator is recorded: step 7 is done.
    case facilitatorSelected
    /// The acta de instalación is issued: it contains the Mecanismo de Gobernanza in force
    /// (step 9's document, which the guide says goes in the acta) and step 10 is under way
    /// until the ceremony, when «Instalar el STL» concludes it.
    case actaIssued

    /// The steps this record moves, in order.
    public var advances: [InstallationAdvance] {
        switch self {
        case .openCallPublished:
            [InstallationAdvance(step: 3, to: .concluido, evidence: .convocatoriaAbierta)]
        case .electionClosed:
            [InstallationAdvance(step: 6, to: .concluido, evidence: .relacionDeRepresentantes)]
        case .facilitatorSelected:
            [InstallationAdvance(step: 7, to: .concluido, evidence: .designacionDelFacilitador)]
        case .actaIssued:
            [
                InstallationAdvance(step: 9, to: .concluido, evidence: .documentoMecanismoDeGobernanza),
                InstallationAdvance(step: 10, to: .enCurso, evidence: .actaDeInstalacion),
            ]
        }
    }
}

/// One step moved by a record: where to, and the evidence it leaves.
public struct InstallationAdvance: Hashable, Sendable {
    public let step: Int
    public let status: InstallationStepStatus
    public let evidence: InstallationEvidence

    public init(step: Int, to status: InstallationStepStatus, evidence: InstallationEvidence) {
        self.step = step
        self.status = status
        self.evidence = evidence
    }

    /// The step's new status from `current`, or `nil` when this would not move it forward:
    /// a record never takes a step back (a concluded step stays concluded).
    public func moving(from current: InstallationStepStatus) -> InstallationStepStatus? {
        status.rank > current.rank ? status : nil
    }
}

extension InstallationStepStatus {
    /// pendiente < en curso < concluido.
    var rank: Int {
        switch self {
        case .pendiente: 0
        case .enCurso: 1
        case .concluido: 2
        }
    }
}
