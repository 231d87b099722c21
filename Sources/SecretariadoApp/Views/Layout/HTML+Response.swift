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
        return Response(status: status, headers: headers, body: .init(string: ScrollingTables.wrap(html.render())))
    }
}

/// Every table of every page scrolls inside its own box, so a wide table never makes a
/// phone's whole page scroll sideways. Done once here, on the rendered page, rather than
/// at each of the site's many tables: none can be forgotten.
enum ScrollingTables {
    static let open = "<div class=\"table-scroll\">"

    static func wrap(_ page: String) -> String {
        guard page.contains("<table") else { return page }
        // Text nodes are escaped («&lt;table»), so these are only real elements.
        return page
            .replacingOccurrences(of: "<table", with: open + "<table")
            .replacingOccurrences(of: "</table>", with: "</table></div>")
    }
}
