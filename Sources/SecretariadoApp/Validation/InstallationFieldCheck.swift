import Foundation
import SecretariadoCore

/// Checks the installation forms need beyond `FieldCheck`.
enum InstallationFieldCheck {
    /// `AAAA-MM-DDTHH:MM` (what `<input type="datetime-local">` sends), read on Mexico
    /// City's clock.
    static func dateTime(_ value: String?, _ name: String) throws -> Date? {
        guard let text = try FieldCheck.optional(value, name, maxLength: 19) else { return nil }
        let parts = text.split(separator: "T")
        let invalid = AppError.invalid(
            field: name,
            Localized(
                es: "«\(name)» debe ser una fecha y hora con formato AAAA-MM-DDTHH:MM.",
                en: "“\(name)” must be a date and time formatted YYYY-MM-DDTHH:MM."))
        guard parts.count == 2, CalendarDate.parse(String(parts[0])) != nil else { throw invalid }
        let day = parts[0].split(separator: "-").compactMap { Int($0) }
        let time = parts[1].split(separator: ":").compactMap { Int($0) }
        guard day.count == 3, (2...3).contains(time.count), parts[1].split(separator: ":").allSatisfy({ $0.count == 2 }),
            let wall = CivilDateTime(year: day[0], month: day[1], day: day[2], hour: time[0], minute: time[1], second: time.count == 3 ? time[2] : 0)
        else { throw invalid }
        return MexicoCityTime.date(at: wall)
    }

    static func requiredDateTime(_ value: String?, _ name: String) throws -> Date {
        guard let date = try dateTime(value, name) else { throw AppError.required(name) }
        return date
    }

    static func requiredDate(_ value: String?, _ name: String) throws -> Date {
        guard let date = try FieldCheck.date(value, name) else { throw AppError.required(name) }
        return date
    }

    static func integer(_ value: String?, _ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = try FieldCheck.optional(value, name, maxLength: 6) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw AppError.invalid(
                field: name,
                Localized(
                    es: "«\(name)» debe ser un entero entre \(range.lowerBound) y \(range.upperBound).",
                    en: "“\(name)” must be an integer between \(range.lowerBound) and \(range.upperBound)."))
        }
        return number
    }

    /// A web address, or a path of this site ("/stl/yucatan/acta").
    static func link(_ value: String?, _ name: String) throws -> String? {
        guard let text = try FieldCheck.optional(value, name, maxLength: 500) else { return nil }
        if text.hasPrefix("/") {
            guard !text.contains(" "), let path = LocalPath.redirectTarget(text) else {
                throw AppError.invalid(
                    field: name,
                    Localized(
                        es: "«\(name)» debe ser una ruta de este sitio (/…) o una dirección web http:// o https://.",
                        en: "“\(name)” must be a path of this site (/…) or an http:// or https:// web address."))
            }
            return path
        }
        return try FieldCheck.url(text, name)
    }

    /// `datetime-local` value of an instant, for form defaults.
    static func format(_ date: Date) -> String {
        let t = MexicoCityTime.wallClock(at: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d", t.year, t.month, t.day, t.hour, t.minute)
    }
}
