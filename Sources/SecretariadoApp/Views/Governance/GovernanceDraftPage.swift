import Plot
import SecretariadoCore

/// `/stl/{slug}/mecanismo/propuestas/{id}`: a proposed charter against the version in force
/// (or the version it was proposed on), the executed fields old → new and the text line by
/// line, and where it stands.
enum GovernanceDraftPage {
    struct Model {
        let secretariatName: String
        let slug: String
        let draft: GovernanceDraft
        /// The version the diff is against.
        let baseVersion: Int
        let diff: CharterDiff
        var authorName: String
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            let draft = model.draft
            return Layout.page(
                title: context.t("Propuesta de reforma", "Proposed version"), context: context,
                main: .group(
                    StlMenu.nav(model.slug, current: .governance, context: context),
                    .h1(
                        .text(
                            context.t(
                                "Propuesta de reforma del Mecanismo de Gobernanza: \(model.secretariatName)",
                                "Proposed version of the governance mechanism: \(model.secretariatName)"))),
                    .p(
                        .span(.class(draft.status == .adoptada ? "badge ok" : "badge warn"), .text(context.t(draft.status.label))),
                        .text(" " + draft.note)
                    ),
                    .p(
                        .class("hint"),
                        .text(
                            context.t(
                                "Propuesta por \(model.authorName) sobre la versión \(draft.baseVersion)\(draft.createdAt.map { ", el " + MexicanFormat.date($0, language: .es) } ?? "").",
                                "Proposed by \(model.authorName) on version \(draft.baseVersion)\(draft.createdAt.map { ", on " + MexicanFormat.date($0, language: .en) } ?? "")."
                            ))),
                    status,
                    .h2(.text(context.t("Lo que cambia en lo que la plataforma ejecuta", "What changes in what the platform executes"))),
                    model.diff.fields.isEmpty
                        ? .p(
                            .text(
                                context.t(
                                    "Ni la regla de decisión, ni el quórum, ni los plazos de aviso cambian.",
                                    "Neither the decision rule, nor the quorum, nor the notice periods change.")))
                        : .table(
                            .thead(
                                .tr(
                                    .th(.attribute(named: "scope", value: "col"), .text(context.t("Elemento", "Element"))),
                                    .th(
                                        .attribute(named: "scope", value: "col"),
                                        .text(context.t("En vigor (versión \(model.baseVersion))", "In force (version \(model.baseVersion))"))),
                                    .th(.attribute(named: "scope", value: "col"), .text(context.t("Propuesto", "Proposed")))
                                )),
                            .tbody(
                                .forEach(model.diff.fields) { change in
                                    .tr(
                                        .th(.attribute(named: "scope", value: "row"), .text(context.t(change.label))),
                                        .td(.text(context.t(change.old))), .td(.text(context.t(change.new))))
                                })
                        ),
                    .h2(
                        .text(
                            context.t(
                                "Texto: \(model.diff.removedCount) renglones quitados, \(model.diff.addedCount) añadidos",
                                "Text: \(model.diff.removedCount) lines removed, \(model.diff.addedCount) added"))),
                    .ul(
                        .class("diff"),
                        .forEach(model.diff.lines) { line in
                            switch line.kind {
                            case .same: .li(.text(" " + line.text))
                            case .added: .li(.class("added"), .element(named: "ins", text: "+ " + line.text))
                            case .removed: .li(.class("removed"), .element(named: "del", text: "− " + line.text))
                            }
                        }),
                    .p(
                        .a(.href(SiteURL.governanceDrafts(.value(model.slug)).path), .text(context.t("Todas las propuestas", "Every proposal"))),
                        .text(" · "),
                        .a(.href(SiteURL.governanceVersions(.value(model.slug)).path), .text(context.t("Historial de versiones", "Version history"))))
                ))
        }

        private var status: Node<HTML.BodyContext> {
            switch model.draft.status {
            case .borrador:
                .p(
                    .text(
                        context.t(
                            "No está en vigor. Entra en vigor solo si una moción que la adopta se decide «adoptada» bajo la regla de decisión en vigor, en una sesión del STL: la facilitación la somete a votación desde «Conducir» la sesión, eligiéndola en «Adopta una propuesta de reforma».",
                            "It is not in force. It enters into force only if a motion adopting it is decided “adopted” under the decision rule in force, in a session of the STL: the facilitator puts it to the vote from the session's «Run» page, choosing it under “Adopts a proposed version”."
                        )))
            case .adoptada:
                .p(
                    .text(context.t("Adoptada por el STL: ", "Adopted by the STL: ")),
                    .unwrap(model.draft.adoptedVersion) { number in
                        .a(
                            .href(SiteURL.governanceVersion(.value(model.slug), .value(number)).path),
                            .text(context.t("versión \(number)", "version \(number)")))
                    })
            case .superada:
                .p(
                    .text(
                        context.t(
                            "Otra versión entró en vigor después de esta propuesta; para votarla hay que proponerla de nuevo sobre la versión en vigor.",
                            "Another version entered into force after this proposal; to vote on it, propose it again on the version in force.")))
            }
        }
    }

    /// `/stl/{slug}/mecanismo/propuestas`: every proposal, newest first.
    struct ListView {
        let secretariatName: String
        let slug: String
        let drafts: [GovernanceDraft]
        let canPropose: Bool
        let context: PageContext

        var html: HTML {
            Layout.page(
                title: context.t("Propuestas de reforma", "Proposed versions"), context: context,
                main: .group(
                    StlMenu.nav(slug, current: .governance, context: context),
                    .h1(
                        .text(
                            context.t(
                                "Propuestas de reforma del Mecanismo de Gobernanza: \(secretariatName)",
                                "Proposed versions of the governance mechanism: \(secretariatName)"))),
                    .if(
                        canPropose,
                        .p(
                            .a(
                                .href(SiteURL.governanceDraftNew(.value(slug)).path),
                                .text(context.t("Proponer nueva versión", "Propose a new version"))))),
                    drafts.isEmpty
                        ? .p(.text(context.t("No hay propuestas.", "There are no proposals.")))
                        : .ul(
                            .forEach(drafts) { draft in
                                .li(
                                    .a(.href(SiteURL.governanceDraft(.value(slug), .value(draft.id!)).path), .text(draft.note)),
                                    .text(" "),
                                    .span(.class(draft.status == .adoptada ? "badge ok" : "badge warn"), .text(context.t(draft.status.label))),
                                    .text(" " + context.t("(sobre la versión \(draft.baseVersion))", "(on version \(draft.baseVersion))")))
                            })
                ))
        }
    }
}
