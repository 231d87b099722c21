import Foundation
import SecretariadoCore
import XCTest

final class CanonicalJSONParsingTests: XCTestCase {
    private func parse(_ json: String) throws -> CanonicalValue {
        try CanonicalJSON.value(parsing: Data(json.utf8))
    }

    private func assertMalformed(_ json: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try parse(json), json, file: file, line: line) { error in
            guard case .malformed = error as? CanonicalJSONError else {
                return XCTFail("\(json): \(error)", file: file, line: line)
            }
        }
    }

    func testReadsWhitespaceAndAllValueKinds() throws {
        let value = try parse(" {\n\t\"a\" : [ 1 , -2 , true , false , null , \"x\" ] , \"b\" : { } }\r\n")

        XCTAssertEqual(value, ["a": [1, -2, true, false, nil, "x"], "b": [:]])
    }

    func testDecodesEscapesIncludingSurrogatePairs() throws {
        let value = try parse(#""\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00""#)

        XCTAssertEqual(value, .string("\"\\/\u{8}\u{C}\n\r\té😀"))
    }

    func testRejectsFloatsAndExponents() {
        for number in ["1.5", "1e3", "-0.0", "2E-1"] {
            XCTAssertThrowsError(try parse(number)) {
                XCTAssertEqual($0 as? CanonicalJSONError, .nonIntegerNumber(number))
            }
        }
    }

    func testRejectsIntegersOutsideTheSafeRange() {
        XCTAssertThrowsError(try parse("9007199254740992")) {
            XCTAssertEqual($0 as? CanonicalJSONError, .integerOutOfRange("9007199254740992"))
        }
        XCTAssertThrowsError(try parse("123456789012345678901234567890"))
    }

    func testRejectsDuplicateKeys() {
        XCTAssertThrowsError(try parse(#"{"a":1,"a":2}"#)) {
            XCTAssertEqual($0 as? CanonicalJSONError, .duplicateKey("a"))
        }
    }

    func testRejectsMalformedJSON() {
        for json in [
            "", "{", "[1,]", "{\"a\":1,}", "01", "-", "tru", "nul", "\"abc", "\"a\u{1}b\"",
            #""\x""#, #""\u12""#, #""\ud83d""#, #""\ude00""#, "[1] 2", "{1:2}", "'a'",
        ] {
            assertMalformed(json)
        }
    }

    func testRejectsInvalidUTF8() {
        for bytes: [UInt8] in [[0x22, 0xC3, 0x22], [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xFF, 0x22]] {
            XCTAssertThrowsError(try CanonicalJSON.value(parsing: Data(bytes)), "\(bytes)")
        }
    }

    func testRejectsNestingDeeperThanTheLimit() {
        let deep =
            String(repeating: "[", count: CanonicalJSON.maxDepth + 1)
            + String(repeating: "]", count: CanonicalJSON.maxDepth + 1)
        let allowed =
            String(repeating: "[", count: CanonicalJSON.maxDepth)
            + String(repeating: "]", count: CanonicalJSON.maxDepth)

        XCTAssertThrowsError(try parse(deep)) { XCTAssertEqual($0 as? CanonicalJSONError, .tooDeep) }
        XCTAssertNoThrow(try parse(allowed))
    }
}
