import Plot
import SecretariadoCore
import Vapor

/// The HTML answer to an error, in the site's frame and the user's language.
enum ErrorPage {
    static func response(for problem: ErrorDescription, on request: Request) async throws -> Response {
        // A path no route matches never passed the session middleware: sign the person in
        // from their session here, so the error page shows their header, not a stranger's.
        if request.currentUser == nil, request.cookies[SessionSetup.cookieName] != nil {
            let page = AsyncBasicResponder { request in try await Self.render(problem, on: request) }
            return try await WebSessionMiddleware().respond(to: request, chainingTo: page)
        }
        return try await render(problem, on: request)
    }

    private static func render(_ problem: ErrorDescription, on request: Request) async throws -> Response {
        let context = PageContext(request)
        let title =
            problem.status == .notFound
            ? context.t("No encontrado", "Not found")
            : context.t("No se pudo completar", "Could not be completed")
        let html = Layout.page(
            title: title, context: context,
            main: .group(
                .h1(.text(title)),
                // The field is named by its words, never by its internal name.
                .p(
                    .class("error-box"), .attribute(named: "role", value: "alert"),
                    .text(
                        problem.field.map {
                            FieldLabels.naming(
                                problem.message, field: $0, label: FieldLabels.label(for: $0, language: context.language), language: context.language)
                        } ?? problem.message)),
                .p(.a(.href(SiteURL.home.path), .text(context.t("Volver al inicio", "Back to the home page"))))
            ))
        let response = try await HTMLPage(html, status: problem.status).encodeResponse(for: request)
        for (name, value) in problem.headers { response.headers.replaceOrAdd(name: name, value: value) }
        CSRF.attachCookie(to: response, for: request)
        return response
    }
}
