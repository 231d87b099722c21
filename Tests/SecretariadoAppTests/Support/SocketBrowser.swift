import Foundation
import XCTest

@testable import SecretariadoApp

#if canImport(Glibc)
    import Glibc
#endif

/// A cookie-keeping client over a real TCP socket, for what in-memory tests cannot show:
/// a body that reaches the server in several network reads. Bodies are sent with
/// `Transfer-Encoding: chunked`, one chunk per write with a pause between writes, so the
/// server surely sees them in pieces.
final class SocketBrowser: @unchecked Sendable {
    struct Reply {
        let status: Int
        let headers: [(String, String)]
        let body: String
        /// The body as sent, byte for byte (files).
        var bytes: [UInt8] = []
        func header(_ name: String) -> String? {
            headers.first { $0.0.lowercased() == name.lowercased() }?.1
        }
    }

    let port: Int
    private(set) var cookies: [String: String] = [:]
    /// How many writes the last body took.
    private(set) var lastWrites = 0

    init(port: Int) { self.port = port }

    var csrf: String? { cookies[CSRF.cookieName] }

    func get(_ path: String) throws -> Reply {
        try exchange(head: "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\(cookieLine())\r\n", body: nil, chunk: 0)
    }

    /// Posts a form whose fields are in `fields` order; `_csrf` is added from the cookie.
    func post(_ path: String, _ fields: [(String, String)], chunk: Int = 1024) throws -> Reply {
        if csrf == nil { _ = try get(SiteURL.login.path) }
        let all = [(CSRF.fieldName, csrf ?? "")] + fields
        let body = all.map { "\(Browser.encode($0.0))=\(Browser.encode($0.1))" }.joined(separator: "&")
        let head =
            "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\(cookieLine())\r\n"
        return try exchange(head: head, body: Array(body.utf8), chunk: chunk)
    }

    /// Any request with a raw body (a file, a multipart form), sent in chunks of `chunk` bytes.
    func request(_ method: String, _ path: String, headers: [String: String] = [:], body: [UInt8]?, chunk: Int = 64 * 1024) throws -> Reply {
        let extra = headers.map { "\($0.key): \($0.value)\r\n" }.joined()
        let framing = body == nil ? "" : "Transfer-Encoding: chunked\r\n"
        let head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\(extra)\(framing)\(cookieLine())\r\n"
        return try exchange(head: head, body: body, chunk: chunk)
    }

    func login(_ email: String, password: String = "contraseña-segura") throws {
        let reply = try post(SiteURL.login.path, [("email", email), ("password", password)])
        XCTAssertEqual(reply.status, 303, "login failed: \(reply.body.prefix(300))")
    }

    private func cookieLine() -> String {
        cookies.isEmpty ? "" : "Cookie: " + cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") + "\r\n"
    }

    private func exchange(head: String, body: [UInt8]?, chunk: Int) throws -> Reply {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var noDelay: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port)).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }

        try write(fd, Array(head.utf8))
        lastWrites = 0
        if let body {
            var offset = 0
            while offset < body.count {
                let end = min(offset + chunk, body.count)
                let piece = Array(String(end - offset, radix: 16).utf8) + [13, 10] + body[offset..<end] + [13, 10]
                // The server may answer early (a body over its limit) and stop reading.
                guard (try? write(fd, piece)) != nil else { break }
                lastWrites += 1
                offset = end
                if lastWrites <= 8 || lastWrites % 64 == 0 { usleep(2_000) }
            }
            _ = try? write(fd, Array("0\r\n\r\n".utf8))
        }

        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received += buffer[0..<count]
        }
        return try parse(received)
    }

    private func write(_ fd: Int32, _ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw POSIXError(.EPIPE) }
            sent += n
        }
    }

    private func parse(_ bytes: [UInt8]) throws -> Reply {
        guard
            let headEnd = (0..<max(0, bytes.count - 3)).first(where: {
                bytes[$0] == 13 && bytes[$0 + 1] == 10 && bytes[$0 + 2] == 13 && bytes[$0 + 3] == 10
            })
        else { throw POSIXError(.EBADMSG) }
        let headText = String(decoding: bytes[..<headEnd], as: UTF8.self)
        let lines = headText.components(separatedBy: "\r\n")
        let status = Int(lines[0].split(separator: " ")[1]) ?? 0
        var headers: [(String, String)] = []
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = String(line[..<colon])
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers.append((name, value))
            if name.lowercased() == "set-cookie", let pair = value.split(separator: ";").first,
                let eq = pair.firstIndex(of: "=")
            {
                cookies[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
            }
        }
        var raw = Array(bytes[(headEnd + 4)...])
        if headers.contains(where: { $0.0.lowercased() == "transfer-encoding" && $0.1.contains("chunked") }) {
            raw = Self.dechunk(raw)
        }
        return Reply(status: status, headers: headers, body: String(decoding: raw, as: UTF8.self), bytes: raw)
    }

    private static func dechunk(_ input: [UInt8]) -> [UInt8] {
        var bytes = input[...]
        var out: [UInt8] = []
        while let lineEnd = bytes.firstIndex(of: 13), let size = Int(String(decoding: bytes[bytes.startIndex..<lineEnd], as: UTF8.self), radix: 16),
            size > 0
        {
            let start = lineEnd + 2
            out += bytes[start..<min(start + size, bytes.endIndex)]
            bytes = bytes[min(start + size + 2, bytes.endIndex)...]
        }
        return out
    }
}
