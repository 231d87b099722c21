import Foundation

/// What a new password must meet. Bcrypt reads only the first 72 bytes of a password, so
/// longer ones are refused rather than silently cut (two passwords sharing those bytes would
/// both open the account); the limit is in UTF-8 bytes because an accented letter or an
/// emoji takes two to four. Very common passwords are the first ones any attacker tries.
public enum PasswordPolicy {
    public static let minimumLength = 10
    public static let maximumBytes = 72

    public enum Problem: Equatable, Sendable {
        case tooShort
        case tooLong
        case common

        public var message: Localized {
            switch self {
            case .tooShort:
                Localized(
                    es: "La contraseña debe tener al menos \(PasswordPolicy.minimumLength) caracteres.",
                    en: "The password must have at least \(PasswordPolicy.minimumLength) characters.")
            case .tooLong:
                Localized(
                    es:
                        "La contraseña no puede ocupar más de \(PasswordPolicy.maximumBytes) bytes (las letras acentuadas y los emojis ocupan de 2 a 4): usa una más corta.",
                    en:
                        "The password may not take more than \(PasswordPolicy.maximumBytes) bytes (accented letters and emoji take 2 to 4): use a shorter one."
                )
            case .common:
                Localized(
                    es: "Esa contraseña es de las más usadas y se adivina en segundos: elige otra.",
                    en: "That password is among the most used and is guessed in seconds: choose another one.")
            }
        }
    }

    /// The first problem of a candidate password, or nil when it is acceptable.
    public static func problem(with password: String) -> Problem? {
        if password.count < minimumLength { return .tooShort }
        if password.utf8.count > maximumBytes { return .tooLong }
        if isCommon(password) { return .common }
        return nil
    }

    /// Common passwords, compared without case, accents, spaces or trailing digits and
    /// symbols, so «Contraseña2024!» counts as «contraseña».
    public static func isCommon(_ password: String) -> Bool {
        let folded = normalised(password)
        if CommonPasswords.list.contains(folded) { return true }
        let stem = String(folded.reversed().drop { $0.isNumber || !$0.isLetter }.reversed())
        if stem.count >= 4, CommonPasswords.list.contains(stem) { return true }
        // «aaaaaaaaaa», «1111111111»: one repeated character.
        return Set(folded).count <= 2
    }

    static func normalised(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "es_MX"))
            .filter { !$0.isWhitespace }
    }
}
