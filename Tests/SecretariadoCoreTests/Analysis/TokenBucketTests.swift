import Foundation
import SecretariadoCore
import XCTest

final class TokenBucketTests: XCTestCase {
    func testABurstUpToCapacityThenOneTokenPerRefillPeriod() {
        let start = Date(timeIntervalSince1970: 1_000)
        var bucket = TokenBucket(capacity: 3, refillPerSecond: 0.5, now: start)
        XCTAssertNil(bucket.take(now: start))
        XCTAssertNil(bucket.take(now: start))
        XCTAssertNil(bucket.take(now: start))
        XCTAssertEqual(bucket.take(now: start), 2, "one token takes two seconds")
        XCTAssertEqual(bucket.take(now: start.addingTimeInterval(1)), 1)
        XCTAssertNil(bucket.take(now: start.addingTimeInterval(2)))
        XCTAssertFalse(bucket.isFull(now: start.addingTimeInterval(2)))
        XCTAssertTrue(bucket.isFull(now: start.addingTimeInterval(60)))
    }

    func testADeadlineInThePastStopsBeforeTheFirstForum() {
        let json = #"{"forums": [{"name": "Durango", "seats": {"gobierno": 1, "sociedad_civil": 1}, "rule": {"kind": "consensus"}}]}"#
        guard case .deadlineExceeded = AnalysisService.analyze(jsonData: Data(json.utf8), deadline: .distantPast) else {
            return XCTFail("expected the deadline to stop the run")
        }
        guard case .output = AnalysisService.analyze(jsonData: Data(json.utf8), deadline: .distantFuture) else {
            return XCTFail("expected an output")
        }
        guard case .invalid = AnalysisService.analyze(jsonData: Data("{}".utf8), deadline: .distantFuture) else {
            return XCTFail("bad input is still reported as such")
        }
    }
}
