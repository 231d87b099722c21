import Fluent
import SecretariadoCore
import Vapor

extension CSVExports {
    /// Every acuerdo of every STL, public fields only: what was agreed, who carries it out,
    /// by when, and where it stands. The status is the one the public sees today: an open
    /// agreement past its due date reads «vencido» (never stored, see `AgreementStatus`).
    /// Three queries whatever the number of STLs. `today` is the start of Mexico City's day,
    /// as on the tracker: an agreement due today is not yet overdue.
    static func agreements(today: Date = CalendarDate.today(), on db: any Database) async throws -> String {
        let secretariats = try await Secretariat.query(on: db).all()
        let slugs = Dictionary(uniqueKeysWithValues: secretariats.map { ($0.id!, $0.slug) })
        let agreements = try await Agreement.query(on: db).all()
        let sessionIDs = Set(agreements.compactMap { $0.$session.id })
        let sessions = try await ChunkedIn.all(Array(sessionIDs)) { StlSession.query(on: db).filter(\.$id ~~ Array($0)) }
        let sessionsByID = Dictionary(uniqueKeysWithValues: sessions.map { ($0.id!, $0) })
        let rows =
            agreements
            .sorted { (slugs[$0.$secretariat.id] ?? "", $0.number) < (slugs[$1.$secretariat.id] ?? "", $1.number) }
            .map { agreement -> [String] in
                let session = agreement.$session.id.flatMap { sessionsByID[$0] }
                return [
                    slugs[agreement.$secretariat.id] ?? "", agreement.code, agreement.title, agreement.description ?? "",
                    agreement.owner, agreement.ownerSector ?? "", agreement.dueOn.map(RecordTime.localDate) ?? "",
                    AgreementStatus.effective(stored: agreement.status, dueOn: agreement.dueOn, today: today).rawValue,
                    session?.title(.es) ?? "", session?.startsAt.map(RecordTime.localDate) ?? "",
                    yesNo(agreement.isDemo),
                ]
            }
        return try CSVWriter().string(
            header: [
                "secretariado", "codigo", "titulo", "descripcion", "responsable", "sector_responsable", "fecha_compromiso",
                "estado", "sesion", "fecha_sesion", "demo",
            ],
            rows: rows)
    }
}
