import Foundation
import XCTest

/// A page's HTML compared with a file committed next to the tests (`__Snapshots__/<Suite>/`),
/// so that work on how pages are read cannot change what they show. A missing file is
/// recorded (and the test fails, so a recording is never mistaken for a pass);
/// `SNAPSHOT_RECORD=1` records them all again. Values that differ between runs — ids,
/// tokens, timestamps of the run — are replaced by placeholders first (`normalised`).
enum HTMLSnapshot {
    static func assertMatches(
        _ body: String, named name: String, json: Bool = false, suite: String = #fileID,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        let suiteName = URL(fileURLWithPath: "\(suite)").deletingPathExtension().lastPathComponent
        let directory = URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
            .appendingPathComponent("__Snapshots__").appendingPathComponent(suiteName)
        let url = directory.appendingPathComponent("\(name).\(json ? "json" : "html")")
        let actual = json ? normalised(json: body) : normalised(body)
        let record = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"
        guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            XCTFail("recorded \(url.path); run again to compare", file: file, line: line)
            return
        }
        guard expected != actual else { return }
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        let common = min(expectedLines.count, actualLines.count)
        let first = (0..<common).first { expectedLines[$0] != actualLines[$0] } ?? common
        let show = { (lines: [String]) in first < lines.count ? String(lines[first].prefix(400)) : "<end>" }
        XCTFail(
            """
            \(name): HTML differs from \(url.lastPathComponent) at line \(first + 1)
            expected: \(show(expectedLines))
            actual:   \(show(actualLines))
            """, file: file, line: line)
    }

    /// An API answer with its keys sorted, one per line, and the moments rows were created
    /// at (the run's, not the stopped clock's) replaced.
    static func normalised(json: String) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]),
            let data = try? JSONSerialization.data(withJSONObject: masked(object), options: [.prettyPrinted, .sortedKeys])
        else { return normalised(json) }
        return replacingRunValues(String(decoding: data, as: UTF8.self))
    }

    private static let runTimestamps: Set<String> = ["createdAt", "updatedAt"]

    private static func masked(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            return Dictionary(
                uniqueKeysWithValues: object.map { key, value in
                    (key, runTimestamps.contains(key) && !(value is NSNull) ? "<RUN-TIME>" : masked(value))
                })
        }
        if let array = value as? [Any] { return array.map(masked) }
        return value
    }

    /// Plot writes a page on one line: one tag per line makes differences readable.
    static func normalised(_ html: String) -> String {
        replacingRunValues(html.replacingOccurrences(of: "><", with: ">\n<"))
    }

    private static func replacingRunValues(_ input: String) -> String {
        var text = input
        let patterns: [(String, String)] = [
            ("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}", "<UUID>"),
            ("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"<CSRF>\""),
            ("[0-9a-f]{64}", "<HEX64>"),
            // A digest's first characters, as the printed minutes show it: it changes with the run's times.
            ("[0-9a-f]{16}…", "<HEX16>…"),
            // Anchors of attachment sections end in the start of their record's id.
            ("(adjuntos-[a-z-]+)-[0-9A-F]{8}\\b", "$1-<ID8>"),
        ]
        for (pattern, replacement) in patterns {
            text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        return text
    }
}
