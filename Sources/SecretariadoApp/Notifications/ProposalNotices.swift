import Fluent
import Foundation
import SecretariadoCore

/// A proposal was declined: its author is told why, under the same kind as an integrated
/// one (`proposalDecided`), so one preference covers both outcomes.
enum ProposalNotices {
    static func declined(_ proposal: AgendaProposal, in stl: Secretariat, now: Date = Date(), on db: any Database) async throws {
        guard let authorID = proposal.proposedByUserID else { return }
        let reason = proposal.declineReason ?? ""
        let link = SiteURL.proposals(.value(stl.slug)).path
        let author = try await AccountAudience.candidates([authorID], on: db)
        try await Notifier.notify(.proposalDecided, to: author, now: now, on: db) { _, language in
            language == .es
                ? .init(subject: "Tu propuesta fue declinada — STL \(stl.name)",
                        text: "La persona facilitadora declinó tu propuesta «\(proposal.title)» para el orden del día. Motivo: \(reason)",
                        link: link)
                : .init(subject: "Your proposal was declined — STL \(stl.name)",
                        text: "The facilitator declined your agenda proposal “\(proposal.title)”. Reason: \(reason)",
                        link: link)
        }
    }
}
