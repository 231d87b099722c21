import Foundation
import SecretariadoCore

/// Field checks specific to sessions, on top of `FieldCheck`.
enum SessionFields {
    /// The instant Mexico City's clock reads `date` (AAAA-MM-DD) at `time` (HH:MM).
    static func startsAt(date: String?, time: String?) throws -> Date {
        let dayText = try FieldCheck.required(date, "date", maxLength: 10)
        let parts = dayText.split(separator: "-").map { Int($0) }
        guard parts.count == 3, dayText.count == 10, let y = parts[0], let m = parts[1], let d = parts[2],
            (1900...2200).contains(y), CivilDateTime(year: y, month: m, day: d) != nil
        else {
            throw AppError.invalid(
                field: "date",
                Localized(
                    es: "«date» debe ser una fecha con formato AAAA-MM-DD.",
                    en: "“date” must be a date formatted YYYY-MM-DD."))
        }
        let timeText = try FieldCheck.required(time, "time", maxLength: 5)
        let clock = timeText.split(separator: ":").map { Int($0) }
        guard clock.count == 2, timeText.count == 5, let h = clock[0], let mi = clock[1],
            let civil = CivilDateTime(year: y, month: m, day: d, hour: h, minute: mi)
        else {
            throw AppError.invalid(
                field: "time",
                Localized(
                    es: "«time» debe ser una hora con formato HH:MM (24 horas).",
                    en: "“time” must be a time formatted HH:MM (24-hour clock)."))
        }
        return MexicoCityTime.date(at: civil)
    }

    static func duration(_ value: String?) throws -> Int {
        guard let text = try FieldCheck.optional(value, "durationMinutes", maxLength: 4) else { return 120 }
        guard let minutes = Int(text), (15...720).contains(minutes) else {
            throw AppError.invalid(
                field: "durationMinutes",
                Localized(
                    es: "«durationMinutes» debe ser un número de minutos entre 15 y 720.",
                    en: "“durationMinutes” must be a number of minutes between 15 and 720."))
        }
        return minutes
    }

    static func flag(_ value: String?, _ name: String) throws -> Bool {
        guard let text = try FieldCheck.optional(value, name, maxLength: 8)?.lowercased() else { return false }
        switch text {
        case "true", "on", "1", "si", "sí", "yes": return true
        case "false", "off", "0", "no": return false
        default:
            throw AppError.invalid(
                field: name,
                Localized(
                    es: "«\(name)» debe ser true o false.", en: "“\(name)” must be true or false."))
        }
    }

    /// Links, one per line, each http(s).
    static func links(_ value: String?) throws -> [String] {
        guard let text = try FieldCheck.optional(value, "links", maxLength: 5_000) else { return [] }
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard lines.count <= 20 else {
            throw AppError.invalid(
                field: "links",
                Localized(
                    es: "«links» admite como máximo 20 enlaces.", en: "“links” allows at most 20 links."))
        }
        return try lines.map { try FieldCheck.url($0, "links")! }
    }
}

extension CalendarDate {
    /// Midnight of the Mexico City calendar day of `date`, as `AAAA-MM-DD`.
    static func local(_ date: Date?) -> String? {
        date.map(RecordTime.localDate)
    }
}
