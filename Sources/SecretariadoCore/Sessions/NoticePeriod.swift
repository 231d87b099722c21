import Foundation

/// Whether a session may be convened for a given date under the STL's Mecanismo de
/// Gobernanza (its `Operation`: notice days per kind and the urgent extraordinary
/// exception).
///
/// Days are counted on Mexico City's calendar, the way a convocation is read: convening on
/// Monday for Saturday gives 5 days' notice whatever the hours.
public enum NoticePeriod {
    public enum Problem: Hashable, Sendable {
        /// The session would start before the convocation.
        case inThePast
        /// Only extraordinary sessions can be urgent.
        case urgentOnlyExtraordinary
        /// The charter does not allow urgent extraordinary sessions.
        case urgentNotAllowed
        /// Too little notice: `required` days are needed, `given` were given; the first
        /// allowed day is `earliest` (midnight in Mexico City).
        case tooLate(kind: SessionKind, required: Int, given: Int, earliest: Date)

        /// The form or JSON field the problem belongs to.
        public var field: String {
            switch self {
            case .urgentOnlyExtraordinary, .urgentNotAllowed: "urgent"
            case .inThePast, .tooLate: "date"
            }
        }

        public var message: Localized {
            switch self {
            case .inThePast:
                return Localized(
                    es: "La fecha y hora de la sesión ya pasaron; elige una fecha futura.",
                    en: "The session's date and time have already passed; choose a future date.")
            case .urgentOnlyExtraordinary:
                return Localized(
                    es: "Sólo una sesión extraordinaria puede convocarse con carácter urgente.",
                    en: "Only an extraordinary session can be convened as urgent.")
            case .urgentNotAllowed:
                return Localized(
                    es: "El Mecanismo de Gobernanza de este secretariado no permite convocar sesiones extraordinarias urgentes.",
                    en: "This secretariat's governance mechanism does not allow urgent extraordinary sessions.")
            case .tooLate(let kind, let required, let given, let earliest):
                let kindEs = kind == .ordinaria ? "ordinaria" : "extraordinaria"
                let kindEn = kind == .ordinaria ? "ordinary" : "extraordinary"
                let urgentEs =
                    kind == .extraordinaria
                    ? " (o márcala como urgente, si el Mecanismo de Gobernanza lo permite)" : ""
                let urgentEn =
                    kind == .extraordinaria
                    ? " (or mark it urgent, if the governance mechanism allows it)" : ""
                return Localized(
                    es:
                        "Convocatoria fuera de plazo: el Mecanismo de Gobernanza exige convocar una sesión \(kindEs) con al menos \(Self.days(required, .es)) de anticipación y la fecha elegida está a \(Self.days(given, .es)). Elige el \(MexicanFormat.date(earliest, language: .es)) o una fecha posterior\(urgentEs).",
                    en:
                        "Convocation too late: the governance mechanism requires at least \(Self.days(required, .en)) of notice for an \(kindEn) session and the chosen date is \(Self.days(given, .en)) away. Choose \(MexicanFormat.date(earliest, language: .en)) or later\(urgentEn)."
                )
            }
        }

        private static func days(_ n: Int, _ language: Language) -> String {
            switch language {
            case .es: n == 1 ? "1 día" : "\(n) días"
            case .en: n == 1 ? "1 day" : "\(n) days"
            }
        }
    }

    /// The first problem with convening a session of `kind` starting at `startsAt`, when
    /// convened at `convenedAt`; `nil` when the charter allows it.
    public static func problem(
        kind: SessionKind, urgent: Bool, startsAt: Date, convenedAt: Date,
        operation: GovernanceMechanism.Operation
    ) -> Problem? {
        guard startsAt > convenedAt else { return .inThePast }
        if urgent {
            guard kind == .extraordinaria else { return .urgentOnlyExtraordinary }
            guard operation.allowsUrgentExtraordinary else { return .urgentNotAllowed }
            return nil
        }
        let required = kind == .ordinaria ? operation.ordinaryNoticeDays : operation.extraordinaryNoticeDays
        let given = daysBetween(convenedAt, startsAt)
        guard given >= required else {
            let first = dayNumber(convenedAt) + Int64(required)
            let (y, m, d) = CivilDateTime.civilFromDays(first)
            let earliest = MexicoCityTime.date(at: CivilDateTime(year: y, month: m, day: d)!)
            return .tooLate(kind: kind, required: required, given: given, earliest: earliest)
        }
        return nil
    }

    /// Calendar days from `start` to `end` in Mexico City (0 for the same day).
    public static func daysBetween(_ start: Date, _ end: Date) -> Int {
        Int(dayNumber(end) - dayNumber(start))
    }

    private static func dayNumber(_ date: Date) -> Int64 {
        let t = MexicoCityTime.wallClock(at: date)
        return CivilDateTime.daysFromCivil(year: t.year, month: t.month, day: t.day)
    }
}
