import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/acta`: the acta de instalación, printable (the site's header and footer
/// are hidden in print), with its Markdown and SHA-256 once issued.
enum ActaPage {
    struct Model {
        let stl: Secretariat
        let markdown: String
        let act: InstallationAct?
        let canIssue: Bool
        let saved: Bool
        /// Account e-mail → name, so the page names who issued the act without their e-mail.
        var actorNames: [String: String] = [:]
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(title: context.t("Acta de instalación — \(model.stl.name)", "Installation act — \(model.stl.name)"), context: context, main: main)
        }

        private var main: Node<HTML.BodyContext> {
            .group(
                .div(.class("no-print"),
                     InstallationChrome.nav(model.stl.slug, id: model.stl.id, current: .acta, context: context),
                     InstallationChrome.saved(model.saved, context: context),
                     status),
                .article(.class("acta"), .raw(ActaMarkdownHTML.render(model.markdown))),
                // The text as a file, for those who archive or compare it: secondary.
                .p(.class("hint no-print"), .text(context.t("El mismo texto como archivo: ", "The same text as a file: ")),
                   .a(.href(SiteURL.installationActaMarkdown(.value(model.stl.slug)).path), .text("Markdown")))
            )
        }

        private var status: Node<HTML.BodyContext> {
            .group(
                .unwrap(model.act) { act in
                    let issuer = AccountNames.label(act.issuedBy, names: model.actorNames, role: context.t("el Grupo promotor", "the promoter group"))
                    return .p(.class("notice"), .text(context.t(
                        "Acta emitida el \(InstallationChrome.date(act.issuedOn, context: context)) por \(issuer). SHA-256 del texto: ",
                        "Act issued on \(InstallationChrome.date(act.issuedOn, context: context)) by \(issuer). SHA-256 of the text: ")),
                       .code(.text(act.sha256)))
                },
                .if(model.act == nil, .p(.class("warning-box"), .text(context.t(
                    "BORRADOR: generado a partir del registro actual; el acta aún no se emite.",
                    "DRAFT: generated from the current record; the act has not been issued yet.")))),
                .if(model.canIssue, .p(.a(
                    .class("button"), .href(SiteURL.installationActaIssue(.value(model.stl.slug)).path),
                    .text(model.act == nil ? context.t("Emitir el acta…", "Issue the act…") : context.t("Emitir de nuevo con el registro actual…", "Issue again from the current record…")))))
            )
        }
    }
}
