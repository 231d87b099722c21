import Plot
import SecretariadoCore

/// The one page frame every HTML page is drawn in: skip link, header with navigation and
/// language switch, main content, footer.
enum Layout {
    static func page(title: String, context: PageContext, main: Node<HTML.BodyContext>) -> HTML {
        HTML(
            .attribute(named: "lang", value: context.language.localeIdentifier),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // A form sent back with errors says so first, where screen readers start.
                .atRender {
                    .title((FormRender.current?.state?.errors.isEmpty == false ? "Error: " : "") + "\(title) · Secretariado")
                },
                .stylesheet(SiteURL.stylesheet.path),
                .link(.rel(.icon), .href(SiteURL.favicon.path), .type("image/svg+xml"))
            ),
            .body(
                .a(.class("skip"), .href("#contenido"), .text(context.t("Saltar al contenido", "Skip to content"))),
                header(context),
                .unwrap(context.demoNotice) { demoBanner($0, context) },
                .main(.id("contenido"), .attribute(named: "tabindex", value: "-1"), FormErrorSummary.node(context), main),
                footer(context)
            )
        )
    }

    /// The site header. Wide screens show the links in a row; narrow ones (phones) fold
    /// them into a «Menú» disclosure, so the header stays one line without JavaScript. Both
    /// lists are the same `links`; CSS shows one or the other.
    private static func header(_ context: PageContext) -> Node<HTML.BodyContext> {
        .header(
            .class("site"),
            .a(.class("brand"), .href(SiteURL.home.path), .text("Secretariado")),
            .nav(.class("wide"), .attribute(named: "aria-label", value: context.t("Principal", "Main")), links(context)),
            .element(
                named: "details",
                nodes: [
                    .class("narrow"),
                    .element(named: "summary", nodes: [.text(context.t("Menú", "Menu"))]),
                    .nav(.attribute(named: "aria-label", value: context.t("Principal", "Main")), links(context)),
                ])
        )
    }

    /// Invented data says so on every page that shows it, before the content.
    private static func demoBanner(_ notice: DemoNotice, _ context: PageContext) -> Node<HTML.BodyContext> {
        .aside(
            .class("demo-notice"), .attribute(named: "aria-label", value: context.t(DemoNotice.label)),
            .strong(.text(context.t(DemoNotice.label) + ". ")),
            .text(context.t(notice.text))
        )
    }

    private static func links(_ context: PageContext) -> Node<HTML.BodyContext> {
        .ul(
            .if(context.isSignedIn, .li(.a(.href(SiteURL.myWork.path), .text(context.t("Mi trabajo", "My work"))))),
            .if(context.isSignedIn, .li(noticesLink(context))),
            .li(.a(.href(SiteURL.home.path), .text(context.t("Secretariados", "Secretariats")))),
            .li(.a(.href(SiteURL.comparison.path), .text(context.t("Comparativo", "Comparison")))),
            .li(.a(.href(SiteURL.simulator.path), .text(context.t("Simulador", "Simulator")))),
            .li(.a(.href(SiteURL.nationalFollowUp.path), .text(context.t("Seguimiento", "Follow-up")))),
            .if(context.isAdmin, .li(.a(.href(SiteURL.admin.path), .text(context.t("Administración", "Administration"))))),
            .unwrap(
                context.userName,
                { _ in
                    .li(.a(.href(SiteURL.account.path), .text(context.t("Mi cuenta", "My account"))))
                }),
            .li(languageSwitch(context)),
            .li(sessionControl(context))
        )
    }

    /// «Avisos», with the unread count when there is one (spelled out for screen readers).
    private static func noticesLink(_ context: PageContext) -> Node<HTML.BodyContext> {
        let count = context.unreadNotices
        guard count > 0 else { return .a(.href(SiteURL.notices.path), .text(context.t("Avisos", "Notices"))) }
        return .a(
            .href(SiteURL.notices.path),
            .attribute(named: "aria-label", value: context.t("Avisos: \(count) sin leer", "Notices: \(count) unread")),
            .text(context.t("Avisos", "Notices") + " "), .span(.class("badge"), .text(String(count))))
    }

    private static func languageSwitch(_ context: PageContext) -> Node<HTML.BodyContext> {
        let other: SecretariadoCore.Language = context.language == .es ? .en : .es
        return .a(
            .href(context.path + "?lang=\(other.rawValue)"),
            .attribute(named: "hreflang", value: other.localeIdentifier),
            .attribute(named: "lang", value: other.localeIdentifier),
            .text(other == .en ? "English" : "Español"))
    }

    private static func sessionControl(_ context: PageContext) -> Node<HTML.BodyContext> {
        if let name = context.userName {
            return .form(
                .class("inline"), .method(.post), .action(SiteURL.logout.path),
                CSRFField.node(context),
                .button(.type(.submit), .text(context.t("Cerrar sesión (\(name))", "Sign out (\(name))")))
            )
        }
        return .a(.href(SiteURL.login.path), .text(context.t("Iniciar sesión", "Sign in")))
    }

    private static func footer(_ context: PageContext) -> Node<HTML.BodyContext> {
        .footer(
            .class("site"),
            .p(
                .text(
                    context.t(
                        "Secretariado: plataforma abierta para los Secretariados Técnicos Locales de gobierno abierto.",
                        "Secretariado: an open platform for local open-government technical secretariats."))),
            .p(.a(.href("/api/v1/secretariats"), .text(context.t("Datos abiertos (API)", "Open data (API)"))))
        )
    }
}

/// Every form's hidden fields: the CSRF token, and where the form is (its page and its
/// position there) so that a failed submission can render that page again with the input.
enum CSRFField {
    static func node<Context>(_ context: PageContext) -> Node<Context> where Context: HTML.BodyContext {
        .group(
            .input(.type(.hidden), .name(CSRF.fieldName), .value(context.csrfToken)),
            .input(.type(.hidden), .name(FormState.pageField), .value(context.path)),
            .atRender {
                let index = FormRender.current?.nextForm() ?? 0
                return .input(.type(.hidden), .name(FormState.formField), .value("\(index)"))
            }
        )
    }
}
