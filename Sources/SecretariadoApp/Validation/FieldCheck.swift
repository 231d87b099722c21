import Foundation
import SecretariadoCore

/// Checks one input field and names it in the error, for forms and JSON alike.
enum FieldCheck {
    static func required(_ value: String?, _ name: String, maxLength: Int = 300) throws -> String {
        guard let text = try optional(value, name, maxLength: maxLength) else {
            throw AppError.required(name)
        }
        return text
    }

    /// A person's or organisation's name: required, one line (`NameText`).
    static func name(_ value: String?, _ field: String, maxLength: Int = 200) throws -> String {
        guard let text = try optionalName(value, field, maxLength: maxLength) else { throw AppError.required(field) }
        return text
    }

    /// An optional name: one line when given.
    static func optionalName(_ value: String?, _ field: String, maxLength: Int = 200) throws -> String? {
        guard let text = try optional(value, field, maxLength: maxLength) else { return nil }
        guard NameText.isSingleLine(text) else {
            throw AppError.invalid(
                field: field,
                Localized(
                    es: "«\(field)» \(NameText.problem.es)", en: "“\(field)” \(NameText.problem.en)"))
        }
        return text
    }

    /// Trimmed text, `nil` when empty; too long is an error, never a silent cut.
    static func optional(_ value: String?, _ name: String, maxLength: Int = 300) throws -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else {
            return nil
        }
        guard trimmed.count <= maxLength else {
            throw AppError.invalid(
                field: name,
                Localized(
                    es: "«\(name)» admite como máximo \(maxLength) caracteres.",
                    en: "“\(name)” allows at most \(maxLength) characters."))
        }
        guard !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" && $0 != "\r" }) else {
            throw AppError.invalid(
                field: name,
                Localized(
                    es: "«\(name)» contiene caracteres de control no permitidos.",
                    en: "“\(name)” contains control characters that are not allowed."))
        }
        return trimmed
    }

    static func email(_ value: String?, _ name: String) throws -> String? {
        guard let text = try optional(value, name, maxLength: 254) else { return nil }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !text.contains(" ") else {
            throw AppError.invalid(
                field: name,
                Localized(
                    es: "«\(name)» no es un correo electrónico válido.",
                    en: "“\(name)” is not a valid e-mail address."))
        }
        return text.lowercased()
    }

    static func url(_ value: String?, _ name: String) throws -> String? {
        guard let text = try optional(value, name, maxLength: 500) else { return nil }
        // Stored re-serialised, so a link shown later is a plain http(s) address.
        guard let url = WebLink.normalize(text), url.count <= 1000 else {
            throw AppError.invalid(
                field: name,
                Localized(
                    es: "«\(name)» debe ser una dirección web que empiece con http:// o https://.",
                    en: "“\(name)” must be a web address starting with http:// or https://."))
        }
        return url
    }

    static func uuid(_ value: String?, _ name: String) throws -> UUID? {
        guard let text = try optional(value, name, maxLength: 64) else { return nil }
        guard let id = UUID(uuidString: text) else {
            throw AppError.invalid(
                field: name,
                Localized(
                    es: "«\(name)» no es un identificador válido.", en: "“\(name)” is not a valid identifier."))
        }
        return id
    }

    /// A whole number that must be there.
    static func requiredInt(_ value: String?, _ name: String) throws -> Int {
        guard let text = try optional(value, name, maxLength: 9) else { throw AppError.required(name) }
        guard let number = Int(text) else {
            throw AppError.invalid(
                field: name,
                Localized(
                    es: "«\(name)» debe ser un número entero.", en: "“\(name)” must be a whole number."))
        }
        return number
    }

    static func requiredUUID(_ value: String?, _ name: String) throws -> UUID {
        guard let id = try uuid(value, name) else { throw AppError.required(name) }
        return id
    }

    static func choice<T: RawRepresentable & CaseIterable>(_ value: String?, _ name: String, as: T.Type) throws -> T?
    where T.RawValue == String {
        guard let text = try optional(value, name, maxLength: 64) else { return nil }
        guard let choice = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw AppError.invalid(
                field: name,
                Localized(
                    es: "«\(name)» debe ser uno de: \(allowed).", en: "“\(name)” must be one of: \(allowed)."))
        }
        return choice
    }

    static func requiredChoice<T: RawRepresentable & CaseIterable>(_ value: String?, _ name: String, as type: T.Type) throws -> T
    where T.RawValue == String {
        guard let choice = try choice(value, name, as: type) else { throw AppError.required(name) }
        return choice
    }

    /// A calendar date `AAAA-MM-DD`, as the day starts in Mexico City.
    static func date(_ value: String?, _ name: String) throws -> Date? {
        guard let text = try optional(value, name, maxLength: 10) else { return nil }
        guard let date = CalendarDate.parse(text) else {
            throw AppError.invalid(
                field: name,
                Localized(
                    es: "«\(name)» debe ser una fecha con formato AAAA-MM-DD.",
                    en: "“\(name)” must be a date formatted YYYY-MM-DD."))
        }
        return date
    }
}

/// Dates without time, read and written as `AAAA-MM-DD` in Mexico City.
enum CalendarDate {
    static let timeZone = TimeZone(identifier: "America/Mexico_City")!

    private static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    static func parse(_ text: String) -> Date? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1900...2200).contains(y), (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        let components = DateComponents(year: y, month: m, day: d)
        guard let date = calendar.date(from: components),
            calendar.component(.day, from: date) == d
        else { return nil }
        return date
    }

    static func format(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    static func today() -> Date {
        day(of: Date())
    }

    /// The calendar day (its start) an instant falls on.
    static func day(of instant: Date) -> Date {
        calendar.startOfDay(for: instant)
    }
}
