import SecretariadoCore
import Vapor

/// `POST /api/v1/analysis`: the same contract as `secretariado analyze` (product.md §5).
/// Pure computation, open to everyone.
struct AnalysisAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(APIURL.analysis.pathComponents, use: analyze).openAPI(.analysis)
    }

    @Sendable func analyze(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        guard let body = req.body.data, body.readableBytes > 0 else {
            throw AppError.badRequest(.init(
                es: "Envía un cuerpo JSON con {\"forums\": [...]}.", en: "Send a JSON body with {\"forums\": [...]}."))
        }
        switch AnalysisService.analyze(jsonData: Data(buffer: body)) {
        case .success(let output):
            var headers = HTTPHeaders()
            headers.contentType = .json
            return Response(status: .ok, headers: headers, body: .init(data: output))
        case .failure(let error):
            return try Self.problem(error, language: req.language)
        }
    }

    /// The API's error shape, with every issue listed.
    static func problem(_ error: AnalysisInputError, language: Language) throws -> Response {
        struct Body: Content {
            struct Issue: Content { let path: String; let message: String }
            let error: Bool
            let reason: String
            let field: String?
            let issues: [Issue]
        }
        let response = Response(status: .unprocessableEntity)
        try response.content.encode(Body(
            error: true, reason: error.message(in: language), field: error.issues.first?.path,
            issues: error.issues.map { .init(path: $0.path, message: $0.message[language]) }))
        return response
    }
}
