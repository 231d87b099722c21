import Foundation
import Plot
import SecretariadoCore

/// «Mi trabajo»: per STL, what waits for the person — each item a sentence and a link to
/// the exact page where they act — and, for administrators, the country in five figures.
enum MyWorkPage {
    struct Model {
        struct Group {
            let stl: Secretariat
            let roles: [Grant]
            let items: [WorkItem]
        }

        let secretariats: [Group]
        let summary: MyWorkQuery.NationalSummary?

        var total: Int { secretariats.reduce(0) { $0 + $1.items.count } }
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(
                title: context.t("Mi trabajo", "My work"), context: context,
                main: .group(
                    .h1(.text(context.t("Mi trabajo", "My work"))),
                    .p(.class("muted"), .text(lead)),
                    .if(
                        context.unreadNotices > 0,
                        .p(
                            .a(
                                .href(SiteURL.notices.path),
                                .text(
                                    context.t(
                                        "\(Plural.count(context.unreadNotices, "aviso sin leer", "avisos sin leer"))",
                                        "\(Plural.count(context.unreadNotices, "unread notice", "unread notices", language: .en))"))))),
                    .unwrap(model.summary) { summary in national(summary) },
                    .if(
                        model.secretariats.isEmpty && model.summary == nil,
                        .p(
                            .text(
                                context.t(
                                    "Tu cuenta aún no tiene un papel en ningún STL. Quien administra la plataforma, o la persona facilitadora de tu STL, puede asignártelo.",
                                    "Your account has no role in any STL yet. The platform's administrator, or your STL's facilitator, can give you one."
                                )))),
                    .forEach(model.secretariats) { group in section(group) }
                ))
        }

        private var lead: String {
            let n = model.total
            if n == 0 {
                return context.t("Nada espera por ti ahora.", "Nothing is waiting for you right now.")
            }
            return context.t(
                "\(Plural.count(n, "asunto espera", "asuntos esperan")) por ti.",
                "\(Plural.count(n, "item is", "items are", language: .en)) waiting for you.")
        }

