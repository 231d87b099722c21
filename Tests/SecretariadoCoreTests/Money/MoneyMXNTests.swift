import SecretariadoCore
import XCTest

final class MoneyMXNTests: XCTestCase {
    private let nbsp = "\u{00A0}"

    func testTenThousandSumsOfTenAndTwentyCentavosAreExact() throws {
        let items = (0..<10_000).flatMap { _ in
            [try! MoneyMXN.parse("0.10"), try! MoneyMXN.parse("0.20")]
        }

        let total = try MoneyMXN.sum(items)

        XCTAssertEqual(total, try MoneyMXN.parse("3,000.00"))
        XCTAssertEqual(total.centavos, 300_000)
        // The same sum in Double is not exact, which is why money is never a Double.
        XCTAssertNotEqual((0..<10_000).reduce(0.0) { total, _ in total + 0.1 + 0.2 }, 3_000.0)
    }

    func testSumOfNothingIsZero() throws {
        XCTAssertEqual(try MoneyMXN.sum([]), .zero)
    }

    func testSumReportsOverflowInsteadOfWrapping() {
        let big = MoneyMXN(centavos: .max - 10)

        XCTAssertThrowsError(try MoneyMXN.sum([big, MoneyMXN(centavos: 11)])) {
            XCTAssertEqual($0 as? MoneyArithmeticError, .overflow)
        }
        XCTAssertEqual(try MoneyMXN.sum([big, MoneyMXN(centavos: 10)]).centavos, .max)
    }

    func testSubtractingReportsOverflow() throws {
        XCTAssertEqual(try MoneyMXN(centavos: 500).subtracting(MoneyMXN(centavos: 750)).centavos, -250)
        XCTAssertThrowsError(try MoneyMXN(centavos: .min).subtracting(MoneyMXN(centavos: 1)))
    }

    func testPesosInitializerRejectsOverflow() {
        XCTAssertEqual(MoneyMXN(pesos: 15)?.centavos, 1_500)
        XCTAssertNil(MoneyMXN(pesos: .max / 10))
    }

    func testFormatsWithDollarSignThousandsAndTwoDecimals() {
        XCTAssertEqual(MoneyMXN(centavos: 123_450).formatted(), "$1,234.50")
        XCTAssertEqual(MoneyMXN(centavos: 5).formatted(), "$0.05")
        XCTAssertEqual(MoneyMXN(centavos: 100_000_000).formatted(), "$1,000,000.00")
        XCTAssertEqual(MoneyMXN(centavos: -123_450).formatted(), "-$1,234.50")
    }

    func testFormatsWithCurrencyCodeAfterANoBreakSpace() {
        XCTAssertEqual(MoneyMXN(centavos: 123_450).formatted(includeCode: true), "$1,234.50\(nbsp)MXN")
    }

    func testEnglishShowsTheSameDigits() {
        let amount = MoneyMXN(centavos: 123_450)

        XCTAssertEqual(amount.formatted(language: .en), amount.formatted(language: .es))
        XCTAssertEqual(amount.formatted(language: .en, includeCode: true), "$1,234.50\(nbsp)MXN")
    }

    func testFormatsTheMostNegativeAmountWithoutTrapping() {
        XCTAssertEqual(MoneyMXN(centavos: .min).formatted(), "-$92,233,720,368,547,758.08")
        XCTAssertEqual(MoneyMXN(centavos: .min).decimalString, "-92233720368547758.08")
    }

    func testDecimalStringIsPlainMachineReadableText() {
        XCTAssertEqual(MoneyMXN(centavos: 123_450).decimalString, "1234.50")
        XCTAssertEqual(MoneyMXN(centavos: -5).decimalString, "-0.05")
        XCTAssertEqual(MoneyMXN.zero.decimalString, "0.00")
    }

    func testFormattedTextParsesBackToTheSameAmount() throws {
        for centavos: Int64 in [0, 1, 99, 100, 123_456_789, .max, -1, -100_000] {
            let amount = MoneyMXN(centavos: centavos)

            XCTAssertEqual(try MoneyMXN.parse(amount.formatted(includeCode: true), allowNegative: true), amount)
            XCTAssertEqual(try MoneyMXN.parse(amount.decimalString, allowNegative: true), amount)
        }
    }

    func testOrderFollowsTheAmount() {
        XCTAssertLessThan(MoneyMXN(centavos: -1), .zero)
        XCTAssertLessThan(MoneyMXN(centavos: 99), MoneyMXN(centavos: 100))
    }
}
