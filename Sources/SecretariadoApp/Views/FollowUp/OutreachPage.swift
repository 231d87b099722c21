import Foundation
import Plot
import SecretariadoCore

/// `/stl/{slug}/difusion`: the STL's permanent awareness and dissemination activities
/// (its function 3), and the form to record one.
enum OutreachPage {
    struct Model {
        let stl: Secretariat
        let activities: [OutreachActivity]
        let canEdit: Bool
        let saved: Bool
        /// Each activity's materials (files), in the order of `activities`.
        var materials: [AttachmentsSection.Model] = []
    }

    struct View {
        let model: Model
        let context: PageContext

        var html: HTML {
            let slug = model.stl.slug
            let attendees = model.activities.reduce(0) { $0 + $1.attendees }
            return Layout.page(
                title: context.t("Difusión", "Outreach") + " · \(model.stl.name)", context: context,
                main: .group(
                    FollowUpChrome.nav(slug, current: .outreach, context: context),
                    .h1(
                        .text(
                            context.t(
                                "Sensibilización y difusión — STL de \(model.stl.name)", "Awareness and dissemination — STL of \(model.stl.name)"))),
                    FollowUpChrome.saved(model.saved, context: context),
                    .p(
                        .text(
                            context.t(
                                "Acciones permanentes de sensibilización, promoción y difusión del gobierno abierto entre autoridades y sociedad civil organizada.",
                                "Permanent actions to raise awareness of, promote and disseminate open government among authorities and organised civil society."
                            ))),
                    FollowUpChrome.downloads(
                        [
                            ("CSV", APIURL.outreachCSV(.value(slug)).path),
                            ("JSON", APIURL.outreach(.value(slug)).path),
                        ], context: context),
                    .p(
                        .text(
                            context.t(
                                "\(MexicanFormat.integer(model.activities.count)) actividades con \(MexicanFormat.integer(attendees)) asistentes en total.",
                                "\(MexicanFormat.integer(model.activities.count)) activities with \(MexicanFormat.integer(attendees)) attendees in all."
                            ))),
                    model.activities.isEmpty
                        ? .p(.class("muted"), .text(context.t("Sin actividades registradas.", "No activities recorded.")))
                        : table,
                    AttachmentsList.node(
                        context.t("Materiales de difusión (archivos)", "Outreach materials (files)"), model.materials, context: context),
                    .if(model.canEdit, form)
                ))
        }

        private var table: Node<HTML.BodyContext> {
            .table(
                .thead(
                    .tr(
                        FollowUpChrome.th(context.t("Fecha", "Date")),
                        FollowUpChrome.th(context.t("Actividad", "Activity")),
                        FollowUpChrome.th(context.t("Tipo", "Type")),
                        FollowUpChrome.th(context.t("Público", "Audience")),
                        .th(.attribute(named: "scope", value: "col"), .class("num"), .text(context.t("Asistentes", "Attendees"))),
                        FollowUpChrome.th(context.t("Materiales", "Materials"))
                    )),
                .tbody(
                    .forEach(model.activities) { activity in
                        .tr(
                            .td(.text(FollowUpChrome.date(activity.heldOn, context))),
                            .td(.text(activity.title)),
                            .td(.text(context.t(activity.kind.label))),
                            .td(.text(activity.audience)),
                            .td(.class("num"), .text(MexicanFormat.integer(activity.attendees))),
                            .td(activity.materialLinks.isEmpty ? .text("—") : FollowUpChrome.links(activity.materialLinks))
                        )
                    })
            )
        }

        private var form: Node<HTML.BodyContext> {
            .section(
                .h2(.text(context.t("Registrar una actividad", "Record an activity"))),
                SessionForms.post(
                    SiteURL.outreach(.value(model.stl.slug)).path, context: context, button: context.t("Registrar actividad", "Record activity"),
                    FormFields.text(
                        context.t("Fecha", "Date"), name: "heldOn", type: .date, required: true, hint: context.t("AAAA-MM-DD", "YYYY-MM-DD")),
                    FormFields.select(
                        context.t("Tipo", "Type"), name: "kind", options: OutreachKind.allCases.map { ($0.rawValue, context.t($0.label)) },
                        required: true),
                    FormFields.text(context.t("Actividad", "Activity"), name: "title", required: true),
                    FormFields.text(
                        context.t("Público", "Audience"), name: "audience", required: true,
                        hint: context.t(
                            "Por ejemplo: servidores públicos municipales, OSC, estudiantes", "For example: municipal officials, CSOs, students")),
                    FormFields.text(context.t("Asistentes", "Attendees"), name: "attendees", type: .number, required: true),
                    SessionForms.textarea(
                        context.t("Materiales (enlaces, uno por línea)", "Materials (links, one per line)"), name: "materialLinks", value: nil,
                        rows: 2)
                )
            )
        }
    }
}
