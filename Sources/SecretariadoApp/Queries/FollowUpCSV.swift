import Fluent
import SecretariadoCore
import Vapor

/// The follow-up datasets as CSV (RFC 4180, UTF-8, header row), for one STL or all of them.
/// Codes (statuses, levels, kinds) are the same as in the JSON; amounts are exact decimals.
enum FollowUpCSV {
    /// The STL's agreements: the columns of the national file (`CSVExports.agreements`),
    /// then the follow-up ones — the status as recorded, whether overdue, and the notes.
    static func agreements(of stl: Secretariat, filter: AgreementFilter, on db: any Database) async throws -> String {
        let rows = try await AgreementTracker.rows(of: stl.requireID(), on: db).filter(filter.matches).map { row -> [String] in
            let agreement = row.agreement
            return [
                stl.slug, agreement.code, agreement.title, agreement.description ?? "", agreement.owner,
                agreement.ownerSector ?? "", agreement.dueOn.map(RecordTime.localDate) ?? "", row.status.rawValue,
                row.session?.title(.es) ?? "", row.session?.startsAt.map(RecordTime.localDate) ?? "",
                agreement.status.rawValue, row.isOverdue ? "si" : "no", "\(row.notes.count)",
                row.notes.first.map { "\(RecordTime.localDate($0.notedOn)): \($0.text)" } ?? "",
                CSVExports.yesNo(agreement.isDemo),
            ]
        }
        return try CSVWriter().string(
            header: [
                "secretariado", "codigo", "titulo", "descripcion", "responsable", "sector_responsable", "fecha_compromiso",
                "estado", "sesion", "fecha_sesion", "estado_registrado", "vencido", "notas_seguimiento", "ultima_nota", "demo",
            ],
            rows: rows)
    }

    /// One row per commitment, with its milestones counted and both levels.
    static func commitments(of stl: Secretariat?, on db: any Database) async throws -> String {
        let slugs = try await slugs(on: db)
        var rows: [[String]] = []
        let plans = try await ActionPlanData.load(try stl?.requireID(), on: db)
        for data in bySecretariat(plans, slugs: slugs, of: { $0.plan.$secretariat.id }) {
            for commitment in data.commitments {
                let assessment = commitment.assessment
                let milestones = commitment.milestones
                rows.append([
                    slugs[commitment.$secretariat.id] ?? "", data.plan.title, "\(commitment.number)", commitment.title,
                    commitment.problem, commitment.objective, commitment.leadInstitution, commitment.coResponsible,
                    commitment.ogpValues.joined(separator: ";"), "\(milestones.count)", "\(milestones.filter(\.done).count)",
                    "\(milestones.filter { $0.done && !$0.evidenceLinks.isEmpty }.count)", assessment.derived.rawValue,
                    assessment.override?.rawValue ?? "", assessment.reason ?? "", assessment.level.rawValue,
                    CSVExports.yesNo(data.plan.isDemo),
                ])
            }
        }
        return try CSVWriter().string(
            header: [
                "secretariado", "plan", "numero", "compromiso", "problema", "objetivo", "institucion_responsable",
                "osc_corresponsable", "valores_ogp", "hitos", "hitos_cumplidos", "hitos_con_evidencia",
                "nivel_segun_hitos", "nivel_ajustado", "motivo_ajuste", "nivel", "demo",
            ],
            rows: rows)
    }

    static func milestones(of stl: Secretariat?, on db: any Database) async throws -> String {
        let slugs = try await slugs(on: db)
        var rows: [[String]] = []
        let plans = try await ActionPlanData.load(try stl?.requireID(), on: db)
        for data in bySecretariat(plans, slugs: slugs, of: { $0.plan.$secretariat.id }) {
            for commitment in data.commitments {
                for milestone in commitment.milestones {
                    rows.append([
                        slugs[commitment.$secretariat.id] ?? "", data.plan.title, "\(commitment.number)", commitment.title,
                        "\(milestone.position)", milestone.title, milestone.dueOn.map(RecordTime.localDate) ?? "",
                        milestone.done ? "si" : "no", milestone.doneOn.map(RecordTime.localDate) ?? "",
                        milestone.evidenceLinks.joined(separator: " "), CSVExports.yesNo(data.plan.isDemo),
                    ])
                }
            }
        }
        return try CSVWriter().string(
            header: [
                "secretariado", "plan", "numero_compromiso", "compromiso", "hito", "descripcion", "fecha_programada",
                "cumplido", "fecha_cumplimiento", "evidencias", "demo",
            ],
            rows: rows)
    }

    static func expenses(of stl: Secretariat?, on db: any Database) async throws -> String {
        let slugs = try await slugs(on: db)
        let rows = bySecretariat(try await expenseRecords(of: stl, on: db), slugs: slugs, of: { $0.$secretariat.id }).map { expense in
            [
                slugs[expense.$secretariat.id] ?? "", RecordTime.localDate(expense.spentOn), expense.concept,
                expense.amount.decimalString, expense.source, expense.receiptURL ?? "",
                expense.isAnnulled ? "si" : "no", expense.annulReason ?? "", CSVExports.yesNo(expense.isDemo),
            ]
        }
        // Annulled expenses stay in the file, marked, so the ledger shows what was corrected.
        return try CSVWriter().string(
            header: ["secretariado", "fecha", "concepto", "monto_mxn", "fuente", "comprobante", "anulado", "motivo_anulacion", "demo"], rows: rows)
    }

    static func outreach(of stl: Secretariat?, on db: any Database) async throws -> String {
        let slugs = try await slugs(on: db)
        let rows = bySecretariat(try await outreachActivities(of: stl, on: db), slugs: slugs, of: { $0.$secretariat.id }).map { activity in
            [
                slugs[activity.$secretariat.id] ?? "", RecordTime.localDate(activity.heldOn), activity.kind.rawValue, activity.title,
                activity.audience, "\(activity.attendees)", activity.materialLinks.joined(separator: " "), CSVExports.yesNo(activity.isDemo),
            ]
        }
        return try CSVWriter().string(
            header: ["secretariado", "fecha", "tipo", "actividad", "publico", "asistentes", "materiales", "demo"], rows: rows)
    }

    /// Oldest first, then by concept: the order of a ledger.
    static func expenseRecords(of stl: Secretariat?, on db: any Database) async throws -> [ExpenseRecord] {
        let query = ExpenseRecord.query(on: db)
        if let stl { query.filter(\.$secretariat.$id == (try stl.requireID())) }
        return try await query.sort(\.$spentOn).sort(\.$concept).sort(\.$createdAt).all()
    }

    /// Newest first.
    static func outreachActivities(of stl: Secretariat?, on db: any Database) async throws -> [OutreachActivity] {
        let query = OutreachActivity.query(on: db)
        if let stl { query.filter(\.$secretariat.$id == (try stl.requireID())) }
        return try await query.sort(\.$heldOn, .descending).sort(\.$createdAt, .descending).all()
    }

    /// Grouped by STL slug, keeping each STL's own order (the national files).
    private static func bySecretariat<T>(_ items: [T], slugs: [UUID: String], of id: (T) -> UUID) -> [T] {
        items.enumerated().sorted { (slugs[id($0.element)] ?? "", $0.offset) < (slugs[id($1.element)] ?? "", $1.offset) }.map(\.element)
    }

    private static func slugs(on db: any Database) async throws -> [UUID: String] {
        Dictionary(uniqueKeysWithValues: try await Secretariat.query(on: db).all().map { ($0.id!, $0.slug) })
    }
}
