import Foundation

/// The name a document is listed and downloaded under, from whatever the browser sent:
/// no path, no control or invisible direction characters, no quotes or markup characters,
/// accents kept, bounded, and ending in the extension of the type found in its bytes.
public enum DocumentName {
    public static let maxLength = 120

    public static func sanitize(_ raw: String?, type: DocumentType) -> String {
        var name = raw ?? ""
        // Browsers on Windows send "C:\…\file.pdf"; keep only the last component.
        if let cut = name.lastIndex(where: { $0 == "/" || $0 == "\\" }) { name = String(name[name.index(after: cut)...]) }
        let forbidden: Set<Character> = ["\"", "'", "`", "<", ">", "&", ":", "*", "?", "|", ";", "%", "{", "}", "$"]
        name = String(
            name.unicodeScalars.filter { scalar in
                if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format { return false }
                // Bidi overrides and isolates make "fdp.exe" read as "exe.pdf".
                if (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) { return false }
                return true
            }.map(Character.init).filter { !forbidden.contains($0) })
        name = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var stem = name
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { stem = String(name[..<dot]) }
        stem = String(stem.drop(while: { $0 == "." || $0 == " " || $0 == "-" }))
        while stem.hasSuffix(".") || stem.hasSuffix(" ") { stem.removeLast() }
        if stem.isEmpty { stem = "documento" }
        let suffix = "." + type.fileExtension
        if stem.count + suffix.count > maxLength { stem = String(stem.prefix(maxLength - suffix.count)) }
        return stem + suffix
    }

    /// `filename*=UTF-8''…` for `Content-Disposition` (RFC 6266 / 5987), with an ASCII
    /// fallback `filename="…"` for old clients.
    public static func contentDisposition(_ name: String, inline: Bool) -> String {
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
        let encoded = name.addingPercentEncoding(withAllowedCharacters: allowed) ?? "documento"
        let ascii = String(
            name.folding(options: .diacriticInsensitive, locale: nil).unicodeScalars
                .map { $0.isASCII && $0.value >= 0x20 && $0 != "\"" && $0 != "\\" ? Character($0) : "_" })
        return (inline ? "inline" : "attachment") + "; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }
}
