import Fluent
import SecretariadoCore
import Vapor

/// One STL's installation: each step's record and evidence, the progress per stage and
/// the issued acta. An STL installed before the platform has no records: its ten steps
/// read as concluded history.
struct InstallationRoadmap: Sendable {
    let secretariat: Secretariat
    let records: [Int: InstallationStepRecord]
    let evidenceByStep: [Int: [InstallationEvidenceRecord]]
    let act: InstallationAct?

    var isHistorical: Bool { secretariat.status == .instalado && records.isEmpty }
    var isInFormation: Bool { secretariat.status == .enFormacion }

    var progress: InstallationProgress {
        isHistorical ? .allConcluded : InstallationProgress(statuses: records.mapValues(\.status))
    }

    func status(of number: Int) -> InstallationStepStatus {
        isHistorical ? .concluido : (records[number]?.status ?? .pendiente)
    }

    func evidence(of number: Int) -> [InstallationEvidenceRecord] {
        evidenceByStep[number] ?? []
    }

    static func load(_ stl: Secretariat, on db: any Database) async throws -> InstallationRoadmap {
        let id = try stl.requireID()
        let records = try await InstallationStepRecord.query(on: db).filter(\.$secretariat.$id == id).all()
        let evidence = try await InstallationEvidenceRecord.query(on: db).filter(\.$secretariat.$id == id)
            .sort(\.$createdAt).all()
        return InstallationRoadmap(
            secretariat: stl,
            records: Dictionary(records.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a }),
            evidenceByStep: Dictionary(grouping: evidence, by: \.stepNumber),
            act: try await InstallationAct.query(on: db).filter(\.$secretariat.$id == id).first())
    }
}
