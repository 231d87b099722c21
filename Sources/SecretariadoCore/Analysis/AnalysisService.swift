import Foundation

/// The analysis behind `secretariado analyze FILE` and `POST /api/v1/analysis`
///: JSON in, JSON out, nothing else touched.
public enum AnalysisService {
    /// Analyses a request body. On success, the response as JSON with sorted keys
    /// (byte-for-byte deterministic); on bad input, every problem found, each naming its
    /// forum and field (CLI: print `error.message`, exit 2; HTTP: 422 with `error.jsonBody`).
    public static func analyze(jsonData: Data) -> Result<Data, AnalysisInputError> {
        AnalysisRequest.decode(jsonData).map { encode(analyze($0)) }
    }

    /// What a bounded run ends with.
    public enum Outcome: Sendable {
        case output(Data)
        case invalid(AnalysisInputError)
        /// `deadline` passed before every forum was analysed; the rest was not started.
        case deadlineExceeded
    }

    /// As `analyze(jsonData:)`, but stops between forums once `deadline` has passed, so a
    /// server can give up on a request instead of finishing work nobody waits for.
    public static func analyze(jsonData: Data, deadline: Date, now: () -> Date = Date.init) -> Outcome {
        let request: AnalysisRequest
        switch AnalysisRequest.decode(jsonData) {
        case .success(let decoded): request = decoded
        case .failure(let error): return .invalid(error)
        }
        var reports: [ForumReport] = []
        for forum in request.forums {
            guard now() < deadline else { return .deadlineExceeded }
            reports.append(ForumReport(name: forum.name, analysis: ForumAnalysis(composition: forum.composition, rule: forum.rule)))
        }
        return .output(encode(AnalysisResponse(forums: reports)))
    }

    /// Analyses already decoded forums.
    public static func analyze(_ request: AnalysisRequest) -> AnalysisResponse {
        AnalysisResponse(
            forums: request.forums.map {
                ForumReport(name: $0.name, analysis: ForumAnalysis(composition: $0.composition, rule: $0.rule))
            })
    }

    /// The response as JSON: keys sorted, slashes unescaped. The indices are always finite,
    /// so encoding cannot fail.
    public static func encode(_ response: AnalysisResponse) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(response)
        } catch {
            preconditionFailure("analysis response is not encodable: \(error)")
        }
    }
}
