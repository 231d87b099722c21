import Plot
import SecretariadoCore

/// The small "Sesiones y acuerdos" section at the end of an STL's page.
enum SessionLinks {
    static func section(slug: String, context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(context.t("Sesiones y acuerdos", "Sessions and agreements"))),
            .ul(
                .li(
                    .a(
                        .href(SiteURL.sessions(.value(slug)).path),
                        .text(
                            context.t(
                                "Sesiones: convocatorias, órdenes del día, votaciones y minutas", "Sessions: convocations, agendas, votes and minutes"
                            )))),
                .li(
                    .a(.href(SiteURL.agreements(.value(slug)).path), .text(context.t("Acuerdos y su seguimiento", "Agreements and their follow-up")))),
                .li(
                    .a(
                        .href(APIURL.sessionsCalendar(.value(slug)).path),
                        .text(context.t("Suscribirse al calendario de sesiones (iCalendar)", "Subscribe to the session calendar (iCalendar)")))),
                .li(
                    .a(
                        .href(APIURL.archive(.value(slug)).path),
                        .text(context.t("Archivo verificable de minutas firmadas (JSON)", "Verifiable archive of signed minutes (JSON)"))))
            )
        )
    }
}
