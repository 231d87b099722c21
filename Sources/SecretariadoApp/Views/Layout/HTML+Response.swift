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
        return Response(status: status, headers: headers, body: .init(string: html.render()))
    }
}
