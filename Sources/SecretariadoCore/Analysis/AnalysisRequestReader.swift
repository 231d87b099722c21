import Foundation

extension AnalysisRequest {
    /// Parses and validates a request body. Every problem found is reported, each naming
    /// its forum (index and name) and field, in Spanish and English.
    public static func decode(_ data: Data) -> Result<AnalysisRequest, AnalysisInputError> {
        let root: JSONInput
        do {
            root = try JSONDecoder().decode(JSONInput.self, from: data)
        } catch {
            return .failure(
                AnalysisInputError(issues: [
                    AnalysisIssue(
                        field: "",
                        problem: Localized(
                            es: "La entrada no es JSON válido; se espera {\"forums\": [{\"name\": …, \"seats\": {…}, \"rule\": {…}}]}.",
                            en: "The input is not valid JSON; expected {\"forums\": [{\"name\": …, \"seats\": {…}, \"rule\": {…}}]}."))
                ]))
        }
        var reader = RequestReader()
        let forums = reader.read(root)
        guard reader.issues.isEmpty else {
            return .failure(AnalysisInputError(issues: reader.issues, omittedIssues: reader.omitted))
        }
        return .success(AnalysisRequest(forums: forums))
    }
}

/// Walks the parsed JSON, building forums and collecting problems.
struct RequestReader {
    private(set) var issues: [AnalysisIssue] = []
    private(set) var omitted = 0

    mutating func report(_ issue: AnalysisIssue) {
        if issues.count < AnalysisLimits.maxReportedIssues { issues.append(issue) } else { omitted += 1 }
    }

    mutating func read(_ root: JSONInput) -> [ForumInput] {
        guard case .object(let fields) = root else {
            report(
                AnalysisIssue(
                    field: "",
                    problem: Localized(
                        es: "La entrada debe ser un objeto JSON con la lista \"forums\" (se recibió \(root.quoted.es)).",
                        en: "The input must be a JSON object with a \"forums\" list (got \(root.quoted.en)).")))
            return []
        }
        for key in fields.keys.sorted() where key != "forums" {
            report(
                AnalysisIssue(
                    field: key,
                    problem: Localized(
                        es: "no es un campo conocido (el único campo es forums)",
                        en: "is not a known field (the only field is forums)")))
        }
        guard case .array(let items)? = fields["forums"], !items.isEmpty else {
            let problem: Localized =
                switch fields["forums"] {
                case nil:
                    Localized(
                        es: "es obligatorio: una lista con al menos un foro",
                        en: "is required: a list of at least one forum")
                case .array?:
                    Localized(
                        es: "está vacío: debe tener al menos un foro",
                        en: "is empty: it needs at least one forum")
                case let other?:
                    Localized(
                        es: "debe ser una lista de foros (se recibió \(other.quoted.es))",
                        en: "must be a list of forums (got \(other.quoted.en))")
                }
            report(AnalysisIssue(field: "forums", problem: problem))
            return []
        }
        guard items.count <= AnalysisLimits.maxForums else {
            report(
                AnalysisIssue(
                    field: "forums",
                    problem: Localized(
                        es: "tiene \(items.count) foros; el máximo es \(AnalysisLimits.maxForums)",
                        en: "has \(items.count) forums; the maximum is \(AnalysisLimits.maxForums)")))
            return []
        }
        let forums = items.enumerated().compactMap { index, item in
            var forum = ForumReader(index: index)
            let result = forum.read(item)
            for issue in forum.issues { report(issue) }
            return result
        }
        let seats = forums.reduce(0) { $0 + $1.composition.totalSeats }
        if seats > AnalysisLimits.maxSeatsPerRequest {
            report(
                AnalysisIssue(
                    field: "forums",
                    problem: Localized(
                        es:
                            "suman \(seats) asientos entre todos los foros; el máximo por solicitud es \(AnalysisLimits.maxSeatsPerRequest): divide la solicitud",
                        en:
                            "add up to \(seats) seats across all forums; the maximum per request is \(AnalysisLimits.maxSeatsPerRequest): split the request"
                    )))
        }
        return forums
    }
}
