import Fluent
import Foundation
import SecretariadoCore

/// An agreement due within a week, and one overdue: the representatives of the owning
/// sector and the facilitator are told, once per agreement and stage.
enum AgreementNotices {
    static func remind(now: Date, on db: any Database) async throws {
        let horizon = now.addingTimeInterval(TimeInterval(AgreementReminder.daysBefore) * 86_400)
        let oldest = now.addingTimeInterval(-TimeInterval(AgreementReminder.overdueWindowDays + 1) * 86_400)
        let open = try await Agreement.query(on: db).filter(\.$dueOn != nil).filter(\.$dueOn <= horizon).filter(\.$dueOn >= oldest)
            .filter(\.$status != .cumplido).filter(\.$status != .cancelado).all()
        for agreement in open {
            guard let stage = AgreementReminder.stage(dueOn: agreement.dueOn, isOpen: !agreement.status.isClosed, now: now) else { continue }
            try await db.writeTransaction { db in
                guard try await NoticeMark.claim("acuerdo-\(stage.rawValue):\(try agreement.requireID())", now: now, on: db),
                    let stl = try await Secretariat.find(agreement.$secretariat.id, on: db)
                else { return }
                try await tell(agreement, stage: stage, in: stl, now: now, on: db)
            }
        }
    }

    static func tell(_ agreement: Agreement, stage: AgreementReminder.Stage, in stl: Secretariat, now: Date, on db: any Database) async throws {
        let stlID = try stl.requireID()
        let owners = try await AccountAudience.seatAccounts(of: stlID, on: db)
            .filter { agreement.ownerSector != nil && $0.sector == agreement.ownerSector }.map(\.userID)
        var candidates = try await AccountAudience.candidates(owners, on: db)
        candidates += try await ForumAudience.candidates(of: stlID, on: db).filter { $0.standing == .facilitator }
        let recipients = NoticeAudience.recipients(candidates, standings: [.titular, .facilitator])
        let kind: NotificationKind = stage == .overdue ? .agreementOverdue : .agreementDue
        let link = SiteURL.agreement(.value(stl.slug), .value(try agreement.requireID())).path
        try await Notifier.notify(kind, to: recipients, now: now, on: db) { _, language in
            let due = agreement.dueOn.map { MexicanFormat.date($0, language: language) } ?? "—"
            switch (stage, language) {
            case (.dueSoon, .es):
                return .init(
                    subject: "Acuerdo \(agreement.code) vence el \(due) — STL \(stl.name)",
                    text: "El acuerdo \(agreement.code) «\(agreement.title)», a cargo de \(agreement.owner), vence el \(due).", link: link)
            case (.dueSoon, .en):
                return .init(
                    subject: "Agreement \(agreement.code) is due on \(due) — STL \(stl.name)",
                    text: "Agreement \(agreement.code) “\(agreement.title)”, owned by \(agreement.owner), is due on \(due).", link: link)
            case (.overdue, .es):
                return .init(
                    subject: "Acuerdo \(agreement.code) vencido — STL \(stl.name)",
                    text:
                        "El acuerdo \(agreement.code) «\(agreement.title)», a cargo de \(agreement.owner), venció el \(due) sin darse por cumplido.",
                    link: link)
            case (.overdue, .en):
                return .init(
                    subject: "Agreement \(agreement.code) overdue — STL \(stl.name)",
                    text: "Agreement \(agreement.code) “\(agreement.title)”, owned by \(agreement.owner), was due on \(due) and is not done.",
                    link: link)
            }
        }
    }
}
