import Plot
import SecretariadoCore

/// The page between a click and an irreversible action: it says what will happen and what
/// cannot be undone, and only its button (a POST with the CSRF field) does it. Works
/// without JavaScript; the pages link here instead of acting on one click.
enum ConfirmPage {
    struct Model {
        /// "¿Cerrar la votación?"
        let title: String
        /// The STL the action belongs to, for the sub-menu.
        let stl: Secretariat
        /// What the action does, in a sentence or two.
        let effect: String
        /// What can never be undone afterwards.
        let irreversible: String
        /// Facts that identify the subject ("Moción": "…").
        let facts: [(String, String)]
        /// Where the POST goes: the action's own URL.
        let action: String
        let button: String
        /// The page to go back to without acting.
        let back: String
        /// Why the action is not possible now, if it is not: then no button is shown.
        let refusal: String?
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(
                title: model.title, context: context,
                main: .group(
                    StlMenu.nav(model.stl.slug, id: model.stl.id, current: nil, context: context),
                    .h1(.text(model.title)),
                    .if(
                        !model.facts.isEmpty,
                        .dl(
                            .class("facts"),
                            .forEach(model.facts) { label, value in
                                .group(.dt(.text(label)), .dd(.text(value)))
                            })),
                    .p(.text(model.effect)),
                    .p(
                        .class("warning-box"), .strong(.text(context.t("No se puede deshacer: ", "This cannot be undone: "))),
                        .text(model.irreversible)),
                    .unwrap(model.refusal) { reason in
                        .p(.class("error-box"), .attribute(named: "role", value: "alert"), .text(reason))
                    },
                    .if(
                        model.refusal == nil,
                        .form(
                            .class("confirm"), .method(.post), .action(model.action),
                            CSRFField.node(context),
                            .button(.type(.submit), .text(model.button)),
                            .text(" "),
                            .a(.href(model.back), .text(context.t("Volver sin hacer nada", "Go back without doing anything")))
                        )),
                    .if(model.refusal != nil, .p(.a(.href(model.back), .text(context.t("Volver", "Go back")))))
                ))
        }
    }
}
