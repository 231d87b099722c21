import Foundation
import SecretariadoCore
import XCTest

final class CanonicalJSONTests: XCTestCase {
    func testSortsKeysAndOmitsWhitespaceAtEveryLevel() throws {
        let value: CanonicalValue = ["b": 1, "a": ["z": true, "y": nil], "c": ["x", 2]]

        XCTAssertEqual(try CanonicalJSON.string(value), #"{"a":{"y":null,"z":true},"b":1,"c":["x",2]}"#)
    }

    func testSortsKeysByUTF16CodeUnitsAsRFC8785Example() throws {
        // The sorting example of RFC 8785 §3.2.3; note 😀 (D83D DE00) before U+FB33.
        let value: CanonicalValue = .object([
            "\u{20AC}": "Euro Sign",
            "\r": "Carriage Return",
            "\u{FB33}": "Hebrew Letter Dalet With Dagesh",
            "1": "One",
            "\u{1F600}": "Emoji: Grinning Face",
            "\u{0080}": "Control",
            "\u{00F6}": "Latin Small Letter O With Diaeresis",
        ])

        let text = try CanonicalJSON.string(value)

        let expected =
            "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u{0080}\":\"Control\","
            + "\"\u{00F6}\":\"Latin Small Letter O With Diaeresis\",\"\u{20AC}\":\"Euro Sign\","
            + "\"\u{1F600}\":\"Emoji: Grinning Face\",\"\u{FB33}\":\"Hebrew Letter Dalet With Dagesh\"}"
        XCTAssertEqual(text, expected)
    }

    func testEscapesControlCharactersQuoteAndBackslashOnly() throws {
        let value: CanonicalValue = .string("\u{0}\u{1}\u{8}\t\n\u{B}\u{C}\r\u{1F}\"\\/\u{7F}")

        XCTAssertEqual(
            try CanonicalJSON.string(value),
            #""\u0000\u0001\b\t\n\u000b\f\r\u001f\"\\/"# + "\u{7F}\"")
    }

    func testWritesNonASCIIAsRawUTF8() throws {
        let text = "Michoacán · señal ✓ 😀"

        let data = try CanonicalJSON.data(.string(text))

        XCTAssertEqual(Array(data), Array("\"\(text)\"".utf8))
    }

    func testKeepsTheExactScalarsOfAString() throws {
        // Precomposed and decomposed "é" are equal Swift strings but different bytes.
        let precomposed = try CanonicalJSON.data(.string("\u{E9}"))
        let decomposed = try CanonicalJSON.data(.string("e\u{301}"))

        XCTAssertNotEqual(precomposed, decomposed)
        XCTAssertEqual(Array(decomposed), [0x22, 0x65, 0xCC, 0x81, 0x22])
    }

    func testWritesIntegersUpToTwoToThe53MinusOne() throws {
        XCTAssertEqual(
            try CanonicalJSON.string([0, -1, 9_007_199_254_740_991, -9_007_199_254_740_991]),
            "[0,-1,9007199254740991,-9007199254740991]")
    }

    func testRejectsIntegersThatDoublesCannotHoldExactly() {
        XCTAssertThrowsError(try CanonicalJSON.data(.int(9_007_199_254_740_992))) {
            XCTAssertEqual($0 as? CanonicalJSONError, .integerOutOfRange("9007199254740992"))
        }
        XCTAssertThrowsError(try CanonicalJSON.data([["a": .int(.min)]]))
    }

    func testEmptyContainersAndLiterals() throws {
        XCTAssertEqual(try CanonicalJSON.string([[:], [], "", true, false, nil]), #"[{},[],"",true,false,null]"#)
    }

    private struct Minute: Encodable {
        var title: String
        var number: Int
        var signed: Bool
        var signers: [String]
        var approvedAt: Date
        var link: String
        var note: String?
    }

    private struct MinuteReordered: Encodable {
        var link: String
        var approvedAt: Date
        var signers: [String]
        var signed: Bool
        var number: Int
        var title: String
    }

    func testEncodableGivesTheSameBytesWhateverThePropertyOrder() throws {
        let date = Date(timeIntervalSince1970: 1_795_000_000)
        let a = Minute(
            title: "Sesión 1", number: 7, signed: true, signers: ["Ana", "Luis"], approvedAt: date,
            link: "https://stl.mx/a/1", note: nil)
        let b = MinuteReordered(
            link: "https://stl.mx/a/1", approvedAt: date, signers: ["Ana", "Luis"], signed: true,
            number: 7, title: "Sesión 1")

        let bytesA = try CanonicalJSON.data(of: a)
        let bytesB = try CanonicalJSON.data(of: b)

        XCTAssertEqual(bytesA, bytesB)
        XCTAssertEqual(
            String(decoding: bytesA, as: UTF8.self),
            #"{"approvedAt":"2026-11-18T11:06:40Z","link":"https://stl.mx/a/1","number":7,"#
                + #""signed":true,"signers":["Ana","Luis"],"title":"Sesión 1"}"#)
    }

    func testEncodableWithAFractionalNumberIsRefused() {
        struct Measured: Encodable { var share = 0.5 }

        XCTAssertThrowsError(try CanonicalJSON.value(of: Measured())) {
            XCTAssertEqual($0 as? CanonicalJSONError, .nonIntegerNumber("0.5"))
        }
    }

    func testSerialisingTwiceGivesIdenticalBytes() throws {
        let value: CanonicalValue = ["k\(1)": "v", "k\(2)": ["a", ["b": nil]], "a": -3]

        XCTAssertEqual(try CanonicalJSON.data(value), try CanonicalJSON.data(value))
    }

    func testCanonicalTextParsesBackToTheSameValue() throws {
        let value: CanonicalValue = ["x": ["\u{0}\"\\ñ😀", 42, false, nil, [:]], "": []]

        XCTAssertEqual(try CanonicalJSON.value(parsing: CanonicalJSON.data(value)), value)
    }
}
