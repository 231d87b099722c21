import Foundation

/// Dates and numbers for people, in es-MX (default) or en-US, always on Mexico City's clock.
///
/// Written out by hand rather than with `DateFormatter`/`NumberFormatter`: their output
/// follows the CLDR version bundled with each toolchain (e.g. en-US "5:30 PM" now comes with
/// U+202F before "PM", es-MX writes "5:30 p.m."), so the same code would print different
/// strings on a developer's Mac and on the Linux server. Here the output is fixed and tested.
///
/// Conventions chosen (es-MX, as used by Mexican public bodies):
/// - dates `25 de noviembre de 2026`, short `25/11/2026`, 24-hour times `17:30 h`;
/// - "." for decimals and "," for thousands, grouping from four digits on (`1,234`);
/// - a space between a number and its unit — `17:30 h`, `45.2 %`, `$1.00 MXN` — as the SI
///   and NOM-008-SCFI-2002 prescribe and the RAE recommends for "%". It is a NO-BREAK SPACE
///   (`MexicanFormat.unitSpace`, U+00A0) so that a line never breaks between the two.
///   English keeps US usage: `45.2%`, `5:30 PM` (with the same no-break space before "PM").
public enum MexicanFormat {
    /// U+00A0 NO-BREAK SPACE, placed between a number and its unit ("17:30 h", "45.2 %").
    public static let unitSpace = "\u{00A0}"

    /// `25 de noviembre de 2026` · `November 25, 2026`.
    /// With `includeWeekday`: `miércoles 25 de noviembre de 2026` · `Wednesday, November 25, 2026`.
    public static func date(_ date: Date, language: Language = .default, includeWeekday: Bool = false) -> String {
        let t = MexicoCityTime.wallClock(at: date)
        let month = MexicanFormatNames.month(t.month, language)
        let weekday = MexicanFormatNames.weekday(t.weekday, language)
        switch language {
        case .es:
            let plain = "\(t.day) de \(month) de \(t.year)"
            return includeWeekday ? "\(weekday) \(plain)" : plain
        case .en:
            let plain = "\(month) \(t.day), \(t.year)"
            return includeWeekday ? "\(weekday), \(plain)" : plain
        }
    }

    /// `17:30 h` (24-hour clock) · `5:30 PM` (12-hour clock).
    public static func time(_ date: Date, language: Language = .default) -> String {
        let t = MexicoCityTime.wallClock(at: date)
        switch language {
        case .es:
            return "\(twoDigits(t.hour)):\(twoDigits(t.minute))\(unitSpace)h"
        case .en:
            let hour12 = t.hour % 12 == 0 ? 12 : t.hour % 12
            return "\(hour12):\(twoDigits(t.minute))\(unitSpace)\(t.hour < 12 ? "AM" : "PM")"
        }
    }

    /// `25 de noviembre de 2026, 17:30 h` · `November 25, 2026, 5:30 PM`.
    public static func dateTime(_ date: Date, language: Language = .default, includeWeekday: Bool = false) -> String {
        "\(self.date(date, language: language, includeWeekday: includeWeekday)), \(time(date, language: language))"
    }

    /// A calendar date stored as text (`2026-03-12`, as in the minutes' canonical document)
    /// written for people: `12 de marzo de 2026` · `March 12, 2026`. Text that is not such a
    /// date is returned as it is.
    public static func date(iso text: String, language: Language = .default) -> String {
        let parts = text.split(separator: "-").map { Int($0) }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2],
            (1...12).contains(month), (1...31).contains(day)
        else { return text }
        let name = MexicanFormatNames.month(month, language)
        switch language {
        case .es: return "\(day) de \(name) de \(year)"
        case .en: return "\(name) \(day), \(year)"
        }
    }

    /// `05/01/2026` (day first, zero-padded) · `1/5/2026` (month first, as in the US).
    public static func shortDate(_ date: Date, language: Language = .default) -> String {
        let t = MexicoCityTime.wallClock(at: date)
        switch language {
        case .es: return "\(twoDigits(t.day))/\(twoDigits(t.month))/\(t.year)"
        case .en: return "\(t.month)/\(t.day)/\(t.year)"
        }
    }

    static func twoDigits(_ n: Int) -> String {
        n < 10 ? "0\(n)" : "\(n)"
    }
}
