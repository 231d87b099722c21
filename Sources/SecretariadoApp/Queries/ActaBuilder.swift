import Fluent
import SecretariadoCore
import Vapor

/// Builds the acta de instalación from the record: current titulares and suplentes by
/// sector, the facilitator, the last closed election and the Mecanismo de Gobernanza in force.
enum ActaBuilder {
    static func build(for stl: Secretariat, on date: Date, on db: any Database) async throws -> InstallationActa {
        let detail = try await SecretariatDetail.load(slug: stl.slug, on: db)
        let stlID = try stl.requireID()
        let members: [InstallationActa.Member] = detail.seats.flatMap { holders in
            [holders.titular, holders.suplente].compactMap { $0 }.map { term in
                InstallationActa.Member(
                    sector: holders.sector, seatNumber: holders.seat.number, role: term.role,
                    name: term.person?.name ?? term.office ?? term.organization?.name ?? "Sin nombre registrado",
                    organization: term.organization?.name)
            }
        }
        let facilitator = detail.facilitator.flatMap { $0.isVacant ? nil : $0 }
        var electionSummary: String?
        if let election = try await Election.query(on: db).filter(\.$secretariat.$id == stlID)
            .filter(\.$closedAt != nil).sort(\.$closedAt, .descending).first()
        {
            let count = try await ElectionCount.load(election, on: db)
            electionSummary =
                "«\(election.title)», cerrada el \(MexicanFormat.date(election.closedAt!)) entre \(count.credentials) organizaciones validadas en la convocatoria abierta. "
                + count.tally.explanation.es
        }
        let governance = try await GovernanceWrites.current(for: stlID, on: db)
        return InstallationActa(
            secretariatName: stl.name, state: stl.state, dateText: MexicanFormat.date(date),
            sectors: detail.sectors, members: members, facilitatorName: facilitator?.person?.name,
            facilitatorOrigin: facilitator?.origin, electionSummary: electionSummary,
            governanceVersion: governance?.version ?? 0,
            governanceMarkdown: governance.map {
                $0.document.markdown(
                    secretariatName: stl.name, version: $0.version,
                    adoptedOn: MexicanFormat.date($0.createdAt ?? date))
            } ?? "")
    }
}
