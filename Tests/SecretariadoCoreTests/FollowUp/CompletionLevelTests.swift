import SecretariadoCore
import XCTest

final class CompletionLevelTests: XCTestCase {
    func m(_ done: Bool, _ evidence: Bool = true) -> MilestoneProgress { MilestoneProgress(done: done, hasEvidence: evidence) }

    func testACommitmentWithoutMilestonesHasNoEvidence() {
        XCTAssertEqual(CompletionLevel.derived(from: []), .sinEvidencia)
    }

    func testNothingDoneIsNotStarted() {
        XCTAssertEqual(CompletionLevel.derived(from: [m(false), m(false)]), .noIniciado)
    }

    func testLevelsFollowTheShareOfVerifiedMilestones() {
        XCTAssertEqual(CompletionLevel.derived(from: [m(true), m(false), m(false), m(false)]), .limitado)
        XCTAssertEqual(CompletionLevel.derived(from: [m(true), m(true), m(false), m(false)]), .sustancial)
        XCTAssertEqual(CompletionLevel.derived(from: [m(true), m(true), m(true)]), .completo)
    }

    func testDoneWithoutEvidenceDoesNotCount() {
        XCTAssertEqual(CompletionLevel.derived(from: [m(true, false), m(false)]), .sinEvidencia)
        XCTAssertEqual(CompletionLevel.derived(from: [m(true), m(true, false)]), .sustancial, "one of two verified")
    }

    func testLevelsAreOrdered() {
        XCTAssertLessThan(CompletionLevel.limitado, CompletionLevel.completo)
        XCTAssertEqual(CompletionLevel.allCases.max(), .completo)
    }
}

final class AgreementStatusTests: XCTestCase {
    let today = Date(timeIntervalSince1970: 1_790_000_000)

    func testAnOpenAgreementPastItsDueDateIsOverdue() {
        let due = today.addingTimeInterval(-86_400)
        XCTAssertEqual(AgreementStatus.effective(stored: .pendiente, dueOn: due, today: today), .vencido)
        XCTAssertEqual(AgreementStatus.effective(stored: .enProceso, dueOn: due, today: today), .vencido)
    }

    func testClosedOrUndatedAgreementsAreNeverOverdue() {
        let due = today.addingTimeInterval(-86_400)
        XCTAssertEqual(AgreementStatus.effective(stored: .cumplido, dueOn: due, today: today), .cumplido)
        XCTAssertEqual(AgreementStatus.effective(stored: .cancelado, dueOn: due, today: today), .cancelado)
        XCTAssertEqual(AgreementStatus.effective(stored: .pendiente, dueOn: nil, today: today), .pendiente)
        XCTAssertEqual(AgreementStatus.effective(stored: .pendiente, dueOn: today.addingTimeInterval(86_400), today: today), .pendiente)
    }

    func testOverdueCannotBeSetByHand() {
        XCTAssertFalse(AgreementStatus.settable.contains(.vencido))
    }
}

final class SpendingTotalsTests: XCTestCase {
    func date(_ y: Int, _ mo: Int, _ d: Int) -> Date {
        MexicoCityTime.date(at: CivilDateTime(year: y, month: mo, day: d, hour: 12, minute: 0)!)
    }

    func testTotalsAddUpExactlyByPeriodAndConcept() throws {
        let expenses = try [
            Expense(date: date(2026, 1, 15), concept: "Cafetería", amount: MoneyMXN.parse("0.10")),
            Expense(date: date(2026, 1, 31), concept: "Cafetería", amount: MoneyMXN.parse("0.20")),
            Expense(date: date(2026, 4, 1), concept: "Impresión", amount: MoneyMXN.parse("1,234.56")),
        ]

        let monthly = try SpendingTotals(expenses, period: .month)
        let quarterly = try SpendingTotals(expenses, period: .quarter)

        XCTAssertEqual(monthly.total, try MoneyMXN.parse("1234.86"))
        XCTAssertEqual(monthly.byPeriod.map(\.key), ["2026-01", "2026-04"])
        XCTAssertEqual(monthly.byPeriod[0].total, try MoneyMXN.parse("0.30"), "exact, not 0.30000000000000004")
        XCTAssertEqual(quarterly.byPeriod.map(\.key), ["2026-T1", "2026-T2"])
        XCTAssertEqual(monthly.byConcept.map(\.key), ["Impresión", "Cafetería"])
    }

    func testPeriodsFollowMexicoCityNotUTC() {
        // 31 March 2026, 22:00 in Mexico City is already 1 April in UTC.
        let late = MexicoCityTime.date(at: CivilDateTime(year: 2026, month: 3, day: 31, hour: 22, minute: 0)!)
        XCTAssertEqual(SpendingTotals.key(late, .month), "2026-03")
    }
}
