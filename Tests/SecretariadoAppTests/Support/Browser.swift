import XCTVapor
import XCTest

@testable import SecretariadoApp

/// A minimal cookie-keeping client for the HTML site: it reads the CSRF token from the
/// cookie the pages set and sends it back in forms, like a browser with a form would.
final class Browser {
    let app: Application
    private(set) var cookies: [String: String] = [:]

    init(_ app: Application) { self.app = app }

    var csrf: String? { cookies[CSRF.cookieName] }

    @discardableResult
    func get(_ path: String, file: StaticString = #filePath, line: UInt = #line) async throws -> XCTHTTPResponse {
        var response: XCTHTTPResponse!
        try await app.test(
            .GET, path, headers: headers(),
            afterResponse: { res async in
                keep(res)
                response = res
            })
        return response
    }

    /// Submits a form; the CSRF field is added unless `csrf` is overridden.
    @discardableResult
    func post(_ path: String, form: [String: String], csrf: String? = nil) async throws -> XCTHTTPResponse {
        if self.csrf == nil { try await get(SiteURL.login.path) }
        var fields = form
        fields[CSRF.fieldName] = csrf ?? self.csrf ?? ""
        var response: XCTHTTPResponse!
        var headers = headers()
        headers.contentType = .urlEncodedForm
        let body = fields.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        try await app.test(
            .POST, path, headers: headers, body: ByteBuffer(string: body),
            afterResponse: { res async in
                keep(res)
                response = res
            })
        return response
    }

    func login(_ email: String, password: String = "contraseña-segura") async throws {
        let response = try await post(SiteURL.login.path, form: ["email": email, "password": password])
        XCTAssertEqual(response.status, .seeOther, "login of \(email) failed: \(response.body.string.prefix(300))")
    }

    private func headers() -> HTTPHeaders {
        var headers = HTTPHeaders()
        if !cookies.isEmpty {
            headers.add(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        return headers
    }

    private func keep(_ response: XCTHTTPResponse) {
        for (name, value) in response.headers.setCookie?.all ?? [:] {
            cookies[name] = value.string
        }
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
