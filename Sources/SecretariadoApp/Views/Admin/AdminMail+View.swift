import Foundation
import Plot
import SecretariadoCore

/// `/admin/correo`: the outbox, newest first, filterable by status.
enum AdminMailPage {
    struct Row {
        let id: UUID
        let kind: String
        let recipient: String
        let language: String
        let status: OutboxMessage.Status
        let attempts: Int
        let lastError: String?
        let createdAt: Date
        let nextAttemptAt: Date
        let sentAt: Date?
        let messageID: String

        init(_ row: OutboxMessage) throws {
            id = try row.requireID()
            kind = row.kind
            recipient = row.recipient
            language = row.language
            status = row.status
            attempts = row.attempts
            lastError = row.lastError
            createdAt = row.createdAt
            nextAttemptAt = row.nextAttemptAt
            sentAt = row.sentAt
            messageID = row.messageID
        }

        func kindLabel(_ context: PageContext) -> String {
            // The stored kind, in the reader's language.
            NotificationKind(rawValue: kind).map { context.t($0.label) } ?? kind
        }
    }

    struct View {
        let rows: [Row]
        let filter: OutboxMessage.Status?
        let counts: [OutboxMessage.Status: Int]
        let context: PageContext

        var html: HTML {
            Layout.page(
                title: context.t("Correo", "E-mail"), context: context,
                main: .group(
                    .p(.a(.href(SiteURL.admin.path), .text(context.t("« Administración", "« Administration")))),
                    .h1(.text(context.t("Correo", "E-mail"))),
                    .p(
                        .text(
                            context.t(
                                "Mensajes que la plataforma envía. Sin servidor de correo configurado, cada mensaje se guarda como archivo .eml en el directorio de correo.",
                                "Messages the platform sends. Without a mail server configured, each message is saved as an .eml file in the mail directory."
                            ))),
                    .nav(
                        .attribute(named: "aria-label", value: context.t("Filtrar por estado", "Filter by status")),
                        .ul(
                            .li(.a(.href(SiteURL.adminMail.path), .text(context.t("Todos", "All")))),
                            .forEach(OutboxMessage.Status.allCases) { status in
                                .li(
                                    .a(
                                        .href(SiteURL.adminMail.path + "?estado=\(status.rawValue)"),
                                        .text("\(context.t(status.label)) (\(counts[status] ?? 0))")))
                            }
                        )),
                    rows.isEmpty
                        ? .p(.class("muted"), .text(context.t("No hay mensajes.", "No messages.")))
                        : table
                ))
        }

        private var table: Node<HTML.BodyContext> {
            .table(
                .thead(
                    .tr(
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Creado", "Created"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Tipo", "Kind"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Destinatario", "Recipient"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Estado", "Status"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Intentos", "Attempts"))),
                        .th(.attribute(named: "scope", value: "col"), .text(context.t("Último error", "Last error")))
                    )),
                .tbody(
                    .forEach(rows) { row in
                        .tr(
                            .td(
                                .a(
                                    .href(SiteURL.adminMailMessage(.value(row.id)).path),
                                    .text(MexicanFormat.dateTime(row.createdAt, language: context.language)))),
                            .td(.text(row.kindLabel(context))),
                            .td(.text(row.recipient)),
                            .td(.text(context.t(row.status.label))),
                            .td(.text(String(row.attempts))),
                            .td(.text(row.lastError ?? "—"))
                        )
                    })
            )
        }
    }
}
