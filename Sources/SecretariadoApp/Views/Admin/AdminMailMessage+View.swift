import Foundation
import Plot
import SecretariadoCore

/// `/admin/correo/:id`: one message as it is sent, its attempts, and «Reintentar» when failed.
enum AdminMailMessagePage {
    struct View {
        let row: AdminMailPage.Row
        let message: MailMessage?
        let attempts: [MailAttempt]
        let retried: Bool
        let context: PageContext
        let isSecret: Bool

        var html: HTML {
            Layout.page(
                title: message?.subject ?? row.messageID, context: context,
                main: .group(
                    .p(.a(.href(SiteURL.adminMail.path), .text(context.t("« Correo", "« E-mail")))),
                    .h1(.text(message?.subject ?? row.messageID)),
                    .if(
                        retried,
                        .p(
                            .class("notice"), .attribute(named: "role", value: "status"),
                            .text(context.t("El mensaje volvió a la cola.", "The message is queued again.")))),
                    .element(
                        named: "dl",
                        nodes: [
                            .element(named: "dt", text: context.t("Destinatario", "Recipient")), .element(named: "dd", text: row.recipient),
                            .element(named: "dt", text: context.t("Tipo", "Kind")), .element(named: "dd", text: row.kindLabel(context)),
                            .element(named: "dt", text: context.t("Idioma", "Language")), .element(named: "dd", text: row.language),
                            .element(named: "dt", text: context.t("Estado", "Status")), .element(named: "dd", text: context.t(row.status.label)),
                            .element(named: "dt", text: context.t("Intentos", "Attempts")), .element(named: "dd", text: String(row.attempts)),
                            .element(named: "dt", text: context.t("Próximo intento", "Next attempt")),
                            .element(
                                named: "dd",
                                text: row.status == .pending ? MexicanFormat.dateTime(row.nextAttemptAt, language: context.language) : "—"),
                            .element(named: "dt", text: context.t("Último error", "Last error")), .element(named: "dd", text: row.lastError ?? "—"),
                            .element(named: "dt", text: "Message-ID"), .element(named: "dd", text: row.messageID),
                        ]),
                    .if(
                        row.status == .failed && !isSecret,
                        .form(
                            .method(.post), .action(SiteURL.adminMailRetry(.value(row.id)).path),
                            CSRFField.node(context),
                            .button(.type(.submit), .text(context.t("Reintentar", "Retry")))
                        )),
                    .h2(.text(context.t("Texto", "Text"))),
                    .pre(
                        .text(
                            isSecret
                                ? context.t(
                                    "Este mensaje lleva un acuse o una credencial de elección: su texto es sólo para la organización y no se muestra.",
                                    "This message carries a receipt or an election credential: its text is for the organisation alone and is not shown."
                                )
                                : message?.text ?? context.t("El mensaje guardado no se pudo leer.", "The stored message could not be read."))),
                    .unwrap(message?.calendar) { calendar in
                        .group(
                            .h2(.text(context.t("Invitación de calendario", "Calendar invitation") + " (\(calendar.method))")),
                            .pre(.text(calendar.text)))
                    },
                    .h2(.text(context.t("Intentos", "Attempts"))),
                    attempts.isEmpty
                        ? .p(.class("muted"), .text(context.t("Aún no se ha intentado.", "Not tried yet.")))
                        : .table(
                            .thead(
                                .tr(
                                    .th(.attribute(named: "scope", value: "col"), .text(context.t("Cuándo", "When"))),
                                    .th(.attribute(named: "scope", value: "col"), .text(context.t("Resultado", "Outcome"))),
                                    .th(.attribute(named: "scope", value: "col"), .text(context.t("Respuesta", "Answer")))
                                )),
                            .tbody(
                                .forEach(attempts) { attempt in
                                    .tr(
                                        .td(.text(MexicanFormat.dateTime(attempt.at, language: context.language))),
                                        .td(.text(attempt.outcome.rawValue)),
                                        .td(.text(attempt.detail))
                                    )
                                }))
                ))
        }
    }
}
