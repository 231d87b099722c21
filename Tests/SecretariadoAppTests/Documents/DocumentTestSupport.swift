import Foundation
import XCTest

@testable import SecretariadoApp

/// Files and forms for the document tests.
enum TestFiles {
    /// A PDF of `size` bytes: the signature, then varied bytes (not all one value, so a
    /// byte changed or lost in transit shows).
    static func pdf(size: Int) -> [UInt8] {
        var bytes = Array("%PDF-1.7\n%\u{E2}\u{E3}\n".utf8)
        var state: UInt32 = 2_463_534_242
        while bytes.count < size - 6 {
            state ^= state << 13
            state ^= state >> 17
            state ^= state << 5
            bytes.append(UInt8(truncatingIfNeeded: state))
        }
        bytes += Array("%%EOF\n".utf8)
        return Array(bytes.prefix(size))
    }

    static let html = Array("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>".utf8)
    static let svg = Array("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><circle r=\"4\"/></svg>".utf8)

    /// An OOXML document whose one entry declares 1 GB once expanded.
    static func zipBomb() -> [UInt8] {
        func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF)] }
        func le32(_ v: Int) -> [UInt8] { le16(v & 0xFFFF) + le16((v >> 16) & 0xFFFF) }
        var out: [UInt8] = []
        var central: [UInt8] = []
        for (name, data, declared) in [
            ("[Content_Types].xml", Array("<Types/>".utf8), 8), ("word/document.xml", Array(repeating: UInt8(0), count: 64), 1_000_000_000),
        ] {
            let offset = out.count
            let n = Array(name.utf8)
            out +=
                le32(0x0403_4B50) + le16(20) + le16(0) + le16(8) + le16(0) + le16(0) + le32(0)
                + le32(data.count) + le32(declared) + le16(n.count) + le16(0) + n + data
            central +=
                le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(8) + le16(0) + le16(0)
                + le32(0) + le32(data.count) + le32(declared) + le16(n.count) + le16(0) + le16(0)
                + le16(0) + le16(0) + le32(0) + le32(offset) + n
        }
        let at = out.count
        out += central + le32(0x0605_4B50) + le16(0) + le16(0) + le16(2) + le16(2) + le32(central.count) + le32(at) + le16(0)
        return out
    }

    /// A `multipart/form-data` body: text fields, then the file.
    static func multipart(_ fields: [(String, String)], file: [UInt8], filename: String, contentType: String = "application/pdf") -> (String, [UInt8])
    {
        let boundary = "----secretariado\(UUID().uuidString)"
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        let quoted = filename.replacingOccurrences(of: "\"", with: "%22")
        body += Array(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(quoted)\"\r\nContent-Type: \(contentType)\r\n\r\n".utf8)
        body += file
        body += Array("\r\n--\(boundary)--\r\n".utf8)
        return ("multipart/form-data; boundary=\(boundary)", body)
    }

    /// The hidden fields of the form that posts to `action` on `html`.
    static func hidden(_ html: String, action: String) -> [(String, String)] {
        FormPage.hidden(html, action: action).map { ($0.key, $0.value) }
    }
}
