import Foundation

/// The URL slug of a name: lowercase ASCII letters and digits, words joined by single
/// hyphens, accents folded ("San Luis Potosí" → "san-luis-potosi", "Nuevo León" →
/// "nuevo-leon").
///
/// Slugs are a public contract (`/api/v1/secretariats/{slug}`), so the
/// demo STLs and every STL created later go through this one function.
///
/// Accents are folded by canonical decomposition and dropping the combining marks, which
/// turns "á" into "a", "ñ" into "n" and "ü" into "u" without depending on ICU transforms
/// that Foundation does not offer on every platform. Anything else that is not an ASCII
/// letter or digit (spaces, punctuation, other scripts) separates words.
public func slugify(_ name: String) -> String {
    var slug = ""
    var pendingHyphen = false
    for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
        if scalar.properties.generalCategory == .nonspacingMark { continue }
        if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            if pendingHyphen && !slug.isEmpty { slug.append("-") }
            pendingHyphen = false
            slug.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
        } else {
            pendingHyphen = true
        }
    }
    return slug
}
