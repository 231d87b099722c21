import SecretariadoCore
import XCTest

final class MoneyMXNParsingTests: XCTestCase {
    private func centavos(_ input: String, allowNegative: Bool = false) throws -> Int64 {
        try MoneyMXN.parse(input, allowNegative: allowNegative).centavos
    }

    private func assertRejects(
        _ input: String, allowNegative: Bool = false, with expected: MoneyParseError,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertThrowsError(try MoneyMXN.parse(input, allowNegative: allowNegative), file: file, line: line) {
            XCTAssertEqual($0 as? MoneyParseError, expected, "input \(input.debugDescription)", file: file, line: line)
        }
    }

    func testAcceptsTheWaysPeopleWriteAmountsInMexico() throws {
        XCTAssertEqual(try centavos("1234"), 123_400)
        XCTAssertEqual(try centavos("1234.5"), 123_450)
        XCTAssertEqual(try centavos("1234.50"), 123_450)
        XCTAssertEqual(try centavos("1,234.50"), 123_450)
        XCTAssertEqual(try centavos("$1,234.50"), 123_450)
        XCTAssertEqual(try centavos("$ 1,234.50 MXN"), 123_450)
        XCTAssertEqual(try centavos("  1,234,567.05\u{00A0}mxn "), 123_456_705)
        XCTAssertEqual(try centavos(".5"), 50)
        XCTAssertEqual(try centavos("0"), 0)
        XCTAssertEqual(try centavos("007"), 700)
    }

    func testAcceptsNegativeAmountsOnlyWhenAllowed() throws {
        XCTAssertEqual(try centavos("-$1,234.50", allowNegative: true), -123_450)
        XCTAssertEqual(try centavos("$-1,234.50", allowNegative: true), -123_450)
        XCTAssertEqual(try centavos("\u{2212}10", allowNegative: true), -1_000)
        assertRejects("-1", with: .negativeNotAllowed)
        assertRejects("$-0.00", with: .negativeNotAllowed)
    }

    func testRejectsMoreThanTwoDecimals() {
        assertRejects("1.005", with: .tooManyDecimals(found: 3))
        assertRejects("1.500", with: .tooManyDecimals(found: 3))
    }

    func testRejectsDecimalCommaWithAHelpfulError() {
        assertRejects("1234,50", with: .decimalComma)
        assertRejects("12,5", with: .decimalComma)
        assertRejects("1.234,50", with: .decimalComma)
        assertRejects("1.234.567,00", with: .decimalComma)
    }

    func testRejectsMisplacedThousandsSeparators() {
        assertRejects("1,23,456", with: .misplacedThousandsSeparator)
        assertRejects("1234,567", with: .misplacedThousandsSeparator)
        assertRejects("12,3456.00", with: .misplacedThousandsSeparator)
        assertRejects(",123", with: .misplacedThousandsSeparator)
    }

    func testRejectsWhatIsNotANumber() {
        assertRejects("doce", with: .notANumber)
        assertRejects("12 pesos", with: .notANumber)
        assertRejects("1e3", with: .notANumber)
        assertRejects("1 234", with: .notANumber)
        assertRejects("١٢", with: .notANumber)  // Arabic-Indic digits are not accepted
    }

    func testRejectsMalformedArrangements() {
        assertRejects("1.2.3", with: .malformed)
        assertRejects("12.", with: .malformed)
        assertRejects("--5", allowNegative: true, with: .malformed)
        assertRejects("5-", with: .malformed)
        assertRejects("$$5", with: .malformed)
    }

    func testRejectsBlankInput() {
        assertRejects("", with: .empty)
        assertRejects("   ", with: .empty)
        assertRejects("$", with: .empty)
        assertRejects("MXN", with: .empty)
    }

    func testRejectsAmountsBeyondInt64Centavos() throws {
        XCTAssertEqual(try centavos("92,233,720,368,547,758.07"), Int64.max)
        assertRejects("92,233,720,368,547,758.08", with: .outOfRange)
        assertRejects("99999999999999999999999", with: .outOfRange)
    }

    func testErrorsExplainTheProblemInSpanishByDefault() {
        let error = MoneyParseError.tooManyDecimals(found: 3)

        XCTAssertEqual(error.errorDescription, "El monto tiene 3 decimales; se admiten como máximo 2 (centavos).")
        XCTAssertEqual(error.message.en, "The amount has 3 decimals; at most 2 (centavos) are allowed.")
        XCTAssertEqual(
            MoneyParseError.decimalComma.errorDescription,
            "Usa punto para los decimales y coma para los miles, por ejemplo 1,234.50.")
    }

    func testEveryErrorHasDistinctMessagesInBothLanguages() {
        let all: [MoneyParseError] = [
            .empty, .notANumber, .malformed, .tooManyDecimals(found: 3), .decimalComma,
            .misplacedThousandsSeparator, .negativeNotAllowed, .outOfRange,
        ]

        XCTAssertEqual(Set(all.map(\.message.es)).count, all.count)
        XCTAssertEqual(Set(all.map(\.message.en)).count, all.count)
    }
}
