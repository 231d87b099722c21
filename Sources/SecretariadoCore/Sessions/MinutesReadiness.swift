import Foundation

/// Whether a session's minutes may be finalised now. Finalising freezes the session for
/// good, so the minutes must say who attended (the quorum and every vote depend on it) and
/// no vote may still be open. The conduct page asks this to decide whether to offer the
/// action at all; the write asks it again inside its transaction.
public enum MinutesReadiness {
    /// `nil` when the minutes may be finalised; otherwise why not, to show the facilitator.
    public static func refusal(attendanceRecorded: Bool, openVotes: Int) -> Localized? {
        if !attendanceRecorded {
            return Localized(
                es: "Registra la asistencia antes de finalizar la minuta: sin ella no constan el quórum ni quién votó.",
                en: "Record attendance before finalising the minutes: without it neither the quorum nor who voted is on record.")
        }
        if openVotes > 0 {
            return Localized(
                es:
                    "Hay \(openVotes == 1 ? "una votación abierta" : Plural.count(openVotes, "votación abierta", "votaciones abiertas")): ciérralas antes de finalizar la minuta.",
                en:
                    "There \(openVotes == 1 ? "is" : "are") \(Plural.count(openVotes, "open vote", "open votes", language: .en)): close them before finalising the minutes."
            )
        }
        return nil
    }
}
