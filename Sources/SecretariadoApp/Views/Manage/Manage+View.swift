import Plot
import SecretariadoCore

extension ManagePage {
    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            Layout.page(
                title: context.t("Gestionar \(model.detail.secretariat.name)", "Manage \(model.detail.secretariat.name)"), context: context,
                main: main)
        }

        private var main: Node<HTML.BodyContext> {
            .group(
                StlMenu.nav(model.slug, id: model.detail.secretariat.id, current: nil, context: context),
                .h1(.text(context.t("Gestionar integrantes: \(model.detail.secretariat.name)", "Manage members: \(model.detail.secretariat.name)"))),
                .p(.a(.href(SiteURL.secretariat(.value(model.slug)).path), .text(context.t("Ver la página pública", "See the public page")))),
                .if(
                    model.saved,
                    .p(.class("notice"), .attribute(named: "role", value: "status"), .text(context.t("Cambios guardados.", "Changes saved.")))),
                .if(
                    !model.canEdit,
                    .p(
                        .class("muted"),
                        .text(
                            context.t(
                                "Consulta de solo lectura: los datos de contacto quedan con quienes editan este secretariado.",
                                "Read-only view: contact data stays with those who edit this secretariat.")))),
                termWarnings,
                .if(
                    !model.facilitatorWarnings.isEmpty,
                    .section(
                        .h2(.text(context.t("Independencia de la facilitación", "Facilitator's independence"))),
                        .ul(.forEach(model.facilitatorWarnings) { .li(.class("warning"), .text(context.t($0))) })
                    )),
                currentMembers,
                .if(model.canEdit, forms)
            )
        }

        private var termWarnings: Node<HTML.BodyContext> {
            .if(
                !model.termWarnings.isEmpty,
                .section(
                    .class("term-warnings"),
                    .h2(.text(context.t("Periodos por terminar", "Terms ending"))),
                    .ul(
                        .forEach(model.termWarnings) { warning in
                            .li(.class(warning.hasEnded ? "warning overdue" : "warning"), .text(context.t(warning.message)))
                        })
                ))
        }

        private var forms: Node<HTML.BodyContext> {
            .group(
                .h2(.text(context.t("Designar titular o suplente", "Appoint a full member or alternate"))),
                appointForm,
                .h2(.text(context.t("Facilitación", "Facilitator"))),
                facilitatorForm,
                .h2(.text(context.t("Registrar organización", "Register an organisation"))),
                organizationForm,
                .h2(.text(context.t("Agregar asiento", "Add a seat"))),
                seatForm,
                .h2(.text(context.t("Agregar sector u observadores", "Add a sector or observers"))),
                sectorForm
            )
        }

        private var currentMembers: Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Integrantes actuales", "Current members"))),
                .table(
                    .thead(
                        .tr(
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Asiento", "Seat"))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Calidad", "Role"))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("Integrante", "Member"))),
                            .if(
                                model.showContacts,
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("Contacto (privado)", "Contact (private)")))),
                            .if(model.canEdit, .th(.attribute(named: "scope", value: "col"), .text(context.t("Acción", "Action"))))
                        )),
                    .tbody(
                        .forEach(model.currentTerms) { holders, term in
                            .tr(
                                .td(.text("\(context.t(Sector.displayName(of: holders.sector))) \(holders.seat.number)")),
                                .td(.text(context.t(term.role.label))),
                                .td(.text(HolderText.describe(term, context: context))),
                                .if(
                                    model.showContacts,
                                    .td(.text([term.person?.email, term.person?.phone].compactMap { $0 }.joined(separator: " · ")))),
                                .if(
                                    model.canEdit,
                                    .td(
                                        .a(
                                            .href(SiteURL.manageEndTerm(.value(model.slug), .value(term.id!)).path),
                                            .text(context.t("Terminar periodo…", "End term…")))))
                            )
                        })
                )
            )
        }

        private var appointForm: Node<HTML.BodyContext> {
            .form(
                .class("stack"), .method(.post), .action(SiteURL.manageMembers(.value(model.slug)).path),
                CSRFField.node(context),
                FormFields.select(context.t("Asiento", "Seat"), name: "seatId", options: model.seatOptions(context.language), required: true),
                FormFields.select(
                    context.t("Calidad", "Role"), name: "role", options: HolderRole.allCases.map { ($0.rawValue, context.t($0.label)) },
                    required: true),
                FormFields.text(context.t("Nombre de la persona", "Person's name"), name: "personName"),
                FormFields.text(
                    context.t("Correo (privado)", "E-mail (private)"), name: "personEmail", type: .email,
                    hint: context.t("Nunca se publica.", "Never published.")),
                FormFields.text(context.t("Teléfono (privado)", "Telephone (private)"), name: "personPhone"),
                FormFields.select(
                    context.t("Organización que representa", "Organisation represented"), name: "organizationId", options: model.organizationOptions),
                FormFields.text(context.t("Cargo", "Office"), name: "office"),
                FormFields.text(
                    context.t("Inicio del periodo", "Term starts"), name: "startsOn", type: .date,
                    hint: context.t(
                        "Si el asiento ya tiene titular (o suplente), su periodo termina este día.",
                        "If the seat already has a full member (or alternate), their term ends on this day.")),
                FormFields.text(context.t("Nota", "Note"), name: "note"),
                .fieldset(
                    .element(named: "legend", text: context.t("Solo asientos de sociedad civil", "Civil-society seats only")),
                    .p(.class("notice"), .text(context.t(Appointment.warning))),
                    FormFields.select(
                        context.t("Referencia de la designación", "Reference of the appointment"), name: "appointmentReference",
                        options: [("", "—")] + Appointment.Reference.allCases.map { ($0.rawValue, context.t($0.label)) }),
                    FormFields.text(context.t("Motivo de la designación directa", "Reason for the direct appointment"), name: "appointmentReason"),
                    FormFields.checkbox(
                        context.t(
                            "Confirmo que es una designación directa, fuera de la elección de las organizaciones, y que se publicará como tal",
                            "I confirm this is a direct appointment, outside the organisations' election, and that it will be published as such"),
                        name: "confirmDirectAppointment")
                ),
                FormFields.submit(context.t("Designar", "Appoint"))
            )
        }

        private var facilitatorForm: Node<HTML.BodyContext> {
            .form(
                .class("stack"), .method(.post), .action(SiteURL.manageFacilitator(.value(model.slug)).path),
                CSRFField.node(context),
                .p(
                    .class("hint"),
                    .text(
                        context.t(
                            "Deja el nombre vacío para declarar la facilitación vacante. La persona facilitadora tiene voz pero no voto y debe ser distinta de los actores representados.",
                            "Leave the name empty to declare the post vacant. The facilitator has voice but no vote and should be distinct from the represented actors."
                        ))),
                FormFields.text(context.t("Nombre", "Name"), name: "personName", id: "fac-personName"),
                FormFields.text(context.t("Correo (privado)", "E-mail (private)"), name: "personEmail", id: "fac-personEmail", type: .email),
                FormFields.text(
                    context.t("Procedencia", "Origin"), name: "origin", id: "fac-origin",
                    hint: context.t("Por ejemplo: Academia – UABC", "For example: Academia – UABC")),
                FormFields.select(
                    context.t("Tipo de procedencia", "Kind of origin"), name: "originKind", id: "fac-originKind",
                    options: [("", "—")] + OrganizationKind.allCases.map { ($0.rawValue, context.t($0.label)) }),
                FormFields.text(context.t("Inicio", "Starts"), name: "startsOn", id: "fac-startsOn", type: .date),
                FormFields.text(context.t("Nota", "Note"), name: "note", id: "fac-note"),
                FormFields.checkbox(
                    context.t(
                        "He revisado las advertencias de independencia (si las hay) y confirmo el nombramiento",
                        "I have reviewed the independence warnings (if any) and confirm the appointment"),
                    name: "confirmIndependence", id: "fac-confirmIndependence",
                    hint: context.t(
                        "Si la persona proviene del gobierno, del organismo garante o de una organización del STL, o si ocupa un asiento, verás las advertencias antes de guardar.",
                        "If the person comes from government, the guarantor body or an organisation of the STL, or holds a seat, you will see the warnings before saving."
                    )),
                FormFields.submit(context.t("Guardar facilitación", "Save facilitator"))
            )
        }

        private var organizationForm: Node<HTML.BodyContext> {
            .form(
                .class("stack"), .method(.post), .action(SiteURL.manageOrganizations(.value(model.slug)).path),
                CSRFField.node(context),
                FormFields.text(context.t("Nombre", "Name"), name: "name", id: "org-name", required: true),
                FormFields.select(
                    context.t("Tipo", "Kind"), name: "kind", id: "org-kind",
                    options: OrganizationKind.allCases.map { ($0.rawValue, context.t($0.label)) }, required: true),
                FormFields.text(context.t("Sitio web", "Website"), name: "website", type: .url),
                FormFields.text(context.t("Correo de contacto (privado)", "Contact e-mail (private)"), name: "contactEmail", type: .email),
                FormFields.submit(context.t("Registrar", "Register"))
            )
        }

        /// Forums like Peru's (Tabla 1) have other sectors and non-voting observers.
        private var sectorForm: Node<HTML.BodyContext> {
            .form(
                .class("stack"), .method(.post), .action(SiteURL.manageSectors(.value(model.slug)).path),
                CSRFField.node(context),
                .p(
                    .class("hint"),
                    .text(
                        context.t(
                            "Para foros con otros sectores (p. ej. cámaras empresariales) u observadores sin voto. Después agrega sus asientos.",
                            "For forums with other sectors (e.g. chambers of commerce) or non-voting observers. Then add their seats."))),
                FormFields.text(context.t("Nombre", "Name"), name: "name", id: "sector-name", required: true),
                FormFields.text(context.t("Nombre en inglés", "English name"), name: "nameEn", id: "sector-name-en"),
                FormFields.select(
                    context.t("¿Vota?", "Does it vote?"), name: "voting", id: "sector-voting",
                    options: [
                        ("si", context.t("Sí, es un sector con voto", "Yes, a voting sector")),
                        ("no", context.t("No, observadores con voz sin voto", "No, observers with voice but no vote")),
                    ]),
                FormFields.submit(context.t("Agregar sector", "Add sector"))
            )
        }

        private var seatForm: Node<HTML.BodyContext> {
            .form(
                .class("stack"), .method(.post), .action(SiteURL.manageSeats(.value(model.slug)).path),
                CSRFField.node(context),
                FormFields.select(
                    context.t("Sector", "Sector"), name: "sector", id: "seat-sector",
                    options: model.detail.sectors.map { ($0.code.rawValue, context.t($0.name)) }, required: true),
                FormFields.submit(context.t("Agregar asiento", "Add seat"))
            )
        }
    }
}
