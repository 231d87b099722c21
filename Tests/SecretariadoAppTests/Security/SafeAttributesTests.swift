import Foundation
import Plot
import XCTest

@testable import SecretariadoApp

/// Every attribute helper the views can call escapes its value (Plot 0.14 does not), and
/// no view or controller reaches an attribute API that is not redeclared in
/// `SafeAttributes.swift`.
final class SafeAttributesTests: XCTestCase {
    private let payload = #"x"'<>& y"><x-inj a=1>"#
    private let escaped = "x&quot;&#39;&lt;&gt;&amp; y&quot;&gt;&lt;x-inj a=1&gt;"

    private func assertSafe(_ html: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(html.contains("<x-inj"), "\(what) let markup in: \(html)", file: file, line: line)
        // Quotes are harmless in text (`<title>x"</title>`); inside tags they must be escaped.
        let tags = html.replacingOccurrences(of: ">[^<]*<", with: "><", options: .regularExpression)
        XCTAssertFalse(tags.contains(#"x""#) || tags.contains("x'"), "\(what) left a raw quote in: \(html)", file: file, line: line)
        XCTAssertTrue(html.contains(escaped), "\(what) did not escape the value: \(html)", file: file, line: line)
    }

    func testEveryShadowedHelperEscapes() {
        let renderings = SafeAttributeProbe.renderings(of: payload)
        XCTAssertGreaterThan(renderings.count, 35)
        for (helper, html) in renderings.sorted(by: { $0.key < $1.key }) {
            assertSafe(html, helper)
        }
    }

    func testURLAttributesDropScriptSchemes() {
        let html = SafeAttributeProbe.schemeSamples()
        XCTAssertFalse(html.lowercased().contains("javascript"), html)
        XCTAssertFalse(html.contains("data:"), html)
        XCTAssertTrue(html.contains(#"href="https://ejemplo.org/a?b=1&amp;c=2""#), html)
    }

    func testTheRealLayoutEscapesAPageTitle() {
        let html = Layout.page(title: payload, context: PageContext(language: .es), main: .p(.text("x"))).render()
        XCTAssertFalse(html.contains("<x-inj"), html)
        XCTAssertTrue(html.contains(escaped))
    }

    func testHandBuiltSVGEscapesItsAttributes() {
        let svg = SVG.image(
            width: 10, height: 10, title: payload,
            body: SVG.rect(x: 0, y: 0, width: 1, height: 1, fill: payload, stroke: payload)
                + SVG.text(x: 0, y: 0, payload, anchor: payload, fill: payload, weight: payload))
        XCTAssertFalse(svg.contains("<x-inj"), svg)
        XCTAssertFalse(svg.contains(#"x""#), svg)
    }

    // MARK: - Source scan

    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Plot 0.14's attribute helpers that take a free string or URL (from
    /// `HTMLAttributes.swift` and `HTMLComponents.swift`), read from the checkout when
    /// present so an upgrade that adds one is caught.
    private static let plotStringHelpersKnown: Set<String> = [
        "id", "class", "data", "title", "name", "property", "type", "value", "sizes", "color", "href", "datetime", "src",
        "srcset", "media", "action", "for", "placeholder", "label", "style", "content", "allow", "alt", "ariaLabel",
        "ariaControls", "integrity", "onclick", "attribute", "stylesheet", "url", "siteName", "description",
        "socialImageLink", "twitterUsername", "favicon", "rssFeedLink",
    ]

    private func plotStringHelpers() throws -> Set<String> {
        var names = Self.plotStringHelpersKnown
        for file in ["HTMLAttributes.swift", "HTMLComponents.swift"] {
            let url = Self.root.appendingPathComponent(".build/checkouts/Plot/Sources/Plot/API/\(file)")
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let regex = try NSRegularExpression(pattern: #"static func `?(\w+)`?\(([^)]*)\)"#)
            for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let params = String(text[Range(match.range(at: 2), in: text)!])
                guard params.contains("String") || params.contains("URLRepresentable") else { continue }
                names.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        names.subtract(["mp3", "wav", "ogg", "comment", "doctype"])  // not attributes; unused
        return names
    }

    private func shadowedHelpers() throws -> Set<String> {
        let text = try String(
            contentsOf: Self.root.appendingPathComponent("Sources/SecretariadoApp/Views/Components/SafeAttributes.swift"), encoding: .utf8)
        let regex = try NSRegularExpression(pattern: #"static func `?(\w+)`?\("#)
        return Set(
            regex.matches(in: text, range: NSRange(text.startIndex..., in: text))
                .map { String(text[Range($0.range(at: 1), in: text)!]) })
    }

    private func sources() throws -> [(path: String, text: String)] {
        var out: [(String, String)] = []
        for folder in ["Sources/SecretariadoApp/Views", "Sources/SecretariadoApp/Controllers"] {
            let dir = Self.root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where url.pathExtension == "swift" {
                out.append((url.path.replacingOccurrences(of: Self.root.path + "/", with: ""), try String(contentsOf: url, encoding: .utf8)))
            }
        }
        return out
    }

    func testViewsAndControllersOnlyUseShadowedAttributeHelpers() throws {
        let files = try sources()
        XCTAssertGreaterThan(files.count, 40, "the scan must see the views")
        let plot = try plotStringHelpers()
        let shadowed = try shadowedHelpers()
        let call = try NSRegularExpression(pattern: #"\.`?(\w+)`?\("#)
        var problems: [String] = []
        for (path, text) in files where !path.hasSuffix("SafeAttributes.swift") {
            for match in call.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let name = String(text[Range(match.range(at: 1), in: text)!])
                if plot.contains(name), !shadowed.contains(name) {
                    problems.append("\(path): .\(name)( is a Plot attribute helper not redeclared in SafeAttributes.swift")
                }
            }
            // Building an attribute by hand skips the escaping.
            if text.range(of: #"Attribute(<[^>]*>)?\(\s*name:"#, options: .regularExpression) != nil {
                problems.append("\(path): builds Attribute(name:value:) directly; use .attribute(named:value:)")
            }
        }
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
        XCTAssertEqual(plot.subtracting(shadowed).sorted(), [], "Plot attribute helpers without a safe redeclaration")
    }

    /// Raw HTML is only ever produced by builders that escape what they interpolate.
    func testRawHTMLComesOnlyFromEscapingBuilders() throws {
        let allowed = ["CompositionBar.svg(", "PowerChart.svg(", "InstallationProgressChart.svg(", "ActaMarkdownHTML.render(", "svg)"]
        var problems: [String] = []
        for (path, text) in try sources() {
            for line in text.split(separator: "\n") where line.contains(".raw(") {
                if !allowed.contains(where: { line.contains(".raw(\($0)") }) {
                    problems.append("\(path): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        XCTAssertEqual(problems, [], "unreviewed .raw(: \n" + problems.joined(separator: "\n"))
    }
}
