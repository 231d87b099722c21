import SecretariadoCore
import XCTest

final class WriteRetryPolicyTests: XCTestCase {
    func testSQLStatesAreClassifiedByCode() {
        XCTAssertEqual(WriteFailure(sqlState: "40001"), .serialization)
        XCTAssertEqual(WriteFailure(sqlState: "40P01"), .deadlock)
        XCTAssertEqual(WriteFailure(sqlState: "23505"), .uniqueViolation)
        XCTAssertEqual(WriteFailure(sqlState: "23503"), .otherConstraint)  // foreign key
        XCTAssertEqual(WriteFailure(sqlState: "23502"), .otherConstraint)  // not null
        XCTAssertEqual(WriteFailure(sqlState: "23514"), .otherConstraint)  // check
        XCTAssertEqual(WriteFailure(sqlState: "40000"), .other)  // rollback, not a collision
        XCTAssertEqual(WriteFailure(sqlState: "42P01"), .other)
    }

    func testCollisionsAreRetriedUpToTheLimit() {
        for failure in [WriteFailure.serialization, .deadlock, .busy] {
            XCTAssertTrue(WriteRetryPolicy.retries(failure, after: 0))
            XCTAssertTrue(WriteRetryPolicy.retries(failure, after: WriteRetryPolicy.maxRetries - 1))
            XCTAssertFalse(WriteRetryPolicy.retries(failure, after: WriteRetryPolicy.maxRetries))
        }
    }

    func testAUniqueViolationIsRetriedOnlyAFewTimes() {
        XCTAssertTrue(WriteRetryPolicy.retries(.uniqueViolation, after: 0))
        XCTAssertTrue(WriteRetryPolicy.retries(.uniqueViolation, after: WriteRetryPolicy.maxUniqueRetries - 1))
        XCTAssertFalse(WriteRetryPolicy.retries(.uniqueViolation, after: WriteRetryPolicy.maxUniqueRetries))
        XCTAssertLessThan(WriteRetryPolicy.maxUniqueRetries, WriteRetryPolicy.maxRetries)
    }

    func testOtherConstraintsAndOtherErrorsAreNeverRetried() {
        XCTAssertFalse(WriteRetryPolicy.retries(.otherConstraint, after: 0))
        XCTAssertFalse(WriteRetryPolicy.retries(.other, after: 0))
    }

    func testTheBackoffGrowsAndIsBounded() {
        XCTAssertEqual(WriteRetryPolicy.backoffMilliseconds(retry: 1), 1...8)
        XCTAssertEqual(WriteRetryPolicy.backoffMilliseconds(retry: 2), 1...16)
        XCTAssertEqual(WriteRetryPolicy.backoffMilliseconds(retry: 6), 1...256)
        XCTAssertEqual(WriteRetryPolicy.backoffMilliseconds(retry: 12), 1...256)
    }
}
