import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/instalacion/facilitacion`: the representatives' decisions on the
/// facilitator, with the independence warnings the guide's recommendations raise.
enum FacilitationPage {
    struct Model {
        let stl: Secretariat
        let selections: [FacilitatorSelection]
        let canRecord: Bool
        let saved: Bool
        /// Account e-mail → name, so the page names who recorded without their e-mail.
        var actorNames: [String: String] = [:]

        var editable: Bool { canRecord && stl.status == .enFormacion }
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(
                title: context.t("Selección del facilitador — \(model.stl.name)", "Selection of the facilitator — \(model.stl.name)"),
                context: context, main: main)
        }

        private var main: Node<HTML.BodyContext> {
            .group(
                InstallationChrome.header(
                    context.t("Selección del facilitador", "Selection of the facilitator"),
                    stl: model.stl, current: .facilitation, context: context),
                InstallationChrome.saved(model.saved, context: context),
                .p(.class("muted"), .text(context.t(InstallationStep.seleccionDelFacilitador.description))),
                .p(
                    .class("muted"),
                    .text(
                        context.t(
                            "La guía recomienda que el facilitador sea un actor distinto a los representados en el STL, preferentemente del ámbito académico o de la sociedad civil; en cualquier caso, deberá renunciar a la representación de su organización.",
                            "The guide recommends that the facilitator be an actor distinct from those represented in the STL, preferably from academia or civil society; in any case they must give up the representation of their organisation."
                        ))),
                .if(
                    model.selections.isEmpty,
                    .p(.class("muted"), .text(context.t("Todavía no se registra la selección.", "The selection has not been recorded yet.")))),
                .forEach(model.selections) { selection in card(selection) },
                .if(model.editable, form)
            )
        }

        private func card(_ selection: FacilitatorSelection) -> Node<HTML.BodyContext> {
            let term = selection.term
            return .article(
                .class("card"),
                .h2(.text(term.person?.name ?? context.t("Vacante", "Vacant"))),
                .dl(
                    .class("facts"),
                    .dt(.text(context.t("Procedencia", "Origin"))),
                    .dd(.text([term.origin, term.originKind.map { context.t($0.label) }].compactMap { $0 }.joined(separator: " — "))),
                    .dt(.text(context.t("Cómo se eligió", "How chosen"))), .dd(.text(selection.method)),
                    .dt(.text(context.t("Fecha", "Date"))), .dd(.text(InstallationChrome.date(selection.decidedOn, context: context))),
                    .dt(.text(context.t("Minuta", "Minutes"))),
                    .dd(
                        selection.minutesURL.map { InstallationChrome.link($0, text: context.t("minuta de la decisión", "minutes of the decision")) }
                            ?? .text("—")),
                    .dt(.text(context.t("Registró", "Recorded by"))),
                    .dd(
                        .text(
                            AccountNames.label(
                                selection.recordedBy, names: model.actorNames, role: context.t("Grupo promotor", "Promoter group"))))
                ),
                .if(
                    !selection.warnings.items.isEmpty,
                    .div(
                        .class("warning-box"), .attribute(named: "role", value: "note"),
                        .h3(.text(context.t("Advertencias de independencia", "Independence warnings"))),
                        .ul(.forEach(selection.warnings.items) { warning in .li(.text(context.t(warning))) })
                    ))
            )
        }

        private var form: Node<HTML.BodyContext> {
            .form(
                .class("stack"), .method(.post), .action(SiteURL.installationFacilitation(.value(model.stl.slug)).path),
                CSRFField.node(context),
                .h2(.text(context.t("Registrar la decisión de los representantes", "Record the representatives' decision"))),
                FormFields.text(context.t("Persona elegida", "Person chosen"), name: "personName", required: true),
                FormFields.text(context.t("Correo (privado)", "E-mail (private)"), name: "personEmail", type: .email),
                FormFields.text(
                    context.t("Procedencia", "Origin"), name: "origin",
                    hint: context.t("Por ejemplo: Academia – UADY", "For example: Academia – UADY")),
                FormFields.select(
                    context.t("Tipo de procedencia", "Kind of origin"), name: "originKind",
                    options: [("", "—")] + OrganizationKind.allCases.map { ($0.rawValue, context.t($0.label)) }),
                FormFields.text(
                    context.t("Cómo se eligió", "How they were chosen"), name: "method", required: true,
                    hint: context.t(
                        "Por ejemplo: por consenso de los representantes en la reunión del…",
                        "For example: by consensus of the representatives at the meeting of…")),
                FormFields.text(context.t("Fecha de la decisión", "Date of the decision"), name: "decidedOn", type: .date),
                FormFields.text(context.t("Enlace a la minuta", "Link to the minutes"), name: "minutesUrl"),
                FormFields.text(context.t("Nota", "Note"), name: "note"),
                FormFields.submit(context.t("Registrar la selección", "Record the selection")))
        }
    }
}
