import Foundation

/// A name folded for comparison: case, accents, punctuation and spacing do not make two
/// names different ("Red Yucateca de Datos, A.C." = "red yucateca de datos a c").
public enum NameKey {
    public static func make(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "es_MX"))
            .lowercased()
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .joined(separator: " ")
    }
}
