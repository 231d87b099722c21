import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/acuerdos`: the agreements tracker. Every acuerdo with its owner, due date
/// and status today (overdue ones flagged), filters that work as a plain GET form, the
/// exports, and for the facilitator and representatives the form to enter one directly.
enum AgreementsPage {
    struct Model {
        let stl: Secretariat
        let rows: [AgreementRow]
        let total: Int
        let filter: AgreementFilter
        let owners: [String]
        let sectors: [SectorRecord]
        let sessions: [StlSession]
        let canEdit: Bool
        let saved: Bool
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            let slug = model.stl.slug
            let overdue = model.rows.filter(\.isOverdue).count
            return Layout.page(
                title: context.t("Acuerdos", "Agreements") + " · \(model.stl.name)", context: context,
                main: .group(
                    FollowUpChrome.nav(slug, current: .agreements, context: context),
                    .h1(.text(context.t("Acuerdos del STL de \(model.stl.name)", "Agreements of the STL of \(model.stl.name)"))),
                    FollowUpChrome.saved(model.saved, context: context),
                    .p(
                        .text(
                            context.t(
                                "Relación y seguimiento de los acuerdos (función 5 del facilitador). Un acuerdo abierto cuya fecha compromiso ya pasó se marca como vencido.",
                                "Record and follow-up of the agreements (facilitator function 5). An open agreement past its due date is flagged overdue."
                            ))),
                    FollowUpChrome.downloads(
                        [
                            ("CSV", APIURL.agreementsCSV(.value(slug)).path + model.filter.query),
                            ("JSON", APIURL.agreements(.value(slug)).path + model.filter.query),
                        ], context: context),
                    filters,
                    .p(
                        .attribute(named: "role", value: "status"),
                        .text(
                            context.t(
                                "Mostrando \(MexicanFormat.integer(model.rows.count)) de \(MexicanFormat.integer(model.total)) acuerdos",
                                "Showing \(MexicanFormat.integer(model.rows.count)) of \(MexicanFormat.integer(model.total)) agreements")),
                        .if(overdue > 0, .group(.text(" · "), .strong(.text(context.t("\(overdue) vencidos", "\(overdue) overdue")))))),
                    model.rows.isEmpty ? .p(.class("muted"), .text(context.t("Sin acuerdos que mostrar.", "No agreements to show."))) : table,
                    .if(model.canEdit, createForm)
                ))
        }

        private var filters: Node<HTML.BodyContext> {
            let f = model.filter
            return .form(
                .class("filters"), .method(.get), .action(SiteURL.agreements(.value(model.stl.slug)).path),
                .attribute(named: "aria-label", value: context.t("Filtrar acuerdos", "Filter agreements")),
                FormFields.select(
                    context.t("Estado", "Status"), name: "status", id: "filter-status",
                    options: [("", context.t("Todos", "All"))] + AgreementTimeline.order.map { ($0.rawValue, context.t($0.label)) },
                    selected: f.status?.rawValue ?? ""),
                FormFields.select(
                    context.t("Responsable", "Owner"), name: "owner", id: "filter-owner",
                    options: [("", context.t("Todos", "All"))] + model.owners.map { ($0, $0) }, selected: f.owner ?? ""),
                FormFields.select(
                    context.t("Sector", "Sector"), name: "sector", id: "filter-sector",
                    options: [("", context.t("Todos", "All"))] + model.sectors.map { ($0.code, context.language == .es ? $0.nameEs : $0.nameEn) },
                    selected: f.sector ?? ""),
                FormFields.select(
                    context.t("Sesión", "Session"), name: "session", id: "filter-session",
                    options: [("", context.t("Todas", "All"))] + model.sessions.map { ($0.id!.uuidString, sessionLabel($0)) },
                    selected: f.sessionID?.uuidString ?? ""),
                .div(
                    .button(.type(.submit), .class("secondary"), .text(context.t("Filtrar", "Filter"))),
                    .if(
                        !f.isEmpty,
                        .group(
                            .text(" "),
                            .a(.href(SiteURL.agreements(.value(model.stl.slug)).path), .text(context.t("Quitar filtros", "Clear filters"))))))
            )
        }

        private func sessionLabel(_ session: StlSession) -> String {
            session.title(context.language) + (session.startsAt.map { " (" + MexicanFormat.shortDate($0, language: context.language) + ")" } ?? "")
        }

        private var table: Node<HTML.BodyContext> {
            let slug = model.stl.slug
            return .table(
                .thead(
                    .tr(
                        FollowUpChrome.th(context.t("Clave", "Code")),
                        FollowUpChrome.th(context.t("Acuerdo", "Agreement")),
                        FollowUpChrome.th(context.t("Responsable", "Owner")),
                        FollowUpChrome.th(context.t("Fecha compromiso", "Due")),
                        FollowUpChrome.th(context.t("Estado", "Status")),
                        FollowUpChrome.th(context.t("Último seguimiento", "Latest follow-up"))
                    )),
                .tbody(
                    .forEach(model.rows) { row in
                        .tr(
                            .if(row.isOverdue, .class("overdue")),
                            .td(
                                .class("nowrap"),
                                .a(.href(SiteURL.agreement(.value(slug), .value(row.agreement.id!)).path), .text(row.agreement.code))),
                            .td(
                                .text(row.agreement.title),
                                .unwrap(row.session) { session in
                                    .p(
                                        .class("hint"),
                                        .a(.href(SiteURL.session(.value(slug), .value(session.id!)).path), .text(session.title(context.language))))
                                }),
                            .td(.text(SessionText.owner(row.agreement, context))),
                            .td(.text(FollowUpChrome.date(row.agreement.dueOn, context))),
                            .td(
                                FollowUpChrome.status(row.status, context: context),
                                .if(model.canEdit, statusForm(row))),
                            .td(
                                .unwrap(
                                    row.notes.first,
                                    { note in
                                        .group(.text(FollowUpChrome.date(note.notedOn, context) + ": "), .text(String(note.text.prefix(140))))
                                    }, else: .text("—")))
                        )
                    })
            )
        }

        private func statusForm(_ row: AgreementRow) -> Node<HTML.BodyContext> {
            let id = row.agreement.id!
            return SessionForms.post(
                SiteURL.agreementStatus(.value(model.stl.slug), .value(id)).path, context: context, classes: "inline",
                button: context.t("Actualizar", "Update"), secondary: true,
                FormFields.select(
                    context.t("Estado de \(row.agreement.code)", "Status of \(row.agreement.code)"), name: "status",
                    id: "status-\(id.uuidString)",
                    options: AgreementStatus.settable.map { ($0.rawValue, context.t($0.label)) },
                    selected: row.agreement.status.rawValue))
        }

        private var createForm: Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Registrar un acuerdo", "Enter an agreement"))),
                .p(
                    .class("hint"),
                    .text(
                        context.t(
                            "Para acuerdos tomados fuera de una votación registrada aquí. Los acuerdos de las mociones aprobadas se registran solos.",
                            "For agreements taken outside a vote recorded here. Agreements of adopted motions are recorded automatically."))),
                SessionForms.post(
                    SiteURL.agreements(.value(model.stl.slug)).path, context: context, button: context.t("Registrar acuerdo", "Enter agreement"),
                    FormFields.text(context.t("Acuerdo", "Agreement"), name: "title", required: true),
                    SessionForms.textarea(context.t("Descripción", "Description"), name: "description", value: nil, rows: 3),
                    FormFields.text(
                        context.t("Responsable (persona, área u organización)", "Owner (person, office or organisation)"), name: "owner",
                        required: true),
                    FormFields.select(
                        context.t("Sector responsable", "Owner sector"), name: "ownerSector",
                        options: [("", context.t("Ninguno en particular", "None in particular"))]
                            + model.sectors.map { ($0.code, context.language == .es ? $0.nameEs : $0.nameEn) }),
                    FormFields.text(
                        context.t("Fecha compromiso", "Due date"), name: "dueOn", type: .date, hint: context.t("AAAA-MM-DD", "YYYY-MM-DD"))
                )
            )
        }
    }
}
