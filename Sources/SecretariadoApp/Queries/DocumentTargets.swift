import Fluent
import SecretariadoCore
import Vapor

/// A record a document is attached to, found inside its STL.
struct DocumentTarget: Sendable {
    let kind: DocumentTargetKind
    let id: UUID
    /// The page that shows the record (where the upload form is and comes back to).
    let page: String
    /// Final records take no new documents except the minutes' annexes and signed scan.
    let isFinal: Bool
    /// For documents of minutes: the minutes, when they are final (the archive covers them).
    let finalMinutesSession: UUID?
}

enum DocumentTargets {
    static let notFound = AppError.notFound(
        Localized(
            es: "No existe ese registro en este secretariado.", en: "That record does not exist in this secretariat."))

    /// The target `kind`/`id` inside `stl`, or 404.
    static func find(_ kind: DocumentTargetKind, _ id: UUID, in stl: Secretariat, on db: any Database) async throws -> DocumentTarget {
        let stlID = try stl.requireID()
        let slug = stl.slug
        func target(_ page: String, final: Bool = false, minutesSession: UUID? = nil) -> DocumentTarget {
            DocumentTarget(kind: kind, id: id, page: page, isFinal: final, finalMinutesSession: minutesSession)
        }
        switch kind {
        case .session, .minutesAnnex, .minutesSignedScan:
            let session = try await SessionScope.session(id, in: stl, on: db)
            let minutes = try await Minutes.query(on: db).filter(\.$session.$id == id).first()
            let minutesFinal = minutes?.status == .finalizada && minutes?.digest != nil
            let page = SiteURL.session(.value(slug), .value(id)).path
            if kind == .session { return target(page, final: session.status == .concluida || session.status == .cancelada) }
            return target(page, final: minutesFinal, minutesSession: minutesFinal ? id : nil)
        case .agendaItem:
            guard let item = try await AgendaItem.find(id, on: db) else { throw notFound }
            let session = try await SessionScope.session(item.$session.id, in: stl, on: db)
            return target(SiteURL.session(.value(slug), .value(try session.requireID())).path, final: session.status == .concluida)
        case .installationStep:
            guard let step = try await InstallationStepRecord.find(id, on: db), step.$secretariat.id == stlID else { throw notFound }
            return target(SiteURL.installationStep(.value(slug), .value(step.number)).path)
        case .historicalActa:
            // Attached to the STL itself; shown with the installation act step.
            guard id == stlID else { throw notFound }
            return target(SiteURL.installationStep(.value(slug), .value(10)).path)
        case .agreement:
            guard let agreement = try await Agreement.find(id, on: db), agreement.$secretariat.id == stlID else { throw notFound }
            return target(SiteURL.agreement(.value(slug), .value(id)).path)
        case .agreementNote:
            guard let note = try await AgreementNote.find(id, on: db),
                let agreement = try await Agreement.find(note.$agreement.id, on: db), agreement.$secretariat.id == stlID
            else { throw notFound }
            return target(SiteURL.agreement(.value(slug), .value(try agreement.requireID())).path)
        case .milestone:
            guard let milestone = try await Milestone.find(id, on: db),
                let commitment = try await Commitment.find(milestone.$commitment.id, on: db), commitment.$secretariat.id == stlID
            else { throw notFound }
            return target(SiteURL.commitment(.value(slug), .value(try commitment.requireID())).path)
        case .expense:
            guard let expense = try await ExpenseRecord.find(id, on: db), expense.$secretariat.id == stlID else { throw notFound }
            return target(SiteURL.finances(.value(slug)).path)
        case .outreachActivity:
            guard let activity = try await OutreachActivity.find(id, on: db), activity.$secretariat.id == stlID else { throw notFound }
            return target(SiteURL.outreach(.value(slug)).path)
        case .registration:
            guard let registration = try await CallRegistration.find(id, on: db), registration.$secretariat.id == stlID else { throw notFound }
            return target(SiteURL.installationRegistrations(.value(slug)).path)
        case .election:
            guard let election = try await Election.find(id, on: db), election.$secretariat.id == stlID else { throw notFound }
            return target(SiteURL.installationElection(.value(slug)).path)
        }
    }
}
