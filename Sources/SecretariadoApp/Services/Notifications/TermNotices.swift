import Fluent
import Foundation
import SecretariadoCore
import Vapor

/// A representative's term ending within 30 days: the member and the facilitator are told,
/// once per term.
enum TermNotices {
    static func remind(now: Date, on db: any Database) async throws {
        for stl in try await Secretariat.query(on: db).all() {
            let warnings = try await TermWarnings.of(stl, today: now, on: db).filter { !$0.hasEnded }
            for warning in warnings {
                try await db.writeTransaction { db in
                    guard try await NoticeMark.claim("periodo:\(warning.term.id)", now: now, on: db) else { return }
                    try await tell(warning, in: stl, now: now, on: db)
                }
            }
        }
    }

    static func tell(_ warning: TermEndWarning, in stl: Secretariat, now: Date, on db: any Database) async throws {
        let stlID = try stl.requireID()
        let grants = try await RoleGrant.query(on: db).filter(\.$termID == warning.term.id).all()
        var candidates = try await AccountAudience.candidates(grants.map { $0.$user.id }, on: db)
        if candidates.isEmpty, let term = try await SeatTerm.query(on: db).filter(\.$id == warning.term.id).with(\.$person).first(),
            let person = term.person
        {
            candidates.append(.init(standing: .titular, name: person.name, email: person.email))
        }
        candidates += try await ForumAudience.candidates(of: stlID, on: db).filter { $0.standing == .facilitator }
        let recipients = NoticeAudience.recipients(candidates, standings: [.titular, .facilitator])
        let link = SiteURL.manageMembers(.value(stl.slug)).path
        try await Notifier.notify(.termEnding, to: recipients, now: now, on: db) { _, language in
            let end = MexicanFormat.date(warning.endsOn, language: language)
            return language == .es
                ? .init(
                    subject: "Fin de periodo el \(end): \(warning.term.seat.es) — STL \(stl.name)",
                    text:
                        "El periodo de \(warning.term.holderName) (\(warning.term.role.label.es.lowercased()), \(warning.term.seat.es)) termina el \(end). Conviene preparar la rotación.",
                    link: link)
                : .init(
                    subject: "Term ends on \(end): \(warning.term.seat.en) — STL \(stl.name)",
                    text:
                        "The term of \(warning.term.holderName) (\(warning.term.role.label.en.lowercased()), \(warning.term.seat.en)) ends on \(end). Time to prepare the rotation.",
                    link: link)
        }
    }
}
