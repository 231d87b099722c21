import Plot
import SecretariadoCore

extension SecretariatPage {
    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(title: model.name, context: context, main: main)
        }

        private var stl: Secretariat { model.detail.secretariat }

        private var main: Node<HTML.BodyContext> {
            .group(
                StlMenu.nav(stl.slug, id: stl.id, current: .overview, context: context),
                .h1(.text(context.t("Secretariado Técnico Local de \(model.name)", "Local Technical Secretariat of \(model.name)"))),
                .p(
                    Badges.status(stl.status, context: context), .text(" "),
                    Badges.representation(model.integration, explained: false, context: context)),
                .if(
                    model.canManage || model.canReadAudit,
                    .p(
                        .if(
                            model.canManage,
                            .a(.href(SiteURL.manage(.value(stl.slug)).path), .text(context.t("Gestionar integrantes", "Manage members")))),
                        .if(model.canManage && model.canReadAudit, .text(" · ")),
                        .if(
                            model.canReadAudit,
                            .a(.href(SiteURL.auditLog(.value(stl.slug)).path), .text(context.t("Bitácora de cambios", "Change log"))))
                    )),
                facts,
                .p(
                    .a(
                        .href(SiteURL.installation(.value(stl.slug)).path),
                        .text(
                            stl.status == .enFormacion
                                ? context.t("Ruta de instalación: en formación", "Installation roadmap: being formed")
                                : context.t("Ruta de instalación", "Installation roadmap")))),  // installation
                composition,
                AnalysisSection.node(model.analysis, context: context),
                .forEach(model.detail.sectors) { sector in members(of: sector) },
                facilitator,
                organizations,
                history,
                // Sessions, voting, minutes and archive.
                SessionLinks.section(slug: stl.slug, context: context),
                FollowUpLinks.section(slug: stl.slug, context: context)  // Follow-up
            )
        }

        private var facts: Node<HTML.BodyContext> {
            .dl(
                .class("facts"),
                .dt(.text(context.t("Ámbito", "Level"))), .dd(.text(context.t(stl.level.label))),
                .dt(.text(context.t("Entidad federativa", "State"))), .dd(.text(stl.state)),
                .dt(.text(context.t("Regla de decisión", "Decision rule"))), .dd(.text(stl.ruleText)),
                .dt(.text(context.t("Interpretación", "Interpretation"))), .dd(.text(context.t(stl.rule.summary))),
                .dt(.text(context.t("Mecanismo de Gobernanza", "Governance mechanism"))),
                .dd(
                    .a(
                        .href(SiteURL.governance(.value(stl.slug)).path),
                        .text(context.t("Consultar el documento vigente y su historial", "Read the document in force and its history"))))
            )
        }

        private var composition: Node<HTML.BodyContext> {
            let comp = model.detail.composition
            return .section(
                .h2(.text(context.t("Composición", "Composition"))),
                .raw(CompositionBar.svg(comp, context: context, width: 360, height: 28)),
                Badges.legend(comp.seats.keys.sorted().filter { comp.count($0) > 0 }, context: context),
                .p(.strong(.text(context.t("Diseño de asientos: ", "Seat design: "))), .text(context.t(model.balance.explanation))),
                .p(.strong(.text(context.t("Integración actual: ", "Current integration: "))), .text(context.t(model.integration.explanation)))
            )
        }

        private func members(of sector: Sector) -> Node<HTML.BodyContext> {
            let seats = model.detail.seats(in: sector.code)
            return .section(
                .h2(
                    .text(
                        context.t(sector.name)
                            + (sector.voting ? "" : context.t(" (observador, sin voto)", " (observer, no vote)")))),
                .if(seats.isEmpty, .p(.class("muted"), .text(context.t("Sin asientos.", "No seats.")))),
                .if(
                    !seats.isEmpty,
                    .table(
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .class("num"), .text(context.t("Asiento", "Seat"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Titular", "Full member"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Suplente", "Alternate")))
                            )),
                        .tbody(
                            .forEach(seats) { holders in
                                .tr(
                                    .td(.class("num"), .text("\(holders.seat.number)")),
                                    .td(holderCell(holders.titular)),
                                    .td(
                                        holders.suplente == nil
                                            ? .span(.class("muted"), .text(context.t("Sin suplente", "No alternate")))
                                            : holderCell(holders.suplente))
                                )
                            })
                    ))
            )
        }

        private func holderCell(_ term: SeatTerm?) -> Node<HTML.BodyContext> {
            .group(
                .text(HolderText.describe(term, context: context)),
                .unwrap(term?.appointment) { appointment in
                    .p(
                        .span(
                            .class(appointment.direct ? "badge warn" : "badge ok"),
                            .text(
                                context.t(
                                    appointment.direct
                                        ? Localized(es: "Designación directa", en: "Direct appointment")
                                        : Localized(es: "Elección de sociedad civil", en: "Civil-society election")))),
                        .text(" " + context.t(appointment.publicLabel)))
                },
                .unwrap(term?.note) { note in .p(.class("hint"), .text(self.note(note))) }
            )
        }

        /// A stored note, in English on English pages when it is one of the demo's own.
        private func note(_ text: String) -> String {
            context.language == .en ? (DemoCatalog.english(of: text) ?? text) : text
        }

        private var facilitator: Node<HTML.BodyContext> {
            let term = model.detail.facilitator
            // A term that ended leaves the post vacant; who served, and until when, still shows.
            let ended = term?.endsOn
            return .section(
                .h2(.text(context.t("Facilitación", "Facilitator"))),
                .p(
                    .class("muted"),
                    .text(
                        context.t(
                            "Figura neutral con voz pero sin voto: convoca, conduce, redacta las minutas y da seguimiento a los acuerdos.",
                            "A neutral figure with voice but no vote: convenes, chairs, drafts the minutes and follows up agreements."))),
                .if(
                    term == nil || term?.isVacant == true || ended != nil,
                    .p(.span(.class("badge warn"), .text(context.t("Vacante", "Vacant"))))),
                .unwrap(term?.person) { person in
                    .p(
                        .unwrap(ended) { _ in .text(context.t("Anterior: ", "Previously: ")) },
                        .strong(.text(person.name)), .unwrap(term?.origin) { origin in .text(" — \(origin)") },
                        .unwrap(ended) { end in
                            .span(
                                .class("muted"), .text(" (\(context.t("hasta el", "until")) \(MexicanFormat.date(end, language: context.language)))"))
                        })
                },
                .unwrap(term?.note) { note in .p(.class("hint"), .text(self.note(note))) }
            )
        }

        private var organizations: Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Organizaciones", "Organisations"))),
                .if(
                    model.detail.organizations.isEmpty,
                    .p(.class("muted"), .text(context.t("Sin organizaciones registradas.", "No organisations recorded.")))),
                .ul(
                    .forEach(model.detail.organizations) { org in
                        .li(
                            .text(org.name),
                            .span(.class("muted"), .text(" (\(context.t(org.kind.label)))")),
                            .unwrap(org.website) { site in
                                .group(
                                    .text(" "),
                                    .a(.href(site), .attribute(named: "rel", value: "nofollow noopener"), .text(context.t("sitio web", "website"))))
                            }
                        )
                    })
            )
        }

        private var history: Node<HTML.BodyContext> {
            .if(
                !model.pastTerms.isEmpty,
                .section(
                    .h2(.text(context.t("Integrantes anteriores", "Former members"))),
                    .ul(
                        .forEach(model.pastTerms) { holders, term in
                            .li(
                                .text(
                                    "\(context.t(Sector.displayName(of: holders.sector))) \(holders.seat.number), \(context.t(term.role.label).lowercased()): \(HolderText.describe(term, context: context))"
                                ),
                                .unwrap(term.endsOn) { end in
                                    .span(
                                        .class("muted"),
                                        .text(" (\(context.t("hasta el", "until")) \(MexicanFormat.date(end, language: context.language)))"))
                                },
                                .unwrap(term.note) { note in .span(.class("hint"), .text(" — \(self.note(note))")) })
                        })
                ))
        }
    }
}
