/// A person's or organisation's name is one line of text: no line break, tab or other
/// control character. Names go into the acta, the minutes, lists and headings; a name that
/// spans lines could forge a heading or an entry of its own in any of them.
public enum NameText {
    /// Whether `text` is acceptable as a name (empty text is the caller's concern).
    public static func isSingleLine(_ text: String) -> Bool {
        !text.unicodeScalars.contains { scalar in
            switch scalar.value {
            // C0 and C1 controls (CR, LF, TAB…), DEL, and the Unicode line/paragraph separators.
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
            default: false
            }
        }
    }

    public static let problem = Localized(
        es: "debe ser una sola línea, sin saltos de línea ni caracteres de control.",
        en: "must be a single line, without line breaks or control characters.")
}
