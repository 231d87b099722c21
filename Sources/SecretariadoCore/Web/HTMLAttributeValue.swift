/// The one escaping every attribute value written into HTML goes through. Plot writes
/// attribute values as given, so a `"` in a value would close the attribute and start
/// markup; all five significant characters are replaced, so the value is safe whether the
/// attribute is quoted with `"` or `'`, and inside raw SVG or HTML strings.
public enum HTMLAttributeValue {
    public static func escape(_ value: String) -> String {
        guard value.contains(where: { "&\"'<>".contains($0) }) else { return value }
        var out = ""
        out.reserveCapacity(value.utf8.count + 16)
        for character in value {
            switch character {
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }

    /// The names of attributes whose value the browser follows as a URL.
    public static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "xlink:href", "poster", "cite", "data", "srcset"]

    /// A URL as it may appear in a link, image or form target: relative references and
    /// http(s) addresses stay; any other scheme (`javascript:`, `data:`, `vbscript:`…)
    /// becomes `#`, so a stored value cannot turn a link into script. Escape afterwards.
    public static func safeURL(_ value: String) -> String {
        guard let scheme = WebLink.scheme(of: value) else { return value }
        return scheme == "http" || scheme == "https" ? value : "#"
    }

    /// Escaping for the named attribute: URL attributes are also filtered by scheme.
    public static func escape(_ value: String, forAttributeNamed name: String) -> String {
        urlAttributes.contains(name.lowercased()) ? escape(safeURL(value)) : escape(value)
    }
}
