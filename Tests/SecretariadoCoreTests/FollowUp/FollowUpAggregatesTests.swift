import Foundation
import SecretariadoCore
import XCTest

/// The dashboards' arithmetic: agreements per quarter by status today, commitments per
/// level with the STL's override, exact spending totals, period names.
final class FollowUpAggregatesTests: XCTestCase {
    /// Noon in Mexico City of a calendar day.
    func day(_ y: Int, _ m: Int, _ d: Int) -> Date {
        MexicoCityTime.date(at: CivilDateTime(year: y, month: m, day: d, hour: 12)!)
    }

    func testAgreementsAreCountedPerQuarterByTheStatusTheyShowToday() {
        let today = day(2026, 11, 25)
        let timeline = AgreementTimeline(
            [
                (day(2026, 1, 15), .pendiente, day(2026, 3, 1)),  // open and past due: overdue
                (day(2026, 2, 10), .cumplido, day(2026, 3, 1)),  // closed: never overdue
                (day(2026, 5, 5), .enProceso, day(2026, 12, 31)),
                (day(2026, 6, 30), .pendiente, nil),
            ], today: today)
        XCTAssertEqual(timeline.periods.map(\.key), ["2026-T1", "2026-T2"])
        XCTAssertEqual(timeline.periods[0].count(.vencido), 1)
        XCTAssertEqual(timeline.periods[0].count(.cumplido), 1)
        XCTAssertEqual(timeline.periods[0].count(.pendiente), 0)
        XCTAssertEqual(timeline.periods[1].count(.enProceso), 1)
        XCTAssertEqual(timeline.periods[1].count(.pendiente), 1)
        XCTAssertEqual(timeline.total(.vencido), 1)
        XCTAssertEqual(timeline.total, 4)
    }

    func testAnAgreementDueTodayIsNotYetOverdue() {
        let today = day(2026, 11, 25)
        let timeline = AgreementTimeline([(day(2026, 11, 1), .pendiente, today)], today: today)
        XCTAssertEqual(timeline.total(.vencido), 0)
        XCTAssertEqual(timeline.total(.pendiente), 1)
    }

    func testTheQuarterFollowsMexicoCitysCalendar() {
        // 2026-04-01 03:00 UTC is still 31 March in Mexico City (UTC−6): first quarter.
        let lateMarch = Date(timeIntervalSince1970: 1_775_012_400)
        let timeline = AgreementTimeline([(lateMarch, .pendiente, nil)], today: day(2026, 5, 1))
        XCTAssertEqual(timeline.periods.map(\.key), ["2026-T1"])
    }

    func testAnOverrideIsReportedButTheDerivedLevelIsKept() {
        let milestones = [
            MilestoneProgress(done: true, hasEvidence: true), MilestoneProgress(done: false, hasEvidence: false),
            MilestoneProgress(done: false, hasEvidence: false),
        ]
        let plain = CommitmentAssessment(milestones: milestones, override: nil, reason: "ignored")
        XCTAssertEqual(plain.level, .limitado)
        XCTAssertNil(plain.reason, "no override, no reason")
        let adjusted = CommitmentAssessment(milestones: milestones, override: .sustancial, reason: "Avance verificado en campo")
        XCTAssertEqual(adjusted.derived, .limitado)
        XCTAssertEqual(adjusted.level, .sustancial)
        XCTAssertEqual(adjusted.reason, "Avance verificado en campo")
        XCTAssertTrue(adjusted.isOverridden)
    }

    func testCompletionCountsListEveryLevelInScaleOrder() {
        let counts = CompletionCounts([.limitado, .completo, .limitado])
        XCTAssertEqual(counts.rows.map(\.level), CompletionLevel.allCases)
        XCTAssertEqual(counts.rows.map(\.count), [0, 0, 2, 0, 1])
        XCTAssertEqual(counts.total, 3)
    }

    func testSpendingTotalsAreExactToTheCentavo() throws {
        let expenses = try [("0.10", day(2026, 1, 5)), ("0.20", day(2026, 2, 5)), ("1,234.55", day(2026, 4, 1))].map {
            Expense(date: $0.1, concept: "Logística", amount: try MoneyMXN.parse($0.0))
        }
        let totals = try SpendingTotals(Array(expenses.prefix(2)), period: .quarter)
        XCTAssertEqual(totals.total.formatted(), "$0.30")
        let all = try SpendingTotals(expenses, period: .quarter)
        XCTAssertEqual(all.byPeriod.map(\.key), ["2026-T1", "2026-T2"])
        XCTAssertEqual(all.byPeriod.map { $0.total.decimalString }, ["0.30", "1234.55"])
        XCTAssertEqual(all.total.decimalString, "1234.85")
    }

    func testPeriodNamesInBothLanguages() {
        XCTAssertEqual(PeriodLabel.text("2026-T1", language: .es), "1.er trimestre de 2026")
        XCTAssertEqual(PeriodLabel.text("2026-T2", language: .es), "2.º trimestre de 2026")
        XCTAssertEqual(PeriodLabel.text("2026-T3", language: .en), "Q3 2026")
        XCTAssertEqual(PeriodLabel.text("2026-03", language: .es), "marzo de 2026")
        XCTAssertEqual(PeriodLabel.text("2026-03", language: .en), "March 2026")
        XCTAssertEqual(PeriodLabel.text("2026", language: .es), "2026")
        XCTAssertEqual(PeriodLabel.short("2026-T4", language: .es), "T4 2026")
        XCTAssertEqual(PeriodLabel.short("2026-T4", language: .en), "Q4 2026")
    }
}
