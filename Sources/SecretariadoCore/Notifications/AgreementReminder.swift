import Foundation

/// When an agreement's owners hear of its deadline: once a week before it, and once when it
/// has passed. Each stage is sent once (the caller records which it sent).
public enum AgreementReminder {
    public enum Stage: String, Hashable, Sendable, CaseIterable {
        case dueSoon = "por-vencer"
        case overdue = "vencido"
    }

    public static let daysBefore = 7
    /// An agreement overdue for longer than this is not announced any more: the daily job
    /// covers a server that was down for days, not years of history on a first start.
    public static let overdueWindowDays = 14

    /// The stage an open agreement due at `dueOn` (a Mexico City date, midnight) is in on
    /// `now`: overdue once its day has passed, due soon within the last `daysBefore` days.
    /// Closed agreements (done or cancelled) are in none.
    public static func stage(dueOn: Date?, isOpen: Bool, now: Date) -> Stage? {
        guard isOpen, let dueOn else { return nil }
        let endOfDueDay = dueOn.addingTimeInterval(86_400)
        if now >= endOfDueDay {
            return now < endOfDueDay.addingTimeInterval(TimeInterval(overdueWindowDays) * 86_400) ? .overdue : nil
        }
        if now >= dueOn.addingTimeInterval(-TimeInterval(daysBefore) * 86_400) { return .dueSoon }
        return nil
    }
}
