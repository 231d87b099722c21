import SecretariadoCore
import XCTest

final class ExpenseLimitsTests: XCTestCase {
    private func pesos(_ value: Int64) -> MoneyMXN { MoneyMXN(pesos: value)! }

    func testOneEntryIsAtMostTenBillionPesos() throws {
        XCTAssertNoThrow(try ExpenseLimits.check(entry: pesos(10_000_000_000)))
        XCTAssertThrowsError(try ExpenseLimits.check(entry: MoneyMXN(centavos: 1_000_000_000_001))) { error in
            XCTAssertEqual(error as? ExpenseLimits.Violation, .entryTooLarge)
        }
        XCTAssertThrowsError(try ExpenseLimits.check(entry: .zero)) { error in
            XCTAssertEqual(error as? ExpenseLimits.Violation, .notPositive)
        }
    }

    func testTheRunningTotalIsCheckedBeforeTheEntryJoinsIt() throws {
        let ninetyNine = Array(repeating: pesos(10_000_000_000), count: 99)
        XCTAssertNoThrow(try ExpenseLimits.check(adding: pesos(10_000_000_000), to: ninetyNine), "exactly the ceiling")
        XCTAssertThrowsError(try ExpenseLimits.check(adding: pesos(10_000_000_000), to: ninetyNine + [MoneyMXN(centavos: 1)])) { error in
            guard case .totalTooLarge(let current)? = error as? ExpenseLimits.Violation else { return XCTFail("\(error)") }
            XCTAssertEqual(current, MoneyMXN(centavos: 99_000_000_000_001))
            XCTAssertTrue((error as! ExpenseLimits.Violation).message.es.contains("corrija o anule"))
        }
    }

    func testRecordsThatAlreadyOverflowRefuseAnythingNew() {
        // Records from before the ceiling: 92,300 entries of 999,999,999,999.99 do not fit Int64 centavos.
        let old = Array(repeating: MoneyMXN(centavos: 99_999_999_999_999), count: 92_300)
        XCTAssertThrowsError(try MoneyMXN.sum(old))
        XCTAssertThrowsError(try ExpenseLimits.check(adding: pesos(1), to: old)) { error in
            guard case .totalTooLarge? = error as? ExpenseLimits.Violation else { return XCTFail("\(error)") }
        }
    }

    func testTheCeilingKeepsEvenAVeryLargeNationalSumExact() throws {
        let perSTL = Array(repeating: ExpenseLimits.maximumTotal, count: 90_000)
        XCTAssertNoThrow(try MoneyMXN.sum(perSTL))
    }
}
