import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/instalacion/convocatoria`: the open call as published, who registered and
/// the decision on each (public fields only); the guarantor's form to publish it.
enum CallPage {
    struct Model {
        let stl: Secretariat
        let call: OpenCall?
        let registrations: [CallRegistration]
        let canManage: Bool
        let saved: Bool

        var editable: Bool { canManage && stl.status == .enFormacion }
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(title: context.t("Convocatoria de \(model.stl.name)", "Open call of \(model.stl.name)"), context: context, main: main)
        }

        private var slug: String { model.stl.slug }

        private var main: Node<HTML.BodyContext> {
            .group(
                InstallationChrome.header(
                    context.t("Convocatoria abierta a actores sociales", "Open call to social actors"),
                    stl: model.stl, current: .call, context: context),
                InstallationChrome.saved(model.saved, context: context),
                callText,
                registrations,
                .if(model.editable, manage)
            )
        }

        private var callText: Node<HTML.BodyContext> {
            guard let call = model.call else {
                return .p(
                    .class("muted"),
                    .text(context.t("Este secretariado todavía no publica su convocatoria.", "This secretariat has not published its call yet.")))
            }
            let open = call.acceptsRegistrations(at: Date())
            return .section(
                .h2(.text(call.title)),
                .p(
                    .span(
                        .class(open ? "badge ok" : "badge warn"),
                        .text(
                            open
                                ? context.t("Abierta a registros", "Open for registrations")
                                : context.t("Sin registros abiertos", "Not open for registrations"))),
                    .text(
                        " "
                            + context.t(
                                "Del \(InstallationChrome.date(call.opensOn, context: context)) al \(InstallationChrome.date(call.closesOn, context: context))",
                                "From \(InstallationChrome.date(call.opensOn, context: context)) to \(InstallationChrome.date(call.closesOn, context: context))"
                            ))),
                .forEach(call.body.components(separatedBy: "\n\n")) { paragraph in .p(.text(paragraph)) },
                .if(
                    open,
                    .p(
                        .a(
                            .class("button"), .href(SiteURL.installationRegister(.value(slug)).path),
                            .text(context.t("Registrar a mi organización", "Register my organisation")))))
            )
        }

        private var registrations: Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Organizaciones registradas", "Registered organisations"))),
                .p(
                    .class("hint"),
                    .text(
                        context.t(
                            "El organismo garante y el Grupo Promotor validan cada registro y publican el motivo de su decisión. Los datos de contacto nunca se publican.",
                            "The guarantor body and the Promoter Group validate each registration and publish the reason for their decision. Contact data are never published."
                        ))),
                .if(model.registrations.isEmpty, .p(.class("muted"), .text(context.t("Sin registros todavía.", "No registrations yet.")))),
                .if(
                    !model.registrations.isEmpty,
                    .table(
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Organización", "Organisation"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Agenda", "Agenda"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Trayectoria", "Track record"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Decisión", "Decision")))
                            )),
                        .tbody(
                            .forEach(model.registrations) { registration in
                                .tr(
                                    .td(
                                        .text(registration.organizationName),
                                        .span(.class("muted"), .text(" (\(context.t(registration.kind.label)))"))),
                                    .td(.text("\(context.t(registration.agendaKind.label)): \(registration.agenda)")),
                                    .td(
                                        .forEach(Array(registration.links.enumerated())) { index, link in
                                            .group(
                                                .if(index > 0, .text(" · ")),
                                                InstallationChrome.link(link, text: context.t("enlace \(index + 1)", "link \(index + 1)")))
                                        }),
                                    .td(RegistrationBadge.node(registration, context: context))
                                )
                            })
                    ))
            )
        }

        private var manage: Node<HTML.BodyContext> {
            let call = model.call
            return .section(
                .h2(.text(context.t("Publicar o corregir la convocatoria", "Publish or correct the call"))),
                .p(
                    .a(
                        .href(SiteURL.installationRegistrations(.value(slug)).path),
                        .text(context.t("Validar registros (con datos de contacto)", "Validate registrations (with contact data)")))),
                .form(
                    .class("stack"), .method(.post), .action(SiteURL.installationCall(.value(slug)).path),
                    CSRFField.node(context),
                    FormFields.text(
                        context.t("Título", "Title"), name: "title",
                        value: call?.title ?? "Convocatoria abierta para integrar el Secretariado Técnico Local de \(model.stl.name)", required: true),
                    InstallationForms.textarea(
                        context.t("Texto de la convocatoria", "Text of the call"), name: "body",
                        value: call?.body ?? CallPage.defaultBody(model.stl.name), required: true, rows: 8),
                    FormFields.text(
                        context.t("Abre", "Opens"), name: "opensOn", type: .date, value: CalendarDate.format(call?.opensOn ?? CalendarDate.today()),
                        required: true),
                    FormFields.text(
                        context.t("Cierra", "Closes"), name: "closesOn", type: .date, value: call.map { CalendarDate.format($0.closesOn) },
                        required: true),
                    FormFields.submit(
                        call == nil ? context.t("Publicar convocatoria", "Publish the call") : context.t("Guardar cambios", "Save changes"))),
                .if(
                    call != nil && call?.closedAt == nil,
                    .p(
                        InstallationForms.button(
                            context.t("Cerrar los registros ahora", "Close registrations now"),
                            action: SiteURL.installationCallClose(.value(slug)).path, context: context, secondary: true)))
            )
        }
    }

    static func defaultBody(_ name: String) -> String {
        """
        El Grupo Promotor del ejercicio local de gobierno abierto de \(name), por conducto del organismo garante, convoca a las organizaciones de la sociedad civil, colectivos, instituciones académicas y demás actores sociales con liderazgo, vinculación y capacidad de incidencia a registrarse para participar en la integración del Secretariado Técnico Local.

        Las organizaciones validadas postularán y elegirán entre ellas, sin intervención gubernamental, a la representación de la sociedad civil en el Secretariado.
        """
    }
}

/// A registration's decision as a badge, with the reason beside it.
enum RegistrationBadge {
    static func node(_ registration: CallRegistration, context: PageContext) -> Node<HTML.BodyContext> {
        let kind =
            switch registration.status {
            case .validada: "ok"
            case .rechazada: "bad"
            case .pendiente: "pending"
            }
        return .group(
            .span(.class("badge \(kind)"), .text(context.t(registration.status.label))),
            .unwrap(registration.decisionReason) { reason in .p(.class("hint"), .text(reason)) })
    }
}
