import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/instalacion/eleccion`: the civil-society election's state, candidates and
/// participation (never a count before the close), and the guarantor's controls.
enum ElectionPage {
    struct Model {
        let stl: Secretariat
        let count: ElectionCount?
        let validated: [CallRegistration]
        /// Credentials just issued: for whom, never the link (it reaches the organisation
        /// alone, sealed, through its registration receipt).
        let issued: [ElectionWrites.IssuedCredential]
        let canManage: Bool
        let saved: Bool
        /// The election's results acta (the signed count), once the election exists.
        var resultsActa: AttachmentsSection.Model? = nil

        var editable: Bool { canManage && stl.status == .enFormacion }
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(
                title: context.t("Elección de la sociedad civil — \(model.stl.name)", "Civil-society election — \(model.stl.name)"), context: context,
                main: main)
        }

        private var slug: String { model.stl.slug }

        private var main: Node<HTML.BodyContext> {
            .group(
                InstallationChrome.header(
                    context.t("Elección de la representación de la sociedad civil", "Election of the civil-society representatives"),
                    stl: model.stl, current: .election, context: context),
                InstallationChrome.saved(model.saved, context: context),
                .p(
                    .class("muted"),
                    .text(
                        context.t(
                            "La representación de la sociedad civil la eligen las propias organizaciones validadas en la convocatoria, sin intervención gubernamental: cada una postula y emite un solo voto con su credencial. Nadie, ni el gobierno ni el organismo garante, ve el conteo antes del cierre.",
                            "The civil-society representatives are elected by the organisations validated in the call themselves, without government intervention: each nominates and casts a single ballot with its credential. Nobody, neither government nor the guarantor body, sees the count before the close."
                        ))),
                issuedCredentials,
                .unwrap(model.count) { count in state(count) },
                .unwrap(model.resultsActa) { AttachmentsSection.node($0, context: context) },
                .if(
                    model.count == nil,
                    .p(.class("muted"), .text(context.t("Todavía no se convoca la elección.", "The election has not been called yet.")))),
                .if(model.editable, controls)
            )
        }

        private var issuedCredentials: Node<HTML.BodyContext> {
            let undeliverable = model.issued.filter { !$0.deliverable }
            return .if(
                !model.issued.isEmpty,
                .section(
                    .h2(.text(context.t("Credenciales emitidas", "Credentials issued"))),
                    .p(
                        .class("notice"), .attribute(named: "role", value: "status"),
                        .text(
                            context.t(
                                "\(Plural.word(model.issued.count, "Se emitió", "Se emitieron")) \(Plural.count(model.issued.count, "credencial", "credenciales")). Nadie del organismo garante ni del gobierno las ve: cada organización abre la suya, una sola vez, en el acuse privado que recibió al registrarse.",
                                "\(Plural.count(model.issued.count, "credential", "credentials", language: .en)) \(Plural.word(model.issued.count, "was", "were")) issued. Nobody in the guarantor body or the government sees them: each organisation opens its own, once, on the private receipt it received when registering."
                            ))),
                    .if(
                        !undeliverable.isEmpty,
                        .div(
                            .class("error-box"), .attribute(named: "role", value: "alert"),
                            .p(
                                .text(
                                    context.t(
                                        "Estas organizaciones se registraron sin acuse privado y no pueden recibir su credencial por la plataforma:",
                                        "These organisations registered without a private receipt and cannot receive their credential through the platform:"
                                    ))),
                            .ul(.forEach(undeliverable) { .li(.text($0.organizationName)) })))
                ))
        }

        private func state(_ count: ElectionCount) -> Node<HTML.BodyContext> {
            let election = count.election
            let phase = count.phase
            return .section(
                .h2(.text(election.title)),
                .p(.span(.class(phase == .cerrada ? "badge ok" : "badge warn"), .text(context.t(phase.label)))),
                .dl(
                    .class("facts"),
                    .dt(.text(context.t("Asientos titulares", "Full seats"))),
                    .dd(.text("\(election.seats) " + context.t("(y otras tantas suplencias)", "(and as many alternates)"))),
                    .dt(.text(context.t("Método", "Method"))),
                    .dd(
                        .text(
                            election.method == .pluralidad
                                ? context.t(
                                    "Pluralidad: cada organización marca hasta \(Plural.count(election.seats, "candidatura", "candidaturas"))",
                                    "Plurality: each organisation marks up to \(Plural.count(election.seats, "candidate", "candidates", language: .en))"
                                )
                                : context.t(
                                    "Aprobación: cada organización marca todas las candidaturas que aprueba",
                                    "Approval: each organisation marks every candidate it approves of"))),
                    .dt(.text(context.t("Votación", "Voting"))),
                    .dd(
                        .text(
                            context.t("Abre: ", "Opens: ") + MexicanFormat.dateTime(election.opensAt, language: context.language)
                                + " · " + context.t("Cierra: ", "Closes: ") + MexicanFormat.dateTime(election.closesAt, language: context.language))),
                    .dt(.text(context.t("Participación", "Turnout"))),
                    .dd(
                        .text(
                            context.t(
                                "\(count.ballotsCast) de \(count.credentials) organizaciones han votado",
                                "\(count.ballotsCast) of \(count.credentials) organisations have voted")))
                ),
                .if(
                    count.byAcclamation && phase != .postulacion,
                    .p(
                        .class("notice"),
                        .text(
                            context.t(
                                "Las candidaturas no exceden los asientos: se integran por autoselección, sin votación.",
                                "The candidates do not exceed the seats: they join by self-selection, without a vote.")))),
                .h3(.text(context.t("Candidaturas", "Candidates"))),
                .if(count.candidates.isEmpty, .p(.class("muted"), .text(context.t("Sin candidaturas todavía.", "No candidates yet.")))),
                .ul(
                    .forEach(count.candidates) { candidate in
                        .li(
                            .strong(.text(candidate.record.personName)), .text(" — \(candidate.organization)"),
                            .span(
                                .class("muted"),
                                .text(context.t(" (postulada por \(candidate.nominatedBy))", " (nominated by \(candidate.nominatedBy))"))),
                            // The statement the nominating organisation wrote to be published.
                            .unwrap(candidate.record.statement) { statement in .p(.class("statement"), .text(statement)) })
                    }),
                .if(
                    phase == .cerrada,
                    .p(
                        .a(
                            .href(SiteURL.installationResults(.value(slug)).path),
                            .text(context.t("Resultados con el conteo completo", "Results with the full count")))))
            )
        }

        private var controls: Node<HTML.BodyContext> {
            let phase = model.count?.phase
            return .section(
                .h2(.text(context.t("Conducción de la elección (organismo garante)", "Running the election (guarantor body)"))),
                .if(model.count == nil, createForm),
                .if(
                    phase == .postulacion,
                    .p(
                        InstallationForms.button(
                            context.t("Terminar la postulación y abrir la votación ahora", "End nominations and open voting now"),
                            action: SiteURL.installationElectionOpen(.value(slug)).path, context: context))),
                .if(
                    phase == .votacion || phase == .porCerrar,
                    .p(
                        .a(
                            .class("button"), .href(SiteURL.installationElectionClose(.value(slug)).path),
                            .text(context.t("Cerrar la elección y publicar resultados…", "Close the election and publish results…"))),
                        .span(
                            .class("hint"),
                            .text(
                                context.t(
                                    " Antes de la hora de cierre sólo es posible si todas las organizaciones votaron o no hay nada que votar.",
                                    " Before the closing time this is only possible when every organisation has voted or there is nothing to vote on."
                                ))))),
                .if(phase == .postulacion || phase == .votacion, credentialForm)
            )
        }

        private var createForm: Node<HTML.BodyContext> {
            let now = Date()
            return .form(
                .class("stack"), .method(.post), .action(SiteURL.installationElection(.value(slug)).path),
                CSRFField.node(context),
                .h3(.text(context.t("Convocar la elección", "Call the election"))),
                .p(
                    .class("hint"),
                    .text(
                        context.t(
                            "Participan las \(model.validated.count) organizaciones validadas; cada una recibe una credencial.",
                            "The \(model.validated.count) validated organisations take part; each receives a credential."))),
                FormFields.text(
                    context.t("Título", "Title"), name: "title", id: "el-title", value: "Elección de representantes de la sociedad civil"),
                FormFields.text(
                    context.t("Asientos titulares a elegir", "Full seats to fill"), name: "seats", id: "el-seats", type: .number, value: "1",
                    required: true),
                FormFields.select(
                    context.t("Método", "Method"), name: "method", id: "el-method",
                    options: ElectionMethod.allCases.map { ($0.rawValue, context.t($0.label)) }, required: true),
                FormFields.text(
                    context.t("Abre la votación (termina la postulación)", "Voting opens (nominations end)"), name: "opensAt", id: "el-opensAt",
                    type: .datetimeLocal,
                    value: InstallationFieldCheck.format(now.addingTimeInterval(7 * 86_400)), required: true),
                FormFields.text(
                    context.t("Cierra la votación", "Voting closes"), name: "closesAt", id: "el-closesAt", type: .datetimeLocal,
                    value: InstallationFieldCheck.format(now.addingTimeInterval(14 * 86_400)), required: true,
                    hint: context.t("Hora de la Ciudad de México.", "Mexico City time.")),
                FormFields.submit(context.t("Convocar y emitir credenciales", "Call it and issue credentials")))
        }

        private var credentialForm: Node<HTML.BodyContext> {
            .form(
                .class("stack"), .method(.post), .action(SiteURL.installationElectionCredentials(.value(slug)).path),
                CSRFField.node(context),
                .h3(.text(context.t("Emitir o reemplazar una credencial", "Issue or replace a credential"))),
                .p(
                    .class("hint"),
                    .text(
                        context.t(
                            "Para una organización validada después de convocar, o que perdió su enlace (el anterior deja de servir). La nueva credencial aparece en su acuse privado. No es posible si ya votó.",
                            "For an organisation validated after the call, or one that lost its link (the old one stops working). The new credential appears on its private receipt. Not possible once it has voted."
                        ))),
                FormFields.select(
                    context.t("Organización", "Organisation"), name: "registrationId", id: "cr-registration",
                    options: model.validated.map { ($0.id!.uuidString, $0.organizationName) }, required: true),
                FormFields.submit(context.t("Emitir credencial", "Issue credential")))
        }
    }
}
