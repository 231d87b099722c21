import Foundation
import Plot
import SecretariadoCore

/// The one sub-menu every page of an STL carries — its page, sessions, proposals,
/// agreements, plan, finances, outreach, follow-up, installation and charter — so that each
/// is one click from any other. On installation pages a second row lists the installation's
/// own pages.
enum StlMenu {
    enum Section: Hashable {
        case overview, sessions, proposals, agreements, plan, finances, outreach, dashboard, governance
        case installation(Installation)
    }

    enum Installation: Hashable, CaseIterable {
        case roadmap, promoters, call, election, facilitation, acta
    }

    /// `id` decides whether «Propuestas» is offered: proposals are the members' work in
    /// progress, so the link shows only to the STL's members and administrators (when the
    /// page does not know the id, to anyone who holds a role somewhere).
    static func nav(_ slug: String, id: UUID? = nil, current: Section?, context: PageContext) -> Node<HTML.BodyContext> {
        let showsProposals = context.isAdmin || (id.map { context.memberOf.contains($0) } ?? !context.memberOf.isEmpty)
        var items: [(Section, String, String)] = [
            (.overview, SiteURL.secretariat(.value(slug)).path, context.t("Ficha", "Overview")),
            (.sessions, SiteURL.sessions(.value(slug)).path, context.t("Sesiones", "Sessions")),
        ]
        if showsProposals {
            items.append((.proposals, SiteURL.proposals(.value(slug)).path, context.t("Propuestas", "Proposals")))
        }
        items += [
            (.agreements, SiteURL.agreements(.value(slug)).path, context.t("Acuerdos", "Agreements")),
            (.plan, SiteURL.actionPlans(.value(slug)).path, context.t("Plan de Acción Local", "Local Action Plan")),
            (.finances, SiteURL.finances(.value(slug)).path, context.t("Finanzas", "Finances")),
            (.outreach, SiteURL.outreach(.value(slug)).path, context.t("Difusión", "Outreach")),
            (.dashboard, SiteURL.followUp(.value(slug)).path, context.t("Tablero", "Dashboard")),
            (.installation(.roadmap), SiteURL.installation(.value(slug)).path, context.t("Instalación", "Installation")),
            (.governance, SiteURL.governance(.value(slug)).path, context.t("Mecanismo de Gobernanza", "Governance mechanism")),
        ]
        let inInstallation: Installation? = if case .some(.installation(let part)) = current { part } else { nil }
        return .nav(
            .class("subnav"), .attribute(named: "aria-label", value: context.t("Secciones del STL", "STL sections")),
            .ul(
                .forEach(items) { section, href, label in
                    let isCurrent = section == current || (inInstallation != nil && section == .installation(.roadmap))
                    return .li(
                        .a(
                            .href(href), isCurrent ? .attribute(named: "aria-current", value: section == current ? "page" : "true") : .empty,
                            .text(label)))
                }),
            .unwrap(inInstallation) { part in installationRow(slug, current: part, context: context) }
        )
    }

    private static func installationRow(_ slug: String, current: Installation, context: PageContext) -> Node<HTML.BodyContext> {
        let items: [(Installation, String, String)] = [
            (.roadmap, SiteURL.installation(.value(slug)).path, context.t("Ruta de instalación", "Installation roadmap")),
            (
                .promoters, SiteURL.installationPromoters(.value(slug)).path,
                context.t("Grupo Promotor y ruta de trabajo", "Promoter Group and work route")
            ),
            (.call, SiteURL.installationCall(.value(slug)).path, context.t("Convocatoria", "Open call")),
            (.election, SiteURL.installationElection(.value(slug)).path, context.t("Elección de la sociedad civil", "Civil-society election")),
            (.facilitation, SiteURL.installationFacilitation(.value(slug)).path, context.t("Facilitación", "Facilitator")),
            (.acta, SiteURL.installationActa(.value(slug)).path, context.t("Acta de instalación", "Installation act")),
        ]
        return .ul(
            .class("subnav-second"), .attribute(named: "aria-label", value: context.t("Instalación del STL", "STL installation")),
            .forEach(items) { part, href, label in
                .li(.a(.href(href), part == current ? .attribute(named: "aria-current", value: "page") : .empty, .text(label)))
            })
    }
}
