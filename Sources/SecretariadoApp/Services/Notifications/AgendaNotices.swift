import Fluent
import Foundation
import SecretariadoCore

/// The agenda of a convened session changed (members are told), and a proposal joined an
/// agenda (its author is told, by `ProposalNotices`).
enum AgendaNotices {
    static func itemAdded(
        _ item: AgendaItem, session: StlSession, proposalAuthor: UUID?, in stl: Secretariat, now: Date = Date(), on db: any Database
    ) async throws {
        let link = SiteURL.session(.value(stl.slug), .value(try session.requireID())).path
        if session.status == .convocada {
            let members = NoticeAudience.recipients(
                try await ForumAudience.candidates(of: try stl.requireID(), on: db),
                standings: [.titular, .suplente, .facilitator])
            try await Notifier.notify(.agendaPublished, to: members, now: now, on: db) { _, language in
                language == .es
                    ? .init(
                        subject: "Orden del día: \(session.title(.es)) — STL \(stl.name)",
                        text: "Se agregó al orden del día de la \(session.title(.es).lowercasedFirst) el punto \(item.position): \(item.title).",
                        link: link)
                    : .init(
                        subject: "Agenda: \(session.title(.en)) — STL \(stl.name)",
                        text: "Item \(item.position) was added to the agenda of \(session.title(.en)): \(item.title).",
                        link: link)
            }
        }
        if let proposalAuthor {
            try await ProposalNotices.integrated(item, session: session, author: proposalAuthor, in: stl, now: now, on: db)
        }
    }
}
