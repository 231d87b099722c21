import Foundation

/// An administrator's correction of a typo in the version in force. It skips the STL's
/// vote, so it may touch only prose: every field the platform executes (decision rule,
/// quorum, vote change, notice periods, urgent sessions, term length) must stay as the STL
/// decided it, and the history marks it as a correction with its reason.
public enum CharterCorrection {
    public static func problems(from inForce: GovernanceMechanism, to corrected: GovernanceMechanism, reason: String?) -> [GovernanceMechanism
        .Problem]
    {
        var found = corrected.problems()
        if (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            found.append(
                .init(
                    field: "reason",
                    message: Localized(
                        es: "Una corrección necesita el motivo, que queda en el historial.",
                        en: "A correction needs its reason, which stays in the history.")))
        }
        for change in CharterDiff(from: inForce, to: corrected).fields {
            found.append(
                .init(
                    field: change.field,
                    message: Localized(
                        es: "Una corrección no cambia «\(change.label.es)»: eso lo decide el STL con una moción en sesión.",
                        en: "A correction does not change “\(change.label.en)”: the STL decides that with a motion in session.")))
        }
        if corrected == inForce {
            found.append(
                .init(
                    field: "reason",
                    message: Localized(
                        es: "La corrección no cambia nada del texto en vigor.", en: "The correction changes nothing in the text in force.")))
        }
        return found
    }
}
