import Foundation

/// The facilitator may decline a member's agenda proposal instead of integrating it: only
/// while it is still pending (an integrated one is withdrawn from the agenda instead), and
/// always with a reason, because the author is told why.
public enum ProposalDecline {
    /// Long enough for a paragraph of explanation, short enough for a notice.
    public static let reasonMaxLength = 1_000

    /// Why a proposal in `status` cannot be declined; `nil` when it can.
    public static func refusal(for status: ProposalStatus) -> Localized? {
        switch status {
        case .pendiente: nil
        case .integrada:
            Localized(
                es: "Esa propuesta ya está en un orden del día; retira el punto si no se tratará.",
                en: "That proposal is already on an agenda; withdraw the item if it will not be discussed.")
        case .descartada:
            Localized(
                es: "Esa propuesta ya fue descartada.", en: "That proposal was already dismissed.")
        }
    }
}
