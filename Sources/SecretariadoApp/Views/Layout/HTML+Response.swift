import Plot
import Vapor

/// Plot pages are answers: rendered once, sent as UTF-8 HTML.
struct HTMLPage: AsyncResponseEncodable {
    let html: HTML
    var status: HTTPResponseStatus = .ok

    init(_ html: HTML, status: HTTPResponseStatus = .ok) {
        self.html = html
        self.status = status
    }

    func encodeResponse(for request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(string: Self.render(html, for: request)))
    }

    /// Renders with the form state bound (see `FormRender`). A page sent back with errors
    /// is rendered twice: the first pass learns each field's visible label, so the summary
    /// at the top can name and link the fields that come after it.
    static func render(_ html: HTML, for request: Request) -> String {
        let render = FormRender(state: request.formState, language: request.language)
        if request.formState != nil {
            _ = FormRender.$current.withValue(render) { html.render() }
            render.restart()
        }
        return ScrollingTables.wrap(FormRender.$current.withValue(render) { html.render() })
    }
}
