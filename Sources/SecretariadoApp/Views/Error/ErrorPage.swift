import Plot
import SecretariadoCore
import Vapor

/// The HTML answer to an error, in the site's frame and the user's language.
enum ErrorPage {
    static func response(for problem: ErrorDescription, on request: Request) async throws -> Response {
        let context = PageContext(request)
        let title = problem.status == .notFound
            ? context.t("No encontrado", "Not found")
            : context.t("No se pudo completar", "Could not be completed")
        let html = Layout.page(title: title, context: context, main: .group(
            .h1(.text(title)),
            // The field is named by its words, never by its internal name.
            .p(.class("error-box"), .attribute(named: "role", value: "alert"), .text(problem.field.map {
                FieldLabels.naming(problem.message, field: $0, label: FieldLabels.label(for: $0, language: context.language), language: context.language)
            } ?? problem.message)),
            .p(.a(.href(SiteURL.home.path), .text(context.t("Volver al inicio", "Back to the home page"))))
        ))
        let response = try await HTMLPage(html, status: problem.status).encodeResponse(for: request)
        for (name, value) in problem.headers { response.headers.replaceOrAdd(name: name, value: value) }
        CSRF.attachCookie(to: response, for: request)
        return response
    }
}
