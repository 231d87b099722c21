import Foundation
import SecretariadoCore
import XCTest

final class CSVWriterTests: XCTestCase {
    func testWritesHeaderAndRowsEachEndingInCRLF() throws {
        let csv = try CSVWriter().string(header: ["estado", "sesiones"], rows: [["Michoacán", "12"], ["Zacatecas", "3"]])

        XCTAssertEqual(csv, "estado,sesiones\r\nMichoacán,12\r\nZacatecas,3\r\n")
    }

    func testHeaderAloneIsAValidDocument() throws {
        XCTAssertEqual(try CSVWriter().string(header: ["a"], rows: []), "a\r\n")
    }

    func testQuotesFieldsWithCommaQuoteCROrLFAndDoublesQuotes() {
        let writer = CSVWriter()

        XCTAssertEqual(writer.field("Gobierno, sociedad civil"), "\"Gobierno, sociedad civil\"")
        XCTAssertEqual(writer.field("el \"GP\""), "\"el \"\"GP\"\"\"")
        XCTAssertEqual(writer.field("línea 1\r\nlínea 2"), "\"línea 1\r\nlínea 2\"")
        XCTAssertEqual(writer.field("a\nb"), "\"a\nb\"")
        XCTAssertEqual(writer.field("a\rb"), "\"a\rb\"")
    }

    func testLeavesPlainFieldsUnquoted() {
        let writer = CSVWriter()

        XCTAssertEqual(writer.field("San Luis Potosí; 2026"), "San Luis Potosí; 2026")
        XCTAssertEqual(writer.field(""), "")
        XCTAssertEqual(writer.field(" espacios "), " espacios ")
    }

    func testDoublesAQuoteEvenWhenACombiningMarkFollowsIt() {
        // "\"\u{301}" is one Character; a Character-level replace could miss the quote.
        XCTAssertEqual(CSVWriter().field("a\"\u{301}"), "\"a\"\"\u{301}\"")
    }

    func testNeutralizesFormulaStartersByDefault() {
        let writer = CSVWriter()

        XCTAssertEqual(writer.field("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"")
        XCTAssertEqual(writer.field("+52 55 1234"), "'+52 55 1234")
        XCTAssertEqual(writer.field("-5"), "'-5")
        XCTAssertEqual(writer.field("@SUM(A1)"), "'@SUM(A1)")
        XCTAssertEqual(writer.field("\tx"), "'\tx")
        XCTAssertEqual(writer.field("=1,2"), "\"'=1,2\"")
    }

    func testLeavesFormulaLookalikesInsideAFieldAlone() {
        XCTAssertEqual(CSVWriter().field("a=b-c+d@e"), "a=b-c+d@e")
    }

    func testWritesFormulaStartersVerbatimWhenNeutralizingIsOff() {
        let writer = CSVWriter(neutralizeFormulas: false)

        XCTAssertEqual(writer.field("-5"), "-5")
        XCTAssertEqual(writer.field("=1+1"), "=1+1")
    }

    func testDataIsUTF8WithoutByteOrderMarkByDefault() throws {
        let data = try CSVWriter().data(header: ["año"], rows: [])

        XCTAssertEqual(Array(data), Array("año\r\n".utf8))
    }

    func testDataStartsWithByteOrderMarkWhenAsked() throws {
        let data = try CSVWriter(includeByteOrderMark: true).data(header: ["año"], rows: [])

        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(Array(data.dropFirst(3)), Array("año\r\n".utf8))
    }

    func testStringNeverHasByteOrderMark() throws {
        let text = try CSVWriter(includeByteOrderMark: true).string(header: ["a"], rows: [])

        XCTAssertEqual(text, "a\r\n")
    }

    func testRejectsRowsOfTheWrongWidth() {
        XCTAssertThrowsError(try CSVWriter().string(header: ["a", "b"], rows: [["1", "2"], ["3"]])) {
            XCTAssertEqual($0 as? CSVError, .wrongFieldCount(row: 2, expected: 2, found: 1))
        }
    }

    func testRejectsEmptyHeader() {
        XCTAssertThrowsError(try CSVWriter().string(header: [], rows: [])) {
            XCTAssertEqual($0 as? CSVError, .emptyHeader)
        }
    }

    func testTrickyFieldsRoundTripThroughAnRFC4180Reader() throws {
        let rows = [
            ["Acuerdo 1, \"urgente\"", "línea\r\notra", ""],
            ["\"", ",", "\n"],
            ["ñandú", "a\"\"b", "fin "],
        ]

        let csv = try CSVWriter(neutralizeFormulas: false).string(header: ["x", "y", "z"], rows: rows)

        XCTAssertEqual(try RFC4180TestReader.read(csv), [["x", "y", "z"]] + rows)
    }
}

/// A minimal RFC 4180 reader for the tests: records end in CRLF, quoted fields may hold
/// anything with quotes doubled.
enum RFC4180TestReader {
    struct Malformed: Error {}

    static func read(_ text: String) throws -> [[String]] {
        let scalars = Array(text.unicodeScalars)
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var i = 0
        var quoted = false
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                        field.append("\"")
                        i += 2
                        continue
                    }
                    quoted = false
                } else {
                    field.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty else { throw Malformed() }
                quoted = true
            case ",":
                record.append(String(field))
                field = String.UnicodeScalarView()
            case "\r":
                guard i + 1 < scalars.count, scalars[i + 1] == "\n" else { throw Malformed() }
                record.append(String(field))
                records.append(record)
                record = []
                field = String.UnicodeScalarView()
                i += 1
            case "\n":
                throw Malformed()  // a bare LF outside quotes is not RFC 4180
            default:
                field.append(c)
            }
            i += 1
        }
        guard !quoted, field.isEmpty, record.isEmpty else { throw Malformed() }
        return records
    }
}
