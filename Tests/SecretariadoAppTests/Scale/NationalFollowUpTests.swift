import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// The national follow-up dashboard from aggregates says exactly what reading every record
/// says, and its page shows 100 STLs at a time.
final class NationalFollowUpTests: AppTestCase {
    func testAggregatesAgreeWithEveryRecord() async throws {
        try await loadDemo()
        try await DemoSessionsLoader(db: db).load()
        try await DemoFollowUpLoader(db: db).load()
        _ = try await NationalDatasetGenerator(db: db).run(
            .init(secretariats: 40, years: 3, seed: 5, today: CalendarDate.parse("2026-11-25")!, perTransaction: 20)
        ) { _ in }
        let today = CalendarDate.parse("2026-11-25")!

        let national = try await NationalFollowUp.load(today: today, on: db)
        let records = try await FollowUpDashboard.fromRecords(nil, today: today, on: db)

        XCTAssertGreaterThan(records.timeline.total, 100)
        XCTAssertEqual(national.plans, records.plans)
        XCTAssertEqual(national.completion, records.completion)
        XCTAssertEqual(national.milestones, records.milestones)
        XCTAssertEqual(national.milestonesVerified, records.milestonesVerified)
        XCTAssertEqual(national.timeline, records.timeline)
        XCTAssertEqual(national.spending.total, records.spending.total)
        XCTAssertEqual(national.spending.byPeriod.map(\.key), records.spending.byPeriod.map(\.key))
        XCTAssertEqual(national.spending.byPeriod.map(\.total), records.spending.byPeriod.map(\.total))
        XCTAssertEqual(
            Set(national.spending.byConcept.map { "\($0.key)=\($0.total.centavos)" }),
            Set(records.spending.byConcept.map { "\($0.key)=\($0.total.centavos)" }))
        XCTAssertEqual(national.outreachCount, records.outreachCount)
        XCTAssertEqual(national.outreachAttendees, records.outreachAttendees)
        XCTAssertEqual(national.outreachByKind.map { "\($0.kind)=\($0.count)" }, records.outreachByKind.map { "\($0.kind)=\($0.count)" })
        XCTAssertEqual(national.lines.count, records.lines.count)
        let byRecords = Dictionary(uniqueKeysWithValues: records.lines.map { ($0.slug, $0) })
        for line in national.lines {
            let other = try XCTUnwrap(byRecords[line.slug])
            XCTAssertEqual(
                [line.commitments, line.advanced, line.agreements, line.overdue, line.outreach],
                [other.commitments, other.advanced, other.agreements, other.overdue, other.outreach], line.slug)
            XCTAssertEqual(line.spending, other.spending, line.slug)
        }
    }
}
