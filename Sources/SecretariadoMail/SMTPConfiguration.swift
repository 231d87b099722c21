import Foundation
import NIOCore

/// Where and how to reach the SMTP server, read from one URL:
///
/// - `smtp://user:password@host:587` — STARTTLS: used whenever the server offers it, and
///   required when credentials are given (they are never sent in clear text);
/// - `smtps://user:password@host:465` — TLS from the first byte (implicit TLS);
/// - `smtp://localhost:2525` — no credentials: plain unless the server offers STARTTLS.
///
/// User and password are percent-decoded (`%40` for `@`, `%3A` for `:`); `?helo=name` sets
/// the name given in EHLO (by default the connection's own address as an address literal,
/// `[192.0.2.10]`, which RFC 5321 §4.1.4 asks for when there is no meaningful name, and which
/// servers that refuse a bare `localhost` accept). Certificates are
/// always verified, against the system's roots plus `trustedCAFile` (a PEM file, for a
/// private or test CA); there is deliberately no switch to turn verification off.
public struct SMTPConfiguration: Sendable, Equatable, CustomStringConvertible {
    public enum Security: Sendable, Equatable {
        case startTLS
        case implicitTLS
    }

    public var host: String
    public var port: Int
    public var security: Security
    public var username: String?
    public var password: String?
    public var trustedCAFile: String?
    /// The name this client gives in EHLO/HELO; nil: the local address as an address literal.
    public var heloName: String?
    public var connectTimeout: TimeAmount
    /// How long the server may stay silent while a reply is awaited.
    public var replyTimeout: TimeAmount

    public init(
        host: String, port: Int, security: Security, username: String? = nil, password: String? = nil,
        trustedCAFile: String? = nil, heloName: String? = nil,
        connectTimeout: TimeAmount = .seconds(15), replyTimeout: TimeAmount = .seconds(60)
    ) {
        self.host = host
        self.port = port
        self.security = security
        self.username = username
        self.password = password
        self.trustedCAFile = trustedCAFile
        self.heloName = heloName
        self.connectTimeout = connectTimeout
        self.replyTimeout = replyTimeout
    }

    /// Reads `smtp://…` or `smtps://…`; `trustedCAFile` must name a readable file when given.
    public init(url text: String, trustedCAFile: String? = nil) throws(SMTPConfigurationError) {
        guard let url = URLComponents(string: text.trimmingCharacters(in: .whitespaces)), let scheme = url.scheme?.lowercased() else {
            throw SMTPConfigurationError("not a URL: expected smtp://host:port or smtps://user:password@host:465")
        }
        let security: Security
        switch scheme {
        case "smtp": security = .startTLS
        case "smtps": security = .implicitTLS
        default: throw SMTPConfigurationError("unsupported scheme \(scheme):// (use smtp:// or smtps://)")
        }
        var host = url.host ?? ""
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !host.isEmpty else { throw SMTPConfigurationError("the URL names no host") }
        let port = url.port ?? (security == .implicitTLS ? 465 : 587)
        guard (1...65535).contains(port) else { throw SMTPConfigurationError("port \(port) is out of range") }
        let username = url.user.flatMap { $0.isEmpty ? nil : $0 }
        let password = url.password
        if username == nil && password != nil { throw SMTPConfigurationError("a password without a user name") }
        if username != nil && (password ?? "").isEmpty { throw SMTPConfigurationError("a user name without a password") }
        for value in [username, password].compactMap({ $0 }) where value.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\0" }) {
            throw SMTPConfigurationError("the user name or password holds a line break or NUL")
        }
        var helo: String?
        for item in url.queryItems ?? [] {
            guard item.name == "helo", let value = item.value, !value.isEmpty else {
                throw SMTPConfigurationError("unknown URL parameter \(item.name) (only helo=name is understood)")
            }
            guard Self.isValidHeloName(value) else { throw SMTPConfigurationError("helo=\(value) is not a domain name or [address]") }
            helo = value
        }
        let caFile = trustedCAFile.flatMap { $0.isEmpty ? nil : $0 }
        if let caFile, !FileManager.default.isReadableFile(atPath: caFile) {
            throw SMTPConfigurationError("the CA file \(caFile) cannot be read")
        }
        self.init(host: host, port: port, security: security, username: username, password: password, trustedCAFile: caFile, heloName: helo)
    }

    /// A domain (letters, digits, `-`, `.`) or an address literal in brackets: nothing that
    /// could end the EHLO command.
    static func isValidHeloName(_ name: String) -> Bool {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.:[]".utf8)
        return name.utf8.count <= 255 && !name.isEmpty && name.utf8.allSatisfy(allowed.contains)
    }

    public var hasCredentials: Bool { username != nil }

    /// The URL without the password, for logs and messages.
    public var description: String {
        let scheme = security == .implicitTLS ? "smtps" : "smtp"
        let user = username.map { "\($0):***@" } ?? ""
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "\(scheme)://\(user)\(shownHost):\(port)"
    }
}
