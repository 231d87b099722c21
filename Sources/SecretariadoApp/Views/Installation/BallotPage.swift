import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/instalacion/boleta/{token}`: an organisation's page in the election:
/// nominations while they are open, then its single ballot.
enum BallotPage {
    enum State {
        case open, nominated, voted
    }

    struct Model {
        let stl: Secretariat
        let token: String
        let organization: String
        let hasVoted: Bool
        let count: ElectionCount
        let validated: [CallRegistration]
        let state: State
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(title: context.t("Boleta de \(model.organization)", "Ballot of \(model.organization)"), context: context, main: main)
        }

        private var election: Election { model.count.election }
        private var slug: String { model.stl.slug }

        private var main: Node<HTML.BodyContext> {
            .group(
                InstallationChrome.header(
                    context.t("Boleta de \(model.organization)", "Ballot of \(model.organization)"),
                    stl: model.stl, current: .election, context: context),
                .p(.text(election.title)),
                .if(
                    model.state == .nominated,
                    .p(
                        .class("notice"), .attribute(named: "role", value: "status"),
                        .text(context.t("Candidatura registrada.", "Nomination recorded.")))),
                .if(
                    model.state == .voted,
                    .p(
                        .class("notice"), .attribute(named: "role", value: "status"),
                        .text(
                            context.t(
                                "Voto registrado. Es definitivo: no puede cambiarse. Los resultados se publicarán al cierre.",
                                "Ballot recorded. It is final: it cannot be changed. The results will be published at the close.")))),
                body
            )
        }

        private var body: Node<HTML.BodyContext> {
            switch model.count.phase {
            case .postulacion:
                return nomination
            case .votacion:
                if model.hasVoted {
                    return .if(
                        model.state != .voted,
                        .p(
                            .class("notice"),
                            .text(
                                context.t(
                                    "Esta organización ya votó. Los resultados se publicarán al cierre.",
                                    "This organisation has already voted. The results will be published at the close."))))
                }
                if model.count.byAcclamation {
                    return .p(
                        .class("notice"),
                        .text(
                            context.t(
                                "No hay votación: las candidaturas no exceden los asientos y se integran por autoselección.",
                                "There is no vote: the candidates do not exceed the seats and join by self-selection.")))
                }
                return ballot
            case .porCerrar:
                return .p(
                    .class("muted"),
                    .text(
                        context.t(
                            "La votación terminó; los resultados se publicarán al cierre.",
                            "Voting has ended; the results will be published at the close.")))
            case .cerrada:
                return .p(
                    .a(
                        .href(SiteURL.installationResults(.value(slug)).path),
                        .text(context.t("La elección cerró: ver los resultados.", "The election is closed: see the results."))))
            }
        }

        private var candidates: Node<HTML.BodyContext> {
            .group(
                .h2(.text(context.t("Candidaturas", "Candidates"))),
                .if(model.count.candidates.isEmpty, .p(.class("muted"), .text(context.t("Sin candidaturas todavía.", "No candidates yet.")))),
                .ul(
                    .forEach(model.count.candidates) { candidate in
                        .li(.text("\(candidate.record.personName) — \(candidate.organization)"))
                    }))
        }

        private var nomination: Node<HTML.BodyContext> {
            .group(
                .p(
                    .text(
                        context.t(
                            "Periodo de postulación. La votación abre el \(MexicanFormat.dateTime(election.opensAt, language: context.language)). Cada organización puede postular hasta \(Plural.count(election.seats, "persona", "personas")) de cualquier organización validada.",
                            "Nomination period. Voting opens on \(MexicanFormat.dateTime(election.opensAt, language: context.language)). Each organisation may nominate up to \(Plural.count(election.seats, "person", "people", language: .en)) from any validated organisation."
                        ))),
                candidates,
                .form(
                    .class("stack"), .method(.post), .action(SiteURL.installationNomination(.value(slug), .value(model.token)).path),
                    CSRFField.node(context),
                    .h2(.text(context.t("Postular a una persona", "Nominate a person"))),
                    FormFields.text(context.t("Nombre de la persona", "Person's name"), name: "personName", required: true),
                    FormFields.select(
                        context.t("Organización a la que pertenece", "Organisation they belong to"), name: "registrationId",
                        options: model.validated.map { ($0.id!.uuidString, $0.organizationName) }, required: true),
                    InstallationForms.textarea(context.t("Semblanza o motivos (se publica)", "Profile or reasons (published)"), name: "statement"),
                    FormFields.submit(context.t("Postular", "Nominate"))))
        }

        private var ballot: Node<HTML.BodyContext> {
            let limit = election.method.maxChoices(seats: election.seats, candidates: model.count.candidates.count)
            return .form(
                .class("stack"), .method(.post), .action(SiteURL.installationBallot(.value(slug), .value(model.token)).path),
                CSRFField.node(context),
                .fieldset(
                    .element(
                        named: "legend",
                        nodes: [
                            .text(
                                election.method == .pluralidad
                                    ? context.t(
                                        "Marca hasta \(Plural.count(limit, "candidatura", "candidaturas"))",
                                        "Mark up to \(Plural.count(limit, "candidate", "candidates", language: .en))")
                                    : context.t("Marca todas las candidaturas que apruebes", "Mark every candidate you approve of"))
                        ]),
                    .forEach(model.count.candidates) { candidate in
                        let id = candidate.record.id!
                        return .div(
                            .class("check"),
                            .input(.type(.checkbox), .name("c-\(id.uuidString)"), .id("c-\(id.uuidString)"), .value("si")),
                            .label(.for("c-\(id.uuidString)"), .text("\(candidate.record.personName) — \(candidate.organization)")))
                    }),
                .p(
                    .class("hint"),
                    .text(
                        context.t(
                            "Sin marcas, el voto cuenta como en blanco. El voto es definitivo: no podrá cambiarse.",
                            "With no marks the ballot counts as blank. The ballot is final: it cannot be changed."))),
                FormFields.submit(context.t("Emitir el voto de \(model.organization)", "Cast the ballot of \(model.organization)")))
        }
    }
}
