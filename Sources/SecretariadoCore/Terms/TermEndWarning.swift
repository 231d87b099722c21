import Foundation

/// «This term ends soon» or «this term ended and nobody relieved its holder».
public struct TermEndWarning: Hashable, Sendable {
    public var term: CurrentTerm
    /// The day the term ends (start of that day in Mexico City).
    public var endsOn: Date
    /// Days from today to that day: 0 is today, negative once it passed.
    public var daysLeft: Int

    public init(term: CurrentTerm, endsOn: Date, daysLeft: Int) {
        self.term = term
        self.endsOn = endsOn
        self.daysLeft = daysLeft
    }

    public var hasEnded: Bool { daysLeft < 0 }

    /// One line naming the person, the seat and the date.
    public var message: Localized {
        let es = MexicanFormat.date(endsOn, language: .es)
        let en = MexicanFormat.date(endsOn, language: .en)
        let who = term.holderName
        let role = term.role.label
        if hasEnded {
            return Localized(
                es: "El periodo de \(who) (\(role.es.lowercased()), \(term.seat.es)) terminó el \(es) y no se ha designado relevo.",
                en: "The term of \(who) (\(role.en.lowercased()), \(term.seat.en)) ended on \(en) and no successor has been appointed.")
        }
        let inDays =
            daysLeft == 0
            ? Localized(es: "hoy", en: "today")
            : Localized(es: daysLeft == 1 ? "en 1 día" : "en \(daysLeft) días", en: daysLeft == 1 ? "in 1 day" : "in \(daysLeft) days")
        return Localized(
            es: "El periodo de \(who) (\(role.es.lowercased()), \(term.seat.es)) termina el \(es), \(inDays.es).",
            en: "The term of \(who) (\(role.en.lowercased()), \(term.seat.en)) ends on \(en), \(inDays.en).")
    }
}
