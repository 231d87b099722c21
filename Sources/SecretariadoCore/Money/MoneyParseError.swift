import Foundation

/// Why a text could not be read as an amount of pesos. `message` names the problem for the
/// person who typed it; `errorDescription` is the Spanish message.
public enum MoneyParseError: Error, Hashable, Sendable, LocalizedError {
    /// No digits at all: blanks, or only "$", "-" or "MXN".
    case empty
    /// A character that has no place in an amount ("12 pesos", "abc", "1e3").
    case notANumber
    /// Digits and signs in an impossible arrangement ("1.2.3", "12.", "--5", "5-").
    case malformed
    /// More than two digits after the decimal point ("1.005").
    case tooManyDecimals(found: Int)
    /// A comma used as the decimal mark ("1234,50", "1.234,50"); es-MX uses a point.
    case decimalComma
    /// Thousands separator not every three digits ("1,23", "12,3456").
    case misplacedThousandsSeparator
    /// A negative amount where only zero or more is allowed.
    case negativeNotAllowed
    /// Too large to record (beyond about 92 billion billion pesos).
    case outOfRange

    public var message: Localized {
        switch self {
        case .empty:
            Localized(es: "Escribe un monto.", en: "Enter an amount.")
        case .notANumber:
            Localized(
                es: "El monto solo puede llevar dígitos, comas de miles, un punto decimal y el signo $.",
                en: "An amount may only contain digits, thousands commas, one decimal point and the $ sign."
            )
        case .malformed:
            Localized(
                es: "El monto no tiene un formato válido; escribe por ejemplo 1,234.50.",
                en: "The amount is not well formed; write for example 1,234.50."
            )
        case .tooManyDecimals(let found):
            Localized(
                es: "El monto tiene \(found) decimales; se admiten como máximo 2 (centavos).",
                en: "The amount has \(found) decimals; at most 2 (centavos) are allowed."
            )
        case .decimalComma:
            Localized(
                es: "Usa punto para los decimales y coma para los miles, por ejemplo 1,234.50.",
                en: "Use a point for decimals and a comma for thousands, for example 1,234.50."
            )
        case .misplacedThousandsSeparator:
            Localized(
                es: "Las comas de miles deben separar grupos de tres dígitos, por ejemplo 1,234,567.",
                en: "Thousands commas must separate groups of three digits, for example 1,234,567."
            )
        case .negativeNotAllowed:
            Localized(es: "El monto no puede ser negativo.", en: "The amount cannot be negative.")
        case .outOfRange:
            Localized(
                es: "El monto es demasiado grande para registrarse.",
                en: "The amount is too large to be recorded."
            )
        }
    }

    public var errorDescription: String? { message.es }
}
