import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/instalacion/grupo-promotor`: who drives the installation and their
/// calendar of activities (the «ruta de trabajo» of step 1).
enum PromoterPage {
    struct Model {
        let stl: Secretariat
        let members: [PromoterMember]
        let activities: [WorkRouteActivity]
        let canManage: Bool
        let showContact: Bool
        let saved: Bool

        var editable: Bool { canManage && stl.status == .enFormacion }
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(title: context.t("Grupo Promotor de \(model.stl.name)", "Promoter Group of \(model.stl.name)"), context: context, main: main)
        }

        private var slug: String { model.stl.slug }

        private var main: Node<HTML.BodyContext> {
            .group(
                InstallationChrome.header(
                    context.t("Grupo Promotor y ruta de trabajo", "Promoter Group and work route"),
                    stl: model.stl, current: .promoters, context: context),
                InstallationChrome.saved(model.saved, context: context),
                .p(.class("muted"), .text(context.t(InstallationStep.rutaDeTrabajo.description))),
                members,
                .if(model.editable, memberForm),
                route,
                .if(model.editable, routeForm)
            )
        }

        private var members: Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Integrantes del Grupo Promotor", "Members of the Promoter Group"))),
                .if(model.members.isEmpty, .p(.class("muted"), .text(context.t("Sin integrantes registrados.", "No members recorded.")))),
                .if(
                    !model.members.isEmpty,
                    .table(
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Sector", "Sector"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Integrante", "Member"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Organización y cargo", "Organisation and position"))),
                                .if(
                                    model.showContact,
                                    .th(.attribute(named: "scope", value: "col"), .text(context.t("Contacto (privado)", "Contact (private)")))),
                                .if(model.editable, .th(.attribute(named: "scope", value: "col"), .text(context.t("Acción", "Action"))))
                            )),
                        .tbody(
                            .forEach(model.members) { member in
                                .tr(
                                    .td(.text(context.t(Sector.displayName(of: SectorCode(member.sector))))),
                                    .td(.text(member.name)),
                                    .td(.text([member.organization, member.position].compactMap { $0 }.joined(separator: " — "))),
                                    .if(
                                        model.showContact,
                                        .td(.text([member.contactEmail, member.contactPhone].compactMap { $0 }.joined(separator: " · ")))),
                                    .if(
                                        model.editable,
                                        .td(
                                            .a(
                                                .href(SiteURL.installationPromoterRemove(.value(slug), .value(member.id!)).path),
                                                .text(context.t("Quitar…", "Remove…")))))
                                )
                            })
                    ))
            )
        }

        private var memberForm: Node<HTML.BodyContext> {
            .form(
                .class("stack"), .method(.post), .action(SiteURL.installationPromoters(.value(slug)).path),
                CSRFField.node(context),
                .h3(.text(context.t("Agregar integrante", "Add a member"))),
                FormFields.text(
                    context.t("Nombre de la persona (o de la institución)", "Person's name (or the body's)"), name: "name", id: "gp-name",
                    required: true),
                FormFields.text(context.t("Organización o institución", "Organisation or body"), name: "organization", id: "gp-organization"),
                FormFields.select(
                    context.t("Sector", "Sector"), name: "sector", id: "gp-sector",
                    options: Sector.guideSectors.map { ($0.code.rawValue, context.t($0.name)) }, required: true),
                FormFields.text(context.t("Cargo", "Position"), name: "position", id: "gp-position"),
                FormFields.text(
                    context.t("Correo (privado)", "E-mail (private)"), name: "contactEmail", id: "gp-email", type: .email,
                    hint: context.t("Nunca se publica.", "Never published.")),
                FormFields.text(context.t("Teléfono (privado)", "Telephone (private)"), name: "contactPhone", id: "gp-phone"),
                FormFields.submit(context.t("Agregar al Grupo Promotor", "Add to the Promoter Group")))
        }

        private var route: Node<HTML.BodyContext> {
            .section(
                .id("ruta"),
                .h2(.text(context.t("Ruta de trabajo (calendario de actividades)", "Work route (calendar of activities)"))),
                .if(model.activities.isEmpty, .p(.class("muted"), .text(context.t("Sin actividades calendarizadas.", "No activities scheduled.")))),
                .if(
                    !model.activities.isEmpty,
                    .table(
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Fechas", "Dates"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Actividad", "Activity"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Paso", "Step"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Responsables", "Responsible"))),
                                .if(model.editable, .th(.attribute(named: "scope", value: "col"), .text(context.t("Acción", "Action"))))
                            )),
                        .tbody(
                            .forEach(model.activities) { activity in
                                .tr(
                                    .td(
                                        .text(
                                            InstallationChrome.date(activity.startsOn, context: context)
                                                + (activity.endsOn.map { " – " + InstallationChrome.date($0, context: context) } ?? ""))),
                                    .td(.text(activity.title), .unwrap(activity.notes) { .p(.class("hint"), .text($0)) }),
                                    .td(stepLink(activity.stepNumber)),
                                    .td(.text(activity.responsible ?? "")),
                                    .if(
                                        model.editable,
                                        .td(
                                            .a(
                                                .href(SiteURL.installationRouteRemove(.value(slug), .value(activity.id!)).path),
                                                .text(context.t("Quitar…", "Remove…")))))
                                )
                            })
                    ))
            )
        }

        private func stepLink(_ number: Int?) -> Node<HTML.BodyContext> {
            guard let step = number.flatMap(InstallationStep.step) else { return .empty }
            let href = SiteURL.installationStep(.value(slug), .value(step.number)).path
            return .a(.href(href), .text("\(step.number). " + context.t(step.title)))
        }

        private var routeForm: Node<HTML.BodyContext> {
            .form(
                .class("stack"), .method(.post), .action(SiteURL.installationRoute(.value(slug)).path),
                CSRFField.node(context),
                .h3(.text(context.t("Calendarizar actividad", "Schedule an activity"))),
                FormFields.text(context.t("Actividad", "Activity"), name: "title", id: "act-title", required: true),
                FormFields.text(context.t("Inicio", "Starts"), name: "startsOn", id: "act-startsOn", type: .date, required: true),
                FormFields.text(context.t("Término", "Ends"), name: "endsOn", id: "act-endsOn", type: .date),
                FormFields.select(
                    context.t("Paso al que contribuye", "Step it prepares"), name: "stepNumber", id: "act-step",
                    options: [("", "—")] + InstallationStep.all.map { ("\($0.number)", "\($0.number). \(context.t($0.title))") }),
                FormFields.text(context.t("Responsables", "Responsible"), name: "responsible", id: "act-responsible"),
                FormFields.text(context.t("Notas", "Notes"), name: "notes", id: "act-notes"),
                FormFields.submit(context.t("Agregar a la ruta de trabajo", "Add to the work route")))
        }
    }
}
