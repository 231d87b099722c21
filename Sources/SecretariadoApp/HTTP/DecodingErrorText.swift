import SecretariadoCore
import Vapor

/// A decoding failure as a user-facing message naming the field.
struct DecodingErrorText {
    let field: String?
    let message: Localized

    init(_ error: DecodingError) {
        switch error {
        case .keyNotFound(let key, let context):
            let name = Self.path(context.codingPath + [key])
            field = name
            message = Localized(es: "Falta el campo «\(name)».", en: "The field “\(name)” is missing.")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            let name = Self.path(context.codingPath)
            field = name.isEmpty ? nil : name
            message = Localized(
                es: "El campo «\(name)» tiene un tipo de valor incorrecto.",
                en: "The field “\(name)” has the wrong type of value.")
        case .dataCorrupted(let context):
            let name = Self.path(context.codingPath)
            field = name.isEmpty ? nil : name
            message =
                name.isEmpty
                ? Localized(es: "El cuerpo no es JSON válido.", en: "The body is not valid JSON.")
                : Localized(es: "El campo «\(name)» no es válido.", en: "The field “\(name)” is not valid.")
        @unknown default:
            field = nil
            message = Localized(es: "Datos no válidos.", en: "Invalid data.")
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            .joined(separator: ".")
            .replacingOccurrences(of: ".[", with: "[")
    }
}