        private func national(_ summary: MyWorkQuery.NationalSummary) -> Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Resumen nacional", "National summary"))),
                .ul(
                    .class("figures"),
                    figure(summary.secretariats, context.t("secretariados registrados", "secretariats on record"), SiteURL.home.path),
                    figure(summary.inFormation, context.t("en formación", "being formed"), SiteURL.home.path),
                    figure(summary.requestedSessions, context.t("sesiones solicitadas sin convocar", "sessions requested, not yet convened"), nil),
                    figure(summary.convenedSessions, context.t("sesiones convocadas sin minuta final", "sessions convened, minutes not final"), nil),
                    figure(summary.overdueAgreements, context.t("acuerdos vencidos", "overdue agreements"), SiteURL.nationalFollowUp.path)
                ),
                .p(.a(.href(SiteURL.admin.path), .text(context.t("Administración de la plataforma", "Platform administration"))))
            )
        }

        private func figure(_ value: Int, _ label: String, _ href: String?) -> Node<HTML.ListContext> {
            .li(
                .strong(.text(MexicanFormat.integer(value, language: context.language))),
                href.map { .a(.href($0), .text(label)) } ?? .text(label))
        }

        private func section(_ group: Model.Group) -> Node<HTML.BodyContext> {
            let slug = group.stl.slug
            return .section(
                .h2(.a(.href(SiteURL.secretariat(.value(slug)).path), .text(context.t("STL de \(group.stl.name)", "STL of \(group.stl.name)")))),
                .p(.class("muted"), .text(context.t("Tu papel: ", "Your role: ") + group.roles.map(role).joined(separator: "; "))),
                .if(group.items.isEmpty, .p(.text(context.t("Nada pendiente aquí.", "Nothing pending here.")))),
                .if(
                    !group.items.isEmpty,
                    .ul(
                        .class("work"),
                        .forEach(group.items) { item in
                            .li(
                                .a(.href(link(item, slug: slug)), .text(sentence(item))),
                                .unwrap(item.date) { date in .span(.class("muted"), .text(" — " + when(item, date))) })
                        }))
            )
        }

        private func role(_ grant: Grant) -> String {
            var text = context.t(grant.role.label)
            if grant.role == .representante {
                let parts = [grant.sector.map { context.t(Sector.displayName(of: $0)) }, grant.holderRole.map { context.t($0.label).lowercased() }]
                    .compactMap { $0 }
                if !parts.isEmpty { text += " (" + parts.joined(separator: ", ") + ")" }
            }
            return text
        }

        private func when(_ item: WorkItem, _ date: Date) -> String {
            switch item.kind {
            case .sessionToConduct, .sessionRequest:
                return MexicanFormat.dateTime(date, language: context.language)
            case .agreementOverdue:
                return context.t("vencía el \(MexicanFormat.date(date, language: .es))", "was due \(MexicanFormat.date(date, language: .en))")
            case .agreementDueSoon:
                return context.t("vence el \(MexicanFormat.date(date, language: .es))", "due \(MexicanFormat.date(date, language: .en))")
            case .electionToClose:
                return context.t(
                    "la votación cerró el \(MexicanFormat.dateTime(date, language: .es))",
                    "voting closed \(MexicanFormat.dateTime(date, language: .en))")
            case .termEnding:
                return (item.number ?? 0) < 0
                    ? context.t("terminó el \(MexicanFormat.date(date, language: .es))", "ended \(MexicanFormat.date(date, language: .en))")
                    : context.t("termina el \(MexicanFormat.date(date, language: .es))", "ends \(MexicanFormat.date(date, language: .en))")
            default:
                return MexicanFormat.date(date, language: context.language)
            }
        }

        /// What the person is asked to do, in one sentence.
        func sentence(_ item: WorkItem) -> String {
            switch item.kind {
            case .voteOpen:
                return context.t("Votación abierta para tu asiento: «\(item.title)»", "Vote open for your seat: “\(item.title)”")
            case .minutesToSign:
                return context.t("Minuta por firmar: \(item.title.lowercasedFirst)", "Minutes awaiting your signature: \(item.title)")
            case .sessionRequest:
                return context.t("Solicitud de sesión por convocar", "Session request to convene")
            case .sessionToConduct:
                return context.t("Sesión por conducir: \(item.title.lowercasedFirst)", "Session to run: \(item.title)")
            case .proposalToIntegrate:
                return context.t("Propuesta por integrar al orden del día: «\(item.title)»", "Proposal to add to an agenda: “\(item.title)”")
            case .agreementOverdue:
                return context.t("Acuerdo vencido a cargo de tu sector: \(item.title)", "Overdue agreement your sector owns: \(item.title)")
            case .agreementDueSoon:
                return context.t("Acuerdo por vencer a cargo de tu sector: \(item.title)", "Agreement due soon that your sector owns: \(item.title)")
            case .registrationsToDecide:
                let n = item.number ?? 0
                return context.t(
                    "\(Plural.count(n, "registro", "registros")) de la convocatoria por validar o rechazar",
                    "\(Plural.count(n, "registration", "registrations", language: .en)) to the open call to validate or reject")
            case .electionToClose:
                return context.t("Elección de la sociedad civil por cerrar y publicar", "Civil-society election to close and publish")
            case .installationStep:
                let number = item.number ?? 1
                let title = InstallationStep.step(number).map { context.t($0.title) } ?? ""
                return context.t("Paso \(number) de la instalación: \(title)", "Installation step \(number): \(title)")
            case .termEnding:
                return (item.number ?? 0) < 0
                    ? context.t("Periodo terminado sin relevo: \(item.title)", "Term ended without a successor: \(item.title)")
                    : context.t("Periodo por terminar: \(item.title)", "Term ending: \(item.title)")
            }
        }

        /// The exact page where the person acts on the item.
        func link(_ item: WorkItem, slug: String) -> String {
            let stl = Parameter<String>.value(slug)
            switch item.kind {
            case .voteOpen, .minutesToSign:
                guard let session = item.sessionID else { return SiteURL.sessions(stl).path }
                return SiteURL.session(stl, .value(session)).path + (item.kind == .minutesToSign ? "#firmar" : "")
            case .sessionRequest:
                return SiteURL.sessions(stl).path + "#convocar"
            case .sessionToConduct:
                guard let session = item.sessionID else { return SiteURL.sessions(stl).path }
                return SiteURL.sessionConduct(stl, .value(session)).path
            case .proposalToIntegrate:
                return SiteURL.proposals(stl).path
            case .agreementOverdue, .agreementDueSoon:
                guard let id = item.subjectID else { return SiteURL.agreements(stl).path }
                return SiteURL.agreement(stl, .value(id)).path
            case .registrationsToDecide:
                return SiteURL.installationRegistrations(stl).path
            case .electionToClose:
                return SiteURL.installationElection(stl).path
            case .installationStep:
                return SiteURL.installationStep(stl, .value(item.number ?? 1)).path
            case .termEnding:
                // The STL's page lists its members with their terms; every member may read it.
                return SiteURL.secretariat(stl).path
            }
        }
    }
}

extension String {
    /// "Sesión ordinaria n.º 3" → "sesión ordinaria n.º 3", to sit inside a sentence.
    var lowercasedFirst: String {
        prefix(1).lowercased() + dropFirst()
    }
}
