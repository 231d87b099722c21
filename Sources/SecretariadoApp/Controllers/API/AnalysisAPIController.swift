import SecretariadoCore
import Vapor

/// `POST /api/v1/analysis`: the same contract as `secretariado analyze`. Pure computation,
/// open to everyone, so bounded three ways: the input limits (`AnalysisLimits`, 422), a
/// per-address rate (429 with Retry-After) and a deadline (503). It runs on the thread pool,
/// never on the event loop, so a slow request cannot stall other pages.
struct AnalysisAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(APIURL.analysis.pathComponents, use: analyze).openAPI(.analysis)
    }

    @Sendable func analyze(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        guard let body = req.body.data, body.readableBytes > 0 else {
            throw AppError.badRequest(
                .init(
                    es: "Envía un cuerpo JSON con {\"forums\": [...]}.", en: "Send a JSON body with {\"forums\": [...]}."))
        }
        try req.application.analysisRateLimiter.take(LoginThrottle.address(of: req))
        let data = Data(buffer: body)
        let deadline = Date().addingTimeInterval(AnalysisLimits.deadlineSeconds)
        let outcome = try await req.application.threadPool.runIfActive {
            AnalysisService.analyze(jsonData: data, deadline: deadline)
        }
        switch outcome {
        case .output(let output):
            var headers = HTTPHeaders()
            headers.contentType = .json
            return Response(status: .ok, headers: headers, body: .init(data: output))
        case .invalid(let error):
            return try Self.problem(error, language: req.language)
        case .deadlineExceeded:
            throw AppError.unavailable(
                Localized(
                    es: "El análisis tardó más de \(Int(AnalysisLimits.deadlineSeconds)) segundos y se detuvo; divide la solicitud en menos foros.",
                    en:
                        "The analysis took longer than \(Int(AnalysisLimits.deadlineSeconds)) seconds and was stopped; split the request into fewer forums."
                ),
                retryAfterSeconds: 5)
        }
    }

    /// The API's error shape, with every issue listed.
    static func problem(_ error: AnalysisInputError, language: Language) throws -> Response {
        struct Body: Content {
            struct Issue: Content {
                let path: String
                let message: String
            }
            let error: Bool
            let reason: String
            let field: String?
            let issues: [Issue]
        }
        let response = Response(status: .unprocessableEntity)
        try response.content.encode(
            Body(
                error: true, reason: error.message(in: language), field: error.issues.first?.path,
                issues: error.issues.map { .init(path: $0.path, message: $0.message[language]) }))
        return response
    }
}
