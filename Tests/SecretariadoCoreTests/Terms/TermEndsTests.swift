import Foundation
import SecretariadoCore
import XCTest

final class TermEndsTests: XCTestCase {
    /// Midnight in Mexico City of a civil date.
    private func day(_ y: Int, _ m: Int, _ d: Int) -> Date {
        MexicoCityTime.date(at: CivilDateTime(year: y, month: m, day: d)!)
    }

    private func term(_ name: String, _ role: HolderRole = .titular, seat: String = "Sociedad civil #1", starts: Date?, ends: Date? = nil)
        -> CurrentTerm
    {
        CurrentTerm(id: UUID(), holderName: name, seat: Localized(es: seat, en: seat), role: role, startsOn: starts, endsOn: ends)
    }

    func testTheEndIsTheStartPlusTheChartersMonths() {
        XCTAssertEqual(TermEnds.endDate(of: term("A", starts: day(2025, 1, 15)), termMonths: 24), day(2027, 1, 15))
        // 31 January + 1 month: the last day of February.
        XCTAssertEqual(TermEnds.endDate(of: term("A", starts: day(2026, 1, 31)), termMonths: 1), day(2026, 2, 28))
        XCTAssertEqual(TermEnds.endDate(of: term("A", starts: day(2027, 1, 31)), termMonths: 13), day(2028, 2, 29))
        XCTAssertNil(TermEnds.endDate(of: term("A", starts: day(2025, 1, 15)), termMonths: nil))
        XCTAssertNil(TermEnds.endDate(of: term("A", starts: nil), termMonths: 24))
        // A term's own end date wins over the charter.
        XCTAssertEqual(TermEnds.endDate(of: term("A", starts: day(2025, 1, 15), ends: day(2026, 3, 1)), termMonths: 24), day(2026, 3, 1))
    }

    func testWarnsWithinThirtyDaysAndWhenOverWithoutSuccessor() {
        let today = day(2026, 12, 2).addingTimeInterval(15 * 3_600)  // 15:00 in Mexico City
        let terms = [
            term("Ana", starts: day(2024, 12, 2)),  // ends today
            term("Beto", .suplente, seat: "Gobierno #1", starts: day(2025, 1, 1)),  // ends 1 Jan 2027: 30 days
            term("Carla", starts: day(2025, 1, 2)),  // ends 2 Jan 2027: 31 days, no warning
            term("Dora", seat: "Academia #1", starts: day(2024, 6, 1)),  // ended 1 Jun 2026
            term("Eva", starts: nil),  // no start date: nothing to say
        ]
        let warnings = TermEnds.warnings(for: terms, termMonths: 24, today: today)
        XCTAssertEqual(warnings.map(\.term.holderName), ["Dora", "Ana", "Beto"])
        XCTAssertEqual(warnings.map(\.daysLeft), [-184, 0, 30])
        XCTAssertEqual(warnings.map(\.hasEnded), [true, false, false])
        XCTAssertEqual(
            warnings[0].message.es,
            "El periodo de Dora (titular, Academia #1) terminó el 1 de junio de 2026 y no se ha designado relevo.")
        XCTAssertEqual(
            warnings[2].message.en,
            "The term of Beto (alternate, Gobierno #1) ends on January 1, 2027, in 30 days.")
        XCTAssertTrue(warnings[1].message.es.hasSuffix("termina el 2 de diciembre de 2026, hoy."))
    }

    func testNoCharterLengthNoWarnings() {
        XCTAssertEqual(TermEnds.warnings(for: [term("Ana", starts: day(2020, 1, 1))], termMonths: nil, today: day(2026, 12, 2)), [])
    }
}
