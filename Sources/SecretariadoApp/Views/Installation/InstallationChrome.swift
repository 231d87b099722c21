import Foundation
import Plot
import SecretariadoCore

/// What every installation page shares: the heading with the STL's status, the links
/// between the installation pages, and small pieces (status badges, notices).
enum InstallationChrome {
    enum Section: CaseIterable {
        case roadmap, promoters, call, election, facilitation, acta
    }

    static func header(_ title: String, stl: Secretariat, current: Section, context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .p(
                .class("muted"), .a(.href(SiteURL.secretariat(.value(stl.slug)).path), .text(context.t("STL de \(stl.name)", "STL of \(stl.name)"))),
                .text(" › "), .a(.href(SiteURL.installation(.value(stl.slug)).path), .text(context.t("Instalación", "Installation")))),
            StlMenu.nav(stl.slug, id: stl.id, current: .installation(menuPart(current)), context: context),
            .h1(.text(title)),
            .p(
                Badges.status(stl.status, context: context),
                .unwrap(stl.installedOn) { date in
                    .text(
                        " "
                            + context.t(
                                "desde el \(MexicanFormat.date(date, language: context.language))",
                                "since \(MexicanFormat.date(date, language: context.language))"))
                })
        )
    }

    /// The STL's one sub-menu (`StlMenu`), with this installation page marked.
    static func nav(_ slug: String, id: UUID? = nil, current: Section, context: PageContext) -> Node<HTML.BodyContext> {
        StlMenu.nav(slug, id: id, current: .installation(menuPart(current)), context: context)
    }

    private static func menuPart(_ section: Section) -> StlMenu.Installation {
        switch section {
        case .roadmap: .roadmap
        case .promoters: .promoters
        case .call: .call
        case .election: .election
        case .facilitation: .facilitation
        case .acta: .acta
        }
    }

    static func stepStatus(_ status: InstallationStepStatus, context: PageContext) -> Node<HTML.BodyContext> {
        let kind =
            switch status {
            case .concluido: "ok"
            case .enCurso: "warn"
            case .pendiente: "pending"
            }
        return .span(.class("badge \(kind)"), .text(context.t(status.label)))
    }

    static func saved(_ shown: Bool, context: PageContext) -> Node<HTML.BodyContext> {
        .if(shown, .p(.class("notice"), .attribute(named: "role", value: "status"), .text(context.t("Cambios guardados.", "Changes saved."))))
    }

    static func date(_ date: Date?, context: PageContext) -> String {
        date.map { MexicanFormat.date($0, language: context.language) } ?? "—"
    }

    /// A link the record holds: a web address opens as external, a site path as internal.
    static func link(_ url: String, text: String) -> Node<HTML.BodyContext> {
        url.hasPrefix("/")
            ? .a(.href(url), .text(text))
            : .a(.href(url), .attribute(named: "rel", value: "nofollow noopener noreferrer"), .text(text))
    }
}

/// Form controls the shared `FormFields` lacks: textareas with a value, checkboxes.
enum InstallationForms {
    static func textarea(
        _ label: String, name: String, id: String? = nil, value: String? = nil, required: Bool = false,
        hint: String? = nil, rows: Int = 4
    ) -> Node<HTML.FormContext> {
        FormFields.textarea(label, name: name, id: id, value: value, rows: rows, required: required, hint: hint)
    }

    static func checkbox(_ label: String, name: String, id: String, value: String = "si", checked: Bool = false, required: Bool = false) -> Node<
        HTML.FormContext
    > {
        FormFields.checkbox(label, name: name, id: id, value: value, checked: checked, required: required)
    }

    /// A form of one button posting to `action` (with the CSRF field).
    static func button(_ title: String, action: String, context: PageContext, fields: [(String, String)] = [], secondary: Bool = false) -> Node<
        HTML.BodyContext
    > {
        .form(
            .class("inline"), .method(.post), .action(action),
            CSRFField.node(context),
            .forEach(fields) { name, value in .input(.type(.hidden), .name(name), .value(value)) },
            .button(.type(.submit), secondary ? .class("secondary") : .empty, .text(title)))
    }
}
