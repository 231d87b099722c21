import Foundation

/// One thing wrong with an analysis request, located by forum and field.
public struct AnalysisIssue: Hashable, Sendable {
    /// The forum's position in `forums`, when the problem is inside one.
    public var forumIndex: Int?
    /// The forum's name, when it has a usable one.
    public var forumName: String?
    /// The field inside the forum ("seats.gobierno", "rule.kind"), or the top-level field
    /// ("forums"); empty for the document as a whole.
    public var field: String
    /// What is wrong, as a clause following the field: "debe ser un número entero…".
    public var problem: Localized

    public init(forumIndex: Int? = nil, forumName: String? = nil, field: String, problem: Localized) {
        self.forumIndex = forumIndex
        self.forumName = forumName
        self.field = field
        self.problem = problem
    }

    /// The JSON path of the field: "forums[2].seats.gobierno".
    public var path: String {
        guard let index = forumIndex else { return field }
        return "forums[\(index)]" + (field.isEmpty ? "" : ".\(field)")
    }

    /// `forums[2] ("Jalisco"): seats.gobierno debe ser un número entero entre 0 y 10000 (se recibió -1)`.
    public var message: Localized {
        var location = ""
        if let index = forumIndex {
            location = "forums[\(index)]"
            if let name = forumName {
                let short = name.count > 60 ? name.prefix(60) + "…" : Substring(name)
                location += " (\"\(short)\")"
            }
            location += ": "
        }
        let lead = field.isEmpty ? "" : field + " "
        return Localized(es: location + lead + problem.es, en: location + lead + problem.en)
    }
}

/// Why an analysis request was rejected: every problem found, each naming its forum and
/// field. The CLI prints `message` and exits with status 2; the API answers 422.
public struct AnalysisInputError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// At most `AnalysisLimits.maxReportedIssues` problems, in document order.
    public var issues: [AnalysisIssue]
    /// How many more problems there were beyond `issues`.
    public var omittedIssues: Int

    public init(issues: [AnalysisIssue], omittedIssues: Int = 0) {
        self.issues = issues
        self.omittedIssues = omittedIssues
    }

    /// All problems, one per line, in the given language.
    public func message(in language: Language) -> String {
        var lines = issues.map { $0.message[language] }
        if omittedIssues > 0 {
            lines.append(
                language == .es
                    ? "… y \(Wording.count(omittedIssues, "problema", "problemas")) más."
                    : "… and \(omittedIssues) more \(omittedIssues == 1 ? "problem" : "problems").")
        }
        return lines.joined(separator: "\n")
    }

    /// The Spanish message.
    public var message: String { message(in: .es) }
    public var description: String { message }
    public var errorDescription: String? { message }

    /// A JSON body for the HTTP answer: `{"error": message, "issues": [{"path", "message"}]}`,
    /// Spanish, keys sorted.
    public var jsonBody: Data {
        struct Body: Encodable {
            struct Item: Encodable {
                let path: String
                let message: String
            }
            let error: String
            let issues: [Item]
        }
        let body = Body(error: message, issues: issues.map { .init(path: $0.path, message: $0.message.es) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Strings only: encoding cannot fail.
        return (try? encoder.encode(body)) ?? Data()
    }
}
