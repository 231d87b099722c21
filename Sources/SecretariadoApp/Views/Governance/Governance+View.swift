import Plot
import SecretariadoCore

extension GovernancePage {
    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(title: context.t("Mecanismo de Gobernanza", "Governance mechanism"), context: context, main: main)
        }

        private var doc: GovernanceMechanism { model.document }

        /// How a version came into force, in one sentence, with the adopting vote's tally.
        static func originText(_ origin: CharterAmendment.Origin, version: GovernanceVersion, context: PageContext) -> String {
            var text = context.t(origin.label)
            if let tally = version.tally?.total {
                text += context.t(
                    " (a favor \(tally.aFavor), en contra \(tally.enContra), abstenciones \(tally.abstencion), \(tally.present) de \(tally.seats) asientos presentes)",
                    " (in favour \(tally.aFavor), against \(tally.enContra), abstentions \(tally.abstencion), \(tally.present) of \(tally.seats) seats present)"
                )
            }
            return text + "."
        }

        private var main: Node<HTML.BodyContext> {
            .group(
                StlMenu.nav(model.slug, current: .governance, context: context),
                .h1(.text(context.t("Mecanismo de Gobernanza: \(model.secretariatName)", "Governance mechanism: \(model.secretariatName)"))),
                .p(
                    .span(
                        .class(model.isCurrent ? "badge ok" : "badge warn"),
                        .text(
                            model.isCurrent
                                ? context.t("Versión vigente \(model.shown.version)", "Version in force \(model.shown.version)")
                                : context.t("Versión \(model.shown.version) (histórica)", "Version \(model.shown.version) (historical)"))),
                    .text(" "), .text(model.shown.note)
                ),
                .p(
                    .a(.href(SiteURL.secretariat(.value(model.slug)).path), .text(context.t("Volver al secretariado", "Back to the secretariat"))),
                    .text(" · "),
                    .a(
                        .href(SiteURL.governanceMarkdown(.value(model.slug)).path),
                        .text(context.t("Descargar en Markdown (para el acta)", "Download as Markdown (for the act)"))),
                    .text(" · "),
                    .a(.href(SiteURL.governanceVersions(.value(model.slug)).path), .text(context.t("Historial de versiones", "Version history"))),
                    .if(
                        model.canEdit,
                        .group(
                            .text(" · "),
                            model.isInstalled
                                ? .a(
                                    .href(SiteURL.governanceDraftNew(.value(model.slug)).path),
                                    .text(context.t("Proponer nueva versión", "Propose a new version")))
                                : .a(
                                    .href(SiteURL.governanceEdit(.value(model.slug)).path),
                                    .text(context.t("Redactar el texto para el acta", "Write the text for the act"))))),
                    .if(
                        model.canCorrect,
                        .group(
                            .text(" · "),
                            .a(
                                .href(SiteURL.governanceCorrection(.value(model.slug)).path),
                                .text(context.t("Corregir una errata", "Correct a typo")))))
                ),
                .unwrap(model.shown.origin) { origin in .p(.class("hint"), .text(Self.originText(origin, version: model.shown, context: context))) },
                .if(
                    !model.pendingDrafts.isEmpty,
                    .section(
                        .h2(.text(context.t("Propuestas de reforma pendientes", "Pending proposals"))),
                        .ul(
                            .forEach(model.pendingDrafts) { draft in
                                .li(.a(.href(SiteURL.governanceDraft(.value(model.slug), .value(draft.id!)).path), .text(draft.note)))
                            })
                    )),
                .h2(.text(context.t("1. Integración, elección y rotación", "1. Membership, election and rotation"))),
                .p(.text(doc.integration.representatives)),
                .p(.strong(.text(context.t("Método de elección. ", "Election method. "))), .text(doc.integration.electionMethod)),
                .unwrap(doc.integration.termMonths) { months in
                    .p(.strong(.text(context.t("Duración del encargo. ", "Term. "))), .text(context.t("\(months) meses.", "\(months) months.")))
                },
                .p(.strong(.text(context.t("Permanencia y rotación. ", "Permanence and rotation. "))), .text(doc.integration.rotation)),
                .h2(.text(context.t("2. Funciones del STL", "2. Functions of the STL"))),
                .ol(.forEach(doc.functions) { .li(.text($0)) }),
                .h2(.text(context.t("3. Operación y funcionamiento", "3. Operation"))),
                .dl(
                    .class("facts"),
                    .dt(.text(context.t("Sesiones ordinarias", "Ordinary sessions"))),
                    .dd(
                        .text(
                            context.t(
                                "\(doc.operation.ordinaryFrequency); aviso mínimo de \(doc.operation.ordinaryNoticeDays) días",
                                "\(doc.operation.ordinaryFrequency); at least \(doc.operation.ordinaryNoticeDays) days' notice"))),
                    .dt(.text(context.t("Sesiones extraordinarias", "Extraordinary sessions"))),
                    .dd(
                        .text(
                            context.t(
                                "aviso mínimo de \(doc.operation.extraordinaryNoticeDays) días",
                                "at least \(doc.operation.extraordinaryNoticeDays) days' notice")
                                + (doc.operation.allowsUrgentExtraordinary
                                    ? context.t("; se admite convocatoria urgente", "; urgent convening allowed") : ""))),
                    .dt(.text(context.t("Convocatoria", "Convening"))), .dd(.text(doc.operation.convenedBy))
                ),
                .p(.text(doc.operation.sessions)),
                .h2(.text(context.t("4. Esquema de toma de decisiones", "4. Decision scheme"))),
                .p(.text(doc.decision.text)),
                .p(
                    .strong(.text(context.t("Interpretación que aplica la plataforma: ", "As the platform applies it: "))),
                    .text(context.t(doc.decision.rule.summary))),
                .p(.text(context.t(doc.decision.voteChange.label))),
                .h2(.text(context.t("Facilitación", "Facilitation"))),
                .p(.text(doc.facilitator.description)),
                .ol(.forEach(doc.facilitator.functions) { .li(.text($0)) }),
                .h2(.text(context.t("Comunicación", "Communication"))),
                .p(.text(doc.communication))
            )
        }
    }

    /// `/stl/{slug}/mecanismo/versiones`: every version with who made it, when and why.
    struct HistoryView {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(
                title: context.t("Historial del mecanismo", "Mechanism history"), context: context,
                main: .group(
                    StlMenu.nav(model.slug, current: .governance, context: context),
                    .h1(
                        .text(
                            context.t(
                                "Historial del Mecanismo de Gobernanza: \(model.secretariatName)",
                                "Governance mechanism history: \(model.secretariatName)"))),
                    .p(.a(.href(SiteURL.governanceDrafts(.value(model.slug)).path), .text(context.t("Propuestas de reforma", "Proposed versions")))),
                    .table(
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .class("num"), .text(context.t("Versión", "Version"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Fecha", "Date"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Autor", "Author"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Motivo", "Reason"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Cómo entró en vigor", "How it came into force"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Regla de decisión", "Decision rule")))
                            )),
                        .tbody(
                            .forEach(model.versions) { version in
                                .tr(
                                    .td(
                                        .class("num"),
                                        .a(
                                            .href(SiteURL.governanceVersion(.value(model.slug), .value(version.version)).path),
                                            .text("\(version.version)"))),
                                    .td(.text(version.createdAt.map { MexicanFormat.date($0, language: context.language) } ?? "—")),
                                    .td(
                                        .text(
                                            AccountNames.label(
                                                version.author, names: model.actorNames, role: context.t("Secretariado", "Secretariat")))),
                                    .td(.text(version.note)),
                                    .td(
                                        .text(version.origin.map { View.originText($0, version: version, context: context) } ?? "—"),
                                        .unwrap(version.sessionID) { session in
                                            .group(
                                                .text(" "),
                                                .a(
                                                    .href(SiteURL.session(.value(model.slug), .value(session)).path),
                                                    .text(context.t("Sesión", "Session"))))
                                        }
                                    ),
                                    .td(.text(context.t(version.document.decision.rule.summary)))
                                )
                            })
                    )
                ))
        }
    }
}
