import Foundation
import Plot
import SecretariadoCore

/// What every follow-up page of an STL shares: the sub-navigation, status and level
/// badges, and the download links of its open data.
enum FollowUpChrome {
    enum Section: CaseIterable {
        case dashboard, agreements, plan, finances, outreach
    }

    /// The STL's one sub-menu (`StlMenu`), with this follow-up page marked.
    static func nav(_ slug: String, current: Section, context: PageContext) -> Node<HTML.BodyContext> {
        let section: StlMenu.Section =
            switch current {
            case .dashboard: .dashboard
            case .agreements: .agreements
            case .plan: .plan
            case .finances: .finances
            case .outreach: .outreach
            }
        return StlMenu.nav(slug, current: section, context: context)
    }

    /// "Descargar: CSV · JSON", the formats of one dataset.
    static func downloads(_ links: [(String, String)], context: PageContext) -> Node<HTML.BodyContext> {
        .p(
            .class("downloads"),
            .text(context.t("Datos abiertos: ", "Open data: ")),
            .forEach(Array(links.enumerated())) { index, link in
                .group(
                    index > 0 ? .text(" · ") : .empty,
                    .a(.href(link.1), .text(link.0)))
            })
    }

    static func status<Context: HTML.BodyContext>(_ status: AgreementStatus, context: PageContext) -> Node<Context> {
        let tone: String
        switch status {
        case .cumplido: tone = "ok"
        case .vencido: tone = "bad"
        case .pendiente, .enProceso: tone = "warn"
        case .cancelado: tone = "pending"
        }
        return .span(.class("badge \(tone)"), .text(context.t(status.label)))
    }

    static func level<Context: HTML.BodyContext>(_ level: CompletionLevel, context: PageContext) -> Node<Context> {
        let tone: String
        switch level {
        case .completo, .sustancial: tone = "ok"
        case .limitado: tone = "warn"
        case .noIniciado: tone = "bad"
        case .sinEvidencia: tone = "pending"
        }
        return .span(.class("badge \(tone)"), .text(context.t(level.label)))
    }

    /// The level reported and, when the STL adjusted it, what the milestones say and why.
    static func assessment(_ assessment: CommitmentAssessment, context: PageContext) -> Node<HTML.BodyContext> {
        .div(
            .class("assessment"),
            level(assessment.level, context: context),
            .if(
                assessment.override != nil,
                .p(
                    .class("hint"),
                    .text(context.t("Nivel ajustado por el STL. Según los hitos: ", "Level adjusted by the STL. According to the milestones: ")),
                    .strong(.text(context.t(assessment.derived.label))),
                    .unwrap(assessment.reason) { reason in .text(context.t(". Motivo: ", ". Reason: ") + reason) }))
        )
    }

    static func date(_ date: Date?, _ context: PageContext) -> String {
        date.map { MexicanFormat.date($0, language: context.language) } ?? "—"
    }

    static func saved(_ saved: Bool, context: PageContext) -> Node<HTML.BodyContext> {
        .if(saved, .p(.class("notice"), .attribute(named: "role", value: "status"), .text(context.t("Cambios guardados.", "Changes saved."))))
    }

    static func th(_ text: String) -> Node<HTML.TableRowContext> {
        .th(.attribute(named: "scope", value: "col"), .text(text))
    }

    /// Links one per line, as a list.
    static func links(_ links: [String]) -> Node<HTML.BodyContext> {
        .if(
            !links.isEmpty,
            .ul(
                .class("links"),
                .forEach(links) { link in
                    .li(.a(.href(link), .attribute(named: "rel", value: "nofollow noopener"), .text(link)))
                }))
    }
}

/// The "Seguimiento" section of an STL's page.
enum FollowUpLinks {
    static func section(slug: String, context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(context.t("Seguimiento", "Follow-up"))),
            .ul(
                .li(
                    .a(
                        .href(SiteURL.followUp(.value(slug)).path),
                        .text(
                            context.t(
                                "Tablero de seguimiento: compromisos, acuerdos y gasto", "Follow-up dashboard: commitments, agreements and spending"))
                    )),
                .li(
                    .a(
                        .href(SiteURL.actionPlans(.value(slug)).path),
                        .text(context.t("Plan de Acción Local: compromisos e hitos", "Local Action Plan: commitments and milestones")))),
                .li(.a(.href(SiteURL.finances(.value(slug)).path), .text(context.t("Recursos ejercidos por el STL", "Resources spent by the STL")))),
                .li(
                    .a(
                        .href(SiteURL.outreach(.value(slug)).path),
                        .text(context.t("Actividades de sensibilización y difusión", "Awareness and dissemination activities"))))
            )
        )
    }
}
