import Foundation

/// Names for the period keys of `SpendingTotals` and `AgreementTimeline`, for people.
public enum PeriodLabel {
    /// "2026-03" → "marzo de 2026" · "March 2026"; "2026-T1" → "1.er trimestre de 2026" ·
    /// "Q1 2026"; "2026" stays. Anything else is returned as it is.
    public static func text(_ key: String, language: Language = .default) -> String {
        let parts = key.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]) else { return key }
        if parts[1].hasPrefix("T"), let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter) {
            switch language {
            case .es: return "\(quarter).\(quarter == 1 || quarter == 3 ? "er" : "º") trimestre de \(year)"
            case .en: return "Q\(quarter) \(year)"
            }
        }
        if let month = Int(parts[1]), (1...12).contains(month) {
            let name = MexicanFormatNames.month(month, language)
            return language == .es ? "\(name) de \(year)" : "\(name) \(year)"
        }
        return key
    }

    /// "T1 2026" · "Q1 2026": short enough for a chart axis.
    public static func short(_ key: String, language: Language = .default) -> String {
        let parts = key.split(separator: "-")
        guard parts.count == 2, parts[1].hasPrefix("T") else { return key }
        return (language == .es ? "T" : "Q") + parts[1].dropFirst() + " " + parts[0]
    }
}
