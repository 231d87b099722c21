import Fluent
import Foundation
import SQLKit
import SecretariadoCore

/// `secretariado demo generate`: a national-scale dataset — every state and municipality,
/// years of monthly sessions with agendas, attendance, votes decided by each STL's rule,
/// acuerdos with follow-up notes and finalised, archived minutes; Planes de Acción Local with
/// commitments and milestones, spending and outreach — for the benchmarks
/// (docs/benchmarks.md).
///
/// Deterministic: STL number k always gets the same data for a seed and a `today`. STLs
/// whose slug already exists are skipped, so a run can be repeated or extended. Rows go in
/// with multi-row INSERTs, `perTransaction` STLs per transaction, each STL with its audit
/// entry; the next group is built while the previous one is written.
struct NationalDatasetGenerator {
    struct Options: Sendable {
        var secretariats: Int
        var years: Int
        var seed: UInt64 = 2026
        var today: Date = Date()
        var perTransaction: Int = 100
    }

    struct Report: Sendable {
        var created = 0
        var skipped = 0
        var sessions = 0
        var rows = 0
    }

    let db: any Database

    func run(_ options: Options, progress: @escaping @Sendable (String) -> Void) async throws -> Report {
        let existing = try await existingSlugs()
        var wanted: [Int] = []
        var report = Report()
        for number in 0..<options.secretariats {
            if existing.contains(slugify(NationalNames.place(number).name)) { report.skipped += 1 } else { wanted.append(number) }
        }
        let groups = stride(from: 0, to: wanted.count, by: max(1, options.perTransaction)).map {
            Array(wanted[$0..<min($0 + options.perTransaction, wanted.count)])
        }
        let maxBinds = BindLimit.of(db)
        var pending: Task<(GeneratedBatch, [Summary]), any Error>? = groups.first.map { Self.build($0, options) }
        for index in groups.indices {
            guard let (batch, summaries) = try await pending?.value else { break }
            // Build the next group on another core while this one is written.
            pending = index + 1 < groups.count ? Self.build(groups[index + 1], options) : nil
            try await write(batch, summaries, maxBinds: maxBinds)
            report.created += summaries.count
            report.sessions += summaries.reduce(0) { $0 + $1.sessions }
            report.rows += batch.rowCount
            progress("\(report.created)/\(wanted.count) secretariados, \(report.sessions) sesiones, \(report.rows) filas")
        }
        return report
    }

    struct Summary: Sendable {
        let id: UUID
        let slug: String
        let name: String
        let sessions: Int
    }

    private func existingSlugs() async throws -> Set<String> {
        Set(try await Secretariat.query(on: db).field(\.$slug).all().map(\.slug))
    }

    private static func build(_ numbers: [Int], _ options: Options) -> Task<(GeneratedBatch, [Summary]), any Error> {
        Task.detached(priority: .userInitiated) {
            var batch = GeneratedBatch()
            var summaries: [Summary] = []
            for number in numbers {
                summaries.append(try secretariat(number, options, into: &batch))
            }
            return (batch, summaries)
        }
    }

    /// One STL: forum, then `years` × 12 concluded monthly sessions up to last month, and
    /// next month's session convened.
    static func secretariat(_ number: Int, _ options: Options, into batch: inout GeneratedBatch) throws -> Summary {
        var random = SeededRandom(seed: options.seed, stream: UInt64(number))
        var ids = GeneratedIDs(stlNumber: number, seed: options.seed)
        let now = MexicoCityTime.wallClock(at: options.today)
        let months = options.years * 12
        let first = monthShift(year: now.year, month: now.month, by: -months)
        let installedOn = MexicoCityTime.date(at: CivilDateTime(year: first.year, month: first.month, day: 1)!).addingTimeInterval(-30 * 86_400)
        let forum = GeneratedForum.make(
            number: number, installedOn: installedOn, maxRotations: options.years / 2, random: &random, ids: &ids, into: &batch)
        var sessions = GeneratedSessions(forum: forum, today: options.today)
        for offset in 0..<months {
            let month = monthShift(year: first.year, month: first.month, by: offset)
            try sessions.concluded(year: month.year, month: month.month, random: &random, ids: &ids, into: &batch)
        }
        let next = monthShift(year: now.year, month: now.month, by: 1)
        sessions.upcoming(year: next.year, month: next.month, random: &random, ids: &ids, into: &batch)
        GeneratedFollowUp.make(forum, first: first, years: options.years, today: options.today, random: &random, ids: &ids, into: &batch)
        return Summary(id: forum.stl.id!, slug: forum.stl.slug, name: forum.stl.name, sessions: sessions.sessionCount)
    }

    static func monthShift(year: Int, month: Int, by offset: Int) -> (year: Int, month: Int) {
        let index = year * 12 + (month - 1) + offset
        return (index / 12, index % 12 + 1)
    }

    private func write(_ batch: GeneratedBatch, _ summaries: [Summary], maxBinds: Int) async throws {
        try await db.writeTransaction { db in
            for table in batch.tables {
                try await table.insert(on: db, maxBinds: maxBinds)
            }
            for stl in summaries {
                try await AuditLog.record(
                    on: db, actor: .system, secretariatID: stl.id, action: .create, entity: .secretariat,
                    entityID: stl.id.uuidString,
                    summary: "Datos generados para pruebas de escala: \(stl.name), \(stl.sessions) sesiones",
                    change: .after(stl.slug))
            }
        }
    }
}
