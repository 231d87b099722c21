import Foundation
import Plot
import SecretariadoCore

/// `/avisos`: the signed-in person's notices, newest first, unread ones marked.
enum NoticesPage {
    struct View {
        let notices: [Notice]
        let context: PageContext

        var html: HTML {
            let unread = notices.filter { $0.readAt == nil }.count
            return Layout.page(
                title: context.t("Avisos", "Notices"), context: context,
                main: .group(
                    .h1(.text(context.t("Avisos", "Notices"))),
                    .p(
                        .a(
                            .href(SiteURL.noticePreferences.path),
                            .text(context.t("Elegir qué avisos llegan por correo", "Choose which notices arrive by e-mail")))),
                    .if(
                        unread > 0,
                        .form(
                            .method(.post), .action(SiteURL.noticesReadAll.path), CSRFField.node(context),
                            .button(.type(.submit), .text(context.t("Marcar todos como leídos", "Mark all as read")))
                        )),
                    notices.isEmpty
                        ? .p(.class("muted"), .text(context.t("No tienes avisos.", "You have no notices.")))
                        : .ul(.class("notices"), .forEach(notices) { notice in item(notice) })
                ))
        }

        private func item(_ notice: Notice) -> Node<HTML.ListContext> {
            let isUnread = notice.readAt == nil
            // Links are site paths written by the platform; anything else is not offered.
            let link = notice.link.hasPrefix("/") && !notice.link.hasPrefix("//") ? notice.link : SiteURL.notices.path
            return .li(
                .class(isUnread ? "notice-item unread" : "notice-item"),
                .h2(
                    .a(.href(link), .text(notice.title)),
                    .if(isUnread, .span(.class("badge"), .text(" " + context.t("sin leer", "unread"))))),
                .p(.class("muted"), .text(MexicanFormat.dateTime(notice.createdAt, language: context.language))),
                .forEach(notice.body.split(separator: "\n").map(String.init)) { line in .p(.text(line)) },
                .if(
                    isUnread,
                    .form(
                        .method(.post), .action(SiteURL.noticeRead(.value(notice.id ?? UUID())).path), CSRFField.node(context),
                        .button(
                            .type(.submit),
                            .attribute(
                                named: "aria-label", value: context.t("Marcar «\(notice.title)» como leído", "Mark “\(notice.title)” as read")),
                            .text(context.t("Marcar como leído", "Mark as read")))
                    ))
            )
        }
    }
}
