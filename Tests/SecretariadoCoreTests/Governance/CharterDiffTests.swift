import SecretariadoCore
import XCTest

final class CharterDiffTests: XCTestCase {
    func testLinesKeepTheirOrderWithRemovedBeforeAdded() {
        let lines = LineDiff.lines(from: ["a", "b", "c"], to: ["a", "x", "c", "d"])
        XCTAssertEqual(
            lines,
            [
                .init(.same, "a"), .init(.removed, "b"), .init(.added, "x"), .init(.same, "c"), .init(.added, "d"),
            ])
    }

    func testEmptyTextsAndIdenticalTexts() {
        XCTAssertEqual(LineDiff.lines(from: [], to: ["a"]), [.init(.added, "a")])
        XCTAssertEqual(LineDiff.lines(from: ["a"], to: []), [.init(.removed, "a")])
        XCTAssertTrue(LineDiff.lines(from: ["a", "b"], to: ["a", "b"]).allSatisfy { $0.kind == .same })
    }

    func testTheDiffNamesTheRuleAndNoticeOldToNewAndTheChangedLines() {
        let old = GovernanceMechanism.template(rule: DecisionRule(kind: .consensusThenMajority), ruleText: "Por consenso")
        var new = old
        new.decision.rule.requireEverySector = true
        new.operation.ordinaryNoticeDays = 7
        new.communication = "Boletín mensual."

        let diff = CharterDiff(from: old, to: new)

        XCTAssertEqual(diff.fields.map(\.field), ["decision.rule", "operation.ordinaryNoticeDays"])
        XCTAssertTrue(diff.fields[0].new.es.contains("cada sector"), diff.fields[0].new.es)
        XCTAssertFalse(diff.fields[0].old.es.contains("cada sector"))
        XCTAssertEqual(diff.fields[1].new.es, "7 días")
        XCTAssertTrue(diff.lines.contains(.init(.added, "Boletín mensual.")))
        XCTAssertEqual(diff.removedCount, 3, "the communication, notice and rule lines, nothing else")
        XCTAssertEqual(diff.addedCount, 3)
        XCTAssertFalse(diff.isEmpty)
        XCTAssertTrue(CharterDiff(from: old, to: old).isEmpty)
    }
}
