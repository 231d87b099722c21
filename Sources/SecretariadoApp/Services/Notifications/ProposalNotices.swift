import Fluent
import Foundation
import SecretariadoCore

/// What became of a member's agenda proposal, told to its author alone: taken into an
/// agenda, or declined with the reason. Both go under one kind (`proposalDecided`), so one
/// preference covers both outcomes.
enum ProposalNotices {
    static func integrated(_ item: AgendaItem, session: StlSession, author: UUID, in stl: Secretariat, now: Date = Date(), on db: any Database)
        async throws
    {
        let link = SiteURL.session(.value(stl.slug), .value(try session.requireID())).path
        try await tell(author, now: now, on: db) { language in
            language == .es
                ? .init(
                    subject: "Tu propuesta entró al orden del día — STL \(stl.name)",
                    text: "Tu propuesta «\(item.title)» es el punto \(item.position) del orden del día de la \(session.title(.es).lowercasedFirst).",
                    link: link)
                : .init(
                    subject: "Your proposal is on the agenda — STL \(stl.name)",
                    text: "Your proposal “\(item.title)” is item \(item.position) of the agenda of \(session.title(.en)).",
                    link: link)
        }
    }

    static func declined(_ proposal: AgendaProposal, in stl: Secretariat, now: Date = Date(), on db: any Database) async throws {
        guard let authorID = proposal.proposedByUserID else { return }
        let reason = proposal.declineReason ?? ""
        let link = SiteURL.proposals(.value(stl.slug)).path
        try await tell(authorID, now: now, on: db) { language in
            language == .es
                ? .init(
                    subject: "Tu propuesta fue declinada — STL \(stl.name)",
                    text: "La persona facilitadora declinó tu propuesta «\(proposal.title)» para el orden del día. Motivo: \(reason)",
                    link: link)
                : .init(
                    subject: "Your proposal was declined — STL \(stl.name)",
                    text: "The facilitator declined your agenda proposal “\(proposal.title)”. Reason: \(reason)",
                    link: link)
        }
    }

    /// The author, and nobody else, in their language.
    private static func tell(
        _ author: UUID, now: Date, on db: any Database, letter: (Language) -> Notifier.Letter
    ) async throws {
        let recipients = try await AccountAudience.candidates([author], on: db)
        try await Notifier.notify(.proposalDecided, to: recipients, now: now, on: db) { _, language in letter(language) }
    }
}
