import Foundation

/// The one place that takes personal contact data out of audit entries for readers who are
/// not editors of the STL (its representatives, national coordination). Entries keep the
/// before/after JSON of people, organisations, registrations and Grupo Promotor members as
/// the editors saw them; these readers get the same JSON with the private fields replaced.
public enum AuditRedaction {
    /// What a redacted value reads as.
    public static let placeholder = "[reservado]"

    /// Private fields, compared without case, `_` or `-` (`contact_email` is `contactEmail`).
    public static let privateKeys: Set<String> = [
        "email", "phone", "telephone", "mobile", "address", "correo", "telefono", "domicilio",
        "contactemail", "contactphone", "contactname", "contactaddress",
        "personemail", "personphone", "personaddress",
    ]

    public static func isPrivate(key: String) -> Bool {
        privateKeys.contains(key.lowercased().filter { $0 != "_" && $0 != "-" })
    }

    /// The JSON text of an entry's before or after, with private fields replaced. Text that
    /// is not a JSON object or array (some entries store a short line) has its e-mail
    /// addresses masked instead. Unchanged text comes back as it was.
    public static func redact(json text: String?) -> String? {
        guard let text else { return nil }
        guard let data = text.data(using: .utf8),
            let parsed = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
            parsed is [String: Any] || parsed is [Any]
        else { return maskingEmails(in: text) }
        var changed = false
        let redacted = redact(parsed, changed: &changed)
        guard changed,
            let out = try? JSONSerialization.data(withJSONObject: redacted, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return text }
        return String(decoding: out, as: UTF8.self)
    }

    /// A decoded JSON value (dictionaries, arrays, scalars) with private fields replaced at
    /// any depth, and e-mail addresses masked in every other string.
    public static func redact(_ value: Any) -> Any {
        var changed = false
        return redact(value, changed: &changed)
    }

    private static func redact(_ value: Any, changed: inout Bool) -> Any {
        switch value {
        case let object as [String: Any]:
            var out: [String: Any] = [:]
            for (key, member) in object {
                if isPrivate(key: key), !(member is NSNull) {
                    out[key] = placeholder
                    changed = true
                } else {
                    out[key] = redact(member, changed: &changed)
                }
            }
            return out
        case let array as [Any]:
            return array.map { redact($0, changed: &changed) }
        case let string as String:
            let masked = maskingEmails(in: string)
            if masked != string { changed = true }
            return masked
        default:
            return value
        }
    }

    /// Free text with every e-mail address (a word with a local part, `@` and a dotted
    /// domain) replaced; summaries and short before/after lines name accounts this way.
    public static func maskingEmails(in text: String) -> String {
        guard text.contains("@") else { return text }
        var out = ""
        var word = ""
        func flush() {
            out += looksLikeEmail(word) ? placeholder : word
            word = ""
        }
        for character in text {
            if character.isWhitespace || "()<>,;:\"'«»[]".contains(character) {
                flush()
                out.append(character)
            } else {
                word.append(character)
            }
        }
        flush()
        return out
    }

    private static func looksLikeEmail(_ word: String) -> Bool {
        let parts = word.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return false }
        let domain = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "."))
        return domain.contains(".") && !domain.hasPrefix(".")
    }
}
