import Foundation

/// One of the ten generic steps from the manifestation of interest to the installed STL
/// («Recapitulación y recomendaciones» and Anexo 1). Spanish texts are the guide's,
/// verbatim; English texts are translations.
///
/// The catalogue itself is in `InstallationStep+Guide.swift`.
public struct InstallationStep: Hashable, Identifiable, Sendable {
    /// 1…10, the Recapitulación's numbering (also Anexo 1's row order).
    public let number: Int
    /// The stage per Anexo 1.
    public let stage: InstallationStage
    /// The step's bold title in the Recapitulación ("Ruta de trabajo del Grupo Promotor").
    public let title: Localized
    /// Anexo 1's «Actividades específicas» ("Ruta de trabajo del Grupo Promotor (GP)").
    public let activity: Localized
    /// Anexo 1's «Responsables de su realización», verbatim.
    public let responsible: Localized
    /// Who carries the step out, structured from `responsible`.
    public let responsibleParties: [InstallationParty]
    /// Those the guide singles out ("especialmente…", "en coordinación con…"); empty when
    /// it singles out none.
    public let leadParties: [InstallationParty]
    /// Anexo 1's «¿Qué hacer?».
    public let whatToDo: Localized
    /// Anexo 1's «Resultado esperado».
    public let expectedResult: Localized
    /// The Recapitulación's paragraph for the step, without its bold title.
    public let description: Localized
    /// The documents that show the step was done.
    public let evidence: [InstallationEvidence]
    /// A remark on how the guide itself places the step, when it is inconsistent.
    public let stageNote: Localized?

    public var id: Int { number }

    /// Anexo 1's «¿Para qué?», which the guide gives per stage.
    public var purpose: Localized { stage.purpose }

    public init(
        number: Int, stage: InstallationStage, title: Localized, activity: Localized,
        responsible: Localized, responsibleParties: [InstallationParty],
        leadParties: [InstallationParty] = [], whatToDo: Localized, expectedResult: Localized,
        description: Localized, evidence: [InstallationEvidence], stageNote: Localized? = nil
    ) {
        self.number = number
        self.stage = stage
        self.title = title
        self.activity = activity
        self.responsible = responsible
        self.responsibleParties = responsibleParties
        self.leadParties = leadParties
        self.whatToDo = whatToDo
        self.expectedResult = expectedResult
        self.description = description
        self.evidence = evidence
        self.stageNote = stageNote
    }

    /// The step with this number (1…10), if any.
    public static func step(_ number: Int) -> InstallationStep? {
        all.first { $0.number == number }
    }
}
