import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/instalacion/resultados`: after the close, the full count: every candidate
/// with votes, rank and outcome, the totals, and every ballot (without who cast it).
enum ResultsPage {
    struct Model {
        let stl: Secretariat
        let count: ElectionCount
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(title: context.t("Resultados — \(model.stl.name)", "Results — \(model.stl.name)"), context: context, main: main)
        }

        private var main: Node<HTML.BodyContext> {
            let tally = model.count.tally
            let election = model.count.election
            return .group(
                InstallationChrome.header(
                    context.t("Resultados de la elección de la sociedad civil", "Results of the civil-society election"),
                    stl: model.stl, current: .election, context: context),
                .h2(.text(election.title)),
                .p(
                    .text(
                        context.t("Cerrada el ", "Closed on ")
                            + (election.closedAt.map { MexicanFormat.dateTime($0, language: context.language) } ?? "—"))),
                .p(.text(context.t(tally.explanation))),
                .dl(
                    .class("facts"),
                    .dt(.text(context.t("Organizaciones con credencial", "Organisations with a credential"))),
                    .dd(.text("\(model.count.credentials)")),
                    .dt(.text(context.t("Boletas emitidas", "Ballots cast"))), .dd(.text("\(tally.ballotsCast)")),
                    .dt(.text(context.t("Boletas en blanco", "Blank ballots"))), .dd(.text("\(tally.blankBallots)")),
                    .dt(.text(context.t("Método", "Method"))), .dd(.text(context.t(election.method.label)))
                ),
                .table(
                    .caption(.text(context.t("Conteo completo", "Full count"))),
                    .thead(
                        .tr(
                            .th(.attribute(named: "scope", value: "col"), .class("num"), .text(context.t("Lugar", "Rank"))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Candidatura", "Candidate"))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Organización", "Organisation"))),
                            .th(.attribute(named: "scope", value: "col"), .class("num"), .text(context.t("Votos", "Votes"))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Resultado", "Outcome")))
                        )),
                    .tbody(
                        .forEach(tally.rows) { row in
                            .tr(
                                .td(.class("num"), .text("\(row.rank)")),
                                .td(.text(row.candidate.name)),
                                .td(.text(model.count.candidate(row.candidate.id)?.organization ?? "")),
                                .td(.class("num"), .text("\(row.votes)")),
                                .td(
                                    .span(.class(row.outcome == .noElecta ? "badge pending" : "badge ok"), .text(context.t(row.outcome.label))),
                                    .if(
                                        row.decidedByLot,
                                        .span(.class("hint"), .text(context.t(" (empate resuelto por sorteo)", " (tie settled by draw)")))))
                            )
                        })
                ),
                .details(
                    .summary(.text(context.t("Boletas y claves de sorteo (para recontar)", "Ballots and draw keys (to recount)"))),
                    .ol(
                        .forEach(model.count.ballots) { ballot in
                            .li(
                                .text(
                                    ballot.choiceIDs.isEmpty
                                        ? context.t("En blanco", "Blank")
                                        : ballot.choiceIDs.compactMap { model.count.candidate($0)?.record.personName }.sorted().joined(
                                            separator: ", ")))
                        }),
                    .ul(.forEach(tally.rows) { row in .li(.text("\(row.candidate.name): \(row.candidate.lotKey)")) })
                )
            )
        }
    }
}
