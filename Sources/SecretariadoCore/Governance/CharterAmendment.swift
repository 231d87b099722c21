import Foundation

/// How the Mecanismo de Gobernanza changes. The charter belongs to the STL: while it is
/// being formed, its text is written for the acta de instalación and enters into force with
/// it; once installed, a new text is only a draft until the representatives adopt it by a
/// motion decided under the rule in force, in a session of the STL.
public enum CharterAmendment {
    /// What a submitted text becomes.
    public enum Path: Hashable, Sendable {
        /// The STL is being formed: the text is the one the acta will carry.
        case installationText
        /// The STL is installed: a draft for the STL to decide.
        case draft
    }

    public static func path(installed: Bool) -> Path {
        installed ? .draft : .installationText
    }

    /// Where a draft stands.
    public enum DraftStatus: String, Codable, Hashable, Sendable, CaseIterable {
        /// Proposed; it may be put to the vote, and stays a draft when a vote rejects it.
        case borrador
        /// A motion adopted it: it is (or was) a version in force.
        case adoptada
        /// Another version entered into force after it was proposed: its diff no longer
        /// shows what a vote would change, so it must be proposed again.
        case superada

        public var label: Localized {
            switch self {
            case .borrador: Localized(es: "Propuesta (borrador)", en: "Proposal (draft)")
            case .adoptada: Localized(es: "Adoptada", en: "Adopted")
            case .superada: Localized(es: "Superada por otra versión", en: "Superseded by another version")
            }
        }
    }

    /// Why a draft may not be put to the vote.
    public static func voteRefusal(status: DraftStatus, baseVersion: Int, versionInForce: Int) -> Localized? {
        if status != .borrador {
            return Localized(
                es: "Esa propuesta ya no es un borrador: \(status.label.es.lowercased()).",
                en: "That proposal is no longer a draft: \(status.label.en.lowercased()).")
        }
        if baseVersion != versionInForce {
            return Localized(
                es:
                    "La propuesta se hizo sobre la versión \(baseVersion) y hoy está en vigor la versión \(versionInForce); debe proponerse de nuevo.",
                en: "The proposal was made on version \(baseVersion) and version \(versionInForce) is now in force; it must be proposed again.")
        }
        return nil
    }

    /// What closing the vote on a motion that adopts a draft does to the draft.
    public enum Verdict: Hashable, Sendable {
        /// The draft becomes the version in force, in the same write as the close.
        case entersIntoForce
        /// The draft stays as it was, with the reason.
        case staysDraft(Localized)
    }

    /// A draft enters into force only when the motion is decided *adopted* (under the rule
    /// in force, which the close applies), in a session of the draft's own STL, while the
    /// draft is still a draft on the version in force.
    public static func verdict(
        outcome: Outcome.Result, sessionOfSameSTL: Bool, status: DraftStatus, baseVersion: Int, versionInForce: Int
    ) -> Verdict {
        guard sessionOfSameSTL else {
            return .staysDraft(
                Localized(es: "La moción no es de una sesión de este secretariado.", en: "The motion is not from a session of this secretariat."))
        }
        if let refusal = voteRefusal(status: status, baseVersion: baseVersion, versionInForce: versionInForce) {
            return .staysDraft(refusal)
        }
        guard outcome == .adopted else {
            return .staysDraft(
                Localized(
                    es: "La moción no fue adoptada (\(outcome.label.es.lowercased())): la propuesta sigue como borrador.",
                    en: "The motion was not adopted (\(outcome.label.en.lowercased())): the proposal stays a draft."))
        }
        return .entersIntoForce
    }

    /// How a version came to be in force, for the public history.
    public enum Origin: String, Codable, Hashable, Sendable, CaseIterable {
        /// Written during the formation of the STL; in force with the acta de instalación.
        case acta
        /// Adopted by a motion of the STL in session.
        case mocion
        /// An administrator's correction of a typo, with its reason.
        case correccion

        public var label: Localized {
            switch self {
            case .acta: Localized(es: "Acta de instalación", en: "Installation act")
            case .mocion: Localized(es: "Adoptada por moción del STL", en: "Adopted by a motion of the STL")
            case .correccion: Localized(es: "Corrección administrativa", en: "Administrative correction")
            }
        }
    }
}
