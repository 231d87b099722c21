import SecretariadoCore
import Vapor

/// `GET /api/v1/secretariats/{slug}/installation`: the ten steps with their status,
/// dates, notes and evidence, and the progress per stage.
struct InstallationRoadmapDTO: Content {
    let slug: String
    let status: String
    let installedOn: String?
    /// True for STLs installed before the platform: their steps are shown as concluded history.
    let historical: Bool
    let concluded: Int
    let total: Int
    let stages: [StageDTO]
    let steps: [StepDTO]
    let acta: ActaRef?

    struct StageDTO: Content {
        let number: Int
        let name: String
        let purpose: String
        let total: Int
        let concluded: Int
        let inProgress: Int
    }

    struct StepDTO: Content {
        let number: Int
        let stage: Int
        let title: String
        let responsible: String
        let whatToDo: String
        let expectedResult: String
        let status: String
        let startedOn: String?
        let concludedOn: String?
        let notes: String?
        let evidence: [EvidenceDTO]
    }

    struct EvidenceDTO: Content {
        let kind: String
        let label: String
        let title: String
        let url: String
        let addedOn: String?
    }

    struct ActaRef: Content {
        let issuedOn: String
        let sha256: String
        let html: String
        let markdown: String
    }

    init(_ roadmap: InstallationRoadmap, language: Language) {
        let stl = roadmap.secretariat
        slug = stl.slug
        status = stl.status.rawValue
        installedOn = stl.installedOn.map(CalendarDate.format)
        historical = roadmap.isHistorical
        concluded = roadmap.progress.concluded
        total = roadmap.progress.total
        stages = roadmap.progress.stages.map {
            StageDTO(
                number: $0.stage.rawValue, name: $0.stage.name[language], purpose: $0.stage.purpose[language],
                total: $0.total, concluded: $0.concluded, inProgress: $0.inProgress)
        }
        steps = InstallationStep.all.map { step in
            let record = roadmap.records[step.number]
            return StepDTO(
                number: step.number, stage: step.stage.rawValue, title: step.title[language],
                responsible: step.responsible[language], whatToDo: step.whatToDo[language],
                expectedResult: step.expectedResult[language], status: roadmap.status(of: step.number).rawValue,
                startedOn: record?.startedOn.map(CalendarDate.format), concludedOn: record?.concludedOn.map(CalendarDate.format),
                notes: record?.notes,
                evidence: roadmap.evidence(of: step.number).map {
                    EvidenceDTO(
                        kind: $0.kind.rawValue, label: $0.kind.label[language], title: $0.title, url: $0.url,
                        addedOn: $0.createdAt.map(CalendarDate.format))
                })
        }
        acta = roadmap.act.map {
            ActaRef(
                issuedOn: CalendarDate.format($0.issuedOn), sha256: $0.sha256,
                html: SiteURL.installationActa(.value(stl.slug)).path,
                markdown: SiteURL.installationActaMarkdown(.value(stl.slug)).path)
        }
    }
}

/// A Grupo Promotor member; contact data only for those allowed to read them.
struct PromoterMemberDTO: Content {
    let id: UUID
    let name: String
    let organization: String?
    let sector: String
    let position: String?
    let contactEmail: String?
    let contactPhone: String?

    init(_ member: PromoterMember, includePrivate: Bool) {
        id = member.id!
        name = member.name
        organization = member.organization
        sector = member.sector
        position = member.position
        contactEmail = includePrivate ? member.contactEmail : nil
        contactPhone = includePrivate ? member.contactPhone : nil
    }
}

struct WorkRouteActivityDTO: Content {
    let id: UUID
    let title: String
    let startsOn: String
    let endsOn: String?
    let stepNumber: Int?
    let responsible: String?
    let notes: String?

    init(_ activity: WorkRouteActivity) {
        id = activity.id!
        title = activity.title
        startsOn = CalendarDate.format(activity.startsOn)
        endsOn = activity.endsOn.map(CalendarDate.format)
        stepNumber = activity.stepNumber
        responsible = activity.responsible
        notes = activity.notes
    }
}

struct OpenCallDTO: Content {
    let title: String
    let body: String
    let opensOn: String
    let closesOn: String
    let publishedAt: Date?
    let closedAt: Date?

    init(_ call: OpenCall) {
        title = call.title
        body = call.body
        opensOn = CalendarDate.format(call.opensOn)
        closesOn = CalendarDate.format(call.closesOn)
        publishedAt = call.publishedAt
        closedAt = call.closedAt
    }
}

/// A registration in the open call, public fields only: never the contact or the sender.
struct RegistrationDTO: Content {
    let id: UUID
    let organizationName: String
    let kind: String
    let agendaKind: String
    let agenda: String
    let website: String?
    let evidenceLinks: [String]
    let status: String
    let decisionReason: String?
    let decidedOn: String?
    let registeredAt: Date?

    init(_ registration: CallRegistration) {
        id = registration.id!
        organizationName = registration.organizationName
        kind = registration.kind.rawValue
        agendaKind = registration.agendaKind.rawValue
        agenda = registration.agenda
        website = registration.website
        evidenceLinks = registration.links
        status = registration.status.rawValue
        decisionReason = registration.decisionReason
        decidedOn = registration.decidedAt.map(CalendarDate.format)
        registeredAt = registration.createdAt
    }
}
