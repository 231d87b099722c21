import Foundation
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// What a browser submits besides the visible fields: the hidden inputs of the form with
/// `action` on a page (its page and position; the CSRF token is added by the clients).
enum FormPage {
    static func hidden(_ html: String, action: String) -> [String: String] {
        guard let start = html.range(of: "action=\"\(action)\"") else { return [:] }
        let rest = html[start.upperBound...]
        let form = rest[..<(rest.range(of: "</form>")?.lowerBound ?? rest.endIndex)]
        var fields: [String: String] = [:]
        let pattern = try! NSRegularExpression(pattern: #"<input type="hidden" name="([^"]+)" value="([^"]*)""#)
        let text = String(form)
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let name = String(text[Range(match.range(at: 1), in: text)!])
            guard name != CSRF.fieldName else { continue }
            fields[name] = String(text[Range(match.range(at: 2), in: text)!])
        }
        return fields
    }

    /// An error answer that shows its message but never the field's internal name.
    static func assertNoInternalName(_ body: String, _ field: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(body.contains("role=\"alert\""), "an error message is shown (\(field))", file: file, line: line)
        XCTAssertFalse(body.contains("«\(field)»") || body.contains("Campo: "), "internal name \(field) shown", file: file, line: line)
    }

    /// The current charter of `slug` as its edit form sends it unchanged, in the form's order.
    static func charterFields(_ slug: String, on app: Application) async throws -> [(String, String)] {
        let stl = try await Secretariat.find(slug: slug, on: app.db)
        let current = try await GovernanceWrites.current(for: stl.requireID(), on: app.db)
        let form = GovernanceForm(try XCTUnwrap(current?.document))
        var fields: [(String, String)] = []
        for child in Mirror(reflecting: form).children {
            if let label = child.label, let value = child.value as? String?, let value { fields.append((label, value)) }
        }
        return fields
    }
}
