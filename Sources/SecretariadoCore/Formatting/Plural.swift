import Foundation

/// Counted nouns that read right in both languages: «1 candidatura», «3 candidaturas»,
/// «2 votaciones abiertas». Pages use it instead of «candidatura(s)».
public enum Plural {
    /// "1 candidatura", "3 candidaturas", with the number formatted for the language.
    public static func count(_ n: Int, _ singular: String, _ plural: String, language: Language = .es) -> String {
        "\(MexicanFormat.integer(n, language: language)) \(n == 1 ? singular : plural)"
    }

    /// Only the noun: "candidatura" or "candidaturas".
    public static func word(_ n: Int, _ singular: String, _ plural: String) -> String {
        n == 1 ? singular : plural
    }

    /// A counted noun in both languages.
    public static func count(_ n: Int, es: (String, String), en: (String, String)) -> Localized {
        Localized(es: count(n, es.0, es.1, language: .es), en: count(n, en.0, en.1, language: .en))
    }
}
