import Foundation
import SecretariadoCore
import XCTest

final class MexicanFormatNumberTests: XCTestCase {
    private let nbsp = "\u{00A0}"

    func testIntegersGroupThousandsWithCommasFromFourDigits() {
        XCTAssertEqual(MexicanFormat.integer(0), "0")
        XCTAssertEqual(MexicanFormat.integer(999), "999")
        XCTAssertEqual(MexicanFormat.integer(1_000), "1,000")
        XCTAssertEqual(MexicanFormat.integer(12_345), "12,345")
        XCTAssertEqual(MexicanFormat.integer(-1_234_567), "-1,234,567")
        XCTAssertEqual(MexicanFormat.integer(12_345, language: .en), "12,345")
    }

    func testIntegerHandlesExtremesWithoutTrapping() {
        XCTAssertEqual(MexicanFormat.integer(Int64.min), "-9,223,372,036,854,775,808")
        XCTAssertEqual(MexicanFormat.integer(UInt64.max), "18,446,744,073,709,551,615")
    }

    func testDecimalHasExactlyTheRequestedFractionDigits() {
        XCTAssertEqual(MexicanFormat.decimal(0.45), "0.45")
        XCTAssertEqual(MexicanFormat.decimal(0.5), "0.50")
        XCTAssertEqual(MexicanFormat.decimal(1_234.5), "1,234.50")
        XCTAssertEqual(MexicanFormat.decimal(2.0, fractionDigits: 0), "2")
        XCTAssertEqual(MexicanFormat.decimal(1e20), "100,000,000,000,000,000,000.00")
    }

    func testDecimalRoundsTheDecimalShownHalfAwayFromZero() {
        // 0.445 is 0.44499999999999995… in binary; people expect 0.45.
        XCTAssertEqual(MexicanFormat.decimal(0.445), "0.45")
        XCTAssertEqual(MexicanFormat.decimal(-0.445), "-0.45")
        XCTAssertEqual(MexicanFormat.decimal(exact: Decimal(string: "2.675")!), "2.68")
    }

    func testDecimalNeverShowsNegativeZero() {
        XCTAssertEqual(MexicanFormat.decimal(-0.001), "0.00")
        XCTAssertEqual(MexicanFormat.decimal(-0.0), "0.00")
    }

    func testDoublesOutsideDecimalRangeStillFormat() {
        XCTAssertEqual(MexicanFormat.decimal(Double.leastNonzeroMagnitude), "0.00")
        XCTAssertEqual(MexicanFormat.decimal(-1e-200, fractionDigits: 1), "0.0")
        XCTAssertEqual(MexicanFormat.decimal(-1e200, fractionDigits: 0).count, 1 + 200 + 66)  // 1e200 is 9.99…e199 in binary
        XCTAssertTrue(MexicanFormat.decimal(1e200).hasPrefix("99,999,999,999,999,996,973,"))
        XCTAssertEqual(MexicanFormat.percent(1e-300), "0.0\(nbsp)%")
    }

    func testNonFiniteNumbersShowADash() {
        XCTAssertEqual(MexicanFormat.decimal(Double.nan), "—")
        XCTAssertEqual(MexicanFormat.percent(Double.infinity), "—")
    }

    func testPercentInSpanishHasNoBreakSpaceBeforeSign() {
        XCTAssertEqual(MexicanFormat.percent(0.452), "45.2\(nbsp)%")
        XCTAssertEqual(MexicanFormat.percent(1), "100.0\(nbsp)%")
        XCTAssertEqual(MexicanFormat.percent(0.333333, fractionDigits: 0), "33\(nbsp)%")
    }

    func testPercentInEnglishHasNoSpace() {
        XCTAssertEqual(MexicanFormat.percent(0.452, language: .en), "45.2%")
    }

    func testPercentScalesInDecimalArithmetic() {
        // 0.0005 × 100 = 0.05 exactly, which rounds half away from zero to 0.1.
        XCTAssertEqual(MexicanFormat.percent(0.0005), "0.1\(nbsp)%")
        XCTAssertEqual(MexicanFormat.percent(0.57, fractionDigits: 2), "57.00\(nbsp)%")
    }
}
