import Foundation
import XCTVapor
import XCTest

@testable import SecretariadoApp

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The login `next` parameter ends up in a `Location` header: a CR/LF in it must never
/// reach the wire. Checked on the raw bytes of a real socket, as a client sees them.
final class LoginNextHeaderTests: AppTestCase {
    private let token = String(repeating: "c", count: 40)

    func testACRLFInNextNeverBecomesAHeader() async throws {
        try await makeUser("ana@example.org")
        app.http.server.configuration.hostname = "127.0.0.1"
        app.http.server.configuration.port = 0
        try await app.server.start()
        let port = try XCTUnwrap(app.http.server.shared.localAddress?.port)

        for next in [
            "%2F%0D%0ASet-Cookie%3A%20injected%3D1%3B%20Path%3D%2F",  // /\r\nSet-Cookie: …
            "%2F%250D%250ASet-Cookie%3A%20injected%3D1%3B%20Path%3D%2F",  // the same, encoded twice
            "%2F%0ALocation%3A%20https%3A%2F%2Fmalo.example",
        ] {
            let body = "email=ana%40example.org&password=contrase%C3%B1a-segura&next=\(next)&_csrf=\(token)"
            let request =
                "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: \(CSRF.cookieName)=\(token)\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n" + body
            let raw = try Self.exchange(request, port: port)
            let head = raw.components(separatedBy: "\r\n\r\n").first ?? raw
            let lines = head.components(separatedBy: "\r\n")
            XCTAssertTrue(lines.first?.hasPrefix("HTTP/1.1 303") ?? false, "login must still succeed: \(head)")
            XCTAssertFalse(lines.contains { $0.lowercased().hasPrefix("set-cookie: injected") }, "header injected: \(head)")
            XCTAssertEqual(lines.map { $0.lowercased() }.filter { $0.hasPrefix("location:") }, ["location: /"], head)
            XCTAssertFalse(head.contains("malo.example"), head)
        }
        await app.server.shutdown()
    }

    func testAPlainLocalNextIsFollowed() async throws {
        try await makeUser("ana@example.org")
        let browser = Browser(app)
        let res = try await browser.post(
            SiteURL.login.path, form: ["email": "ana@example.org", "password": "contraseña-segura", "next": "/comparativo?x=1"])
        XCTAssertEqual(res.headers.first(name: .location), "/comparativo?x=1")
    }

    /// Sends the bytes and reads until the server closes the connection.
    private static func exchange(_ request: String, port: Int) throws -> String {
        #if canImport(Glibc)
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw POSIXError(.EIO) }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        let bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { throw POSIXError(.EIO) }
            sent += n
        }
        var received = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            received.append(contentsOf: buffer[0..<n])
        }
        return String(decoding: received, as: UTF8.self)
    }
}
