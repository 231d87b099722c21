import Plot
import SecretariadoCore

/// Form controls the shared `FormFields` lacks: a textarea with content, a checkbox, a
/// labelled select with a chosen value. Every control keeps a visible label.
enum SessionForms {
    static func textarea(_ label: String, name: String, id: String? = nil, value: String?, rows: Int = 4, hint: String? = nil) -> Node<
        HTML.FormContext
    > {
        FormFields.textarea(label, name: name, id: id, value: value, rows: rows, hint: hint)
    }

    static func checkbox(_ label: String, name: String, id: String? = nil, hint: String? = nil) -> Node<HTML.FormContext> {
        FormFields.checkbox(label, name: name, id: id, value: "true", hint: hint)
    }

    /// A form that posts to `action` with the CSRF field, and one submit button.
    static func post(
        _ action: String, context: PageContext, classes: String = "stack", button: String, secondary: Bool = false,
        _ fields: Node<HTML.FormContext>...
    ) -> Node<HTML.BodyContext> {
        .form(
            .class(classes), .method(.post), .action(action),
            CSRFField.node(context),
            .group(fields),
            .div(.button(.type(.submit), secondary ? .class("secondary") : .class("primary"), .text(button)))
        )
    }
}

/// Dates and times on session pages, always on Mexico City's clock.
enum SessionText {
    static func when(_ session: StlSession, _ context: PageContext) -> String {
        guard let start = session.startsAt else { return context.t("Fecha por definir", "Date to be set") }
        var text = MexicanFormat.dateTime(start, language: context.language, includeWeekday: true)
        if let end = session.endsAt {
            text += " – " + MexicanFormat.time(end, language: context.language)
        }
        return text
    }

    static func statusBadge<Context: HTML.BodyContext>(_ status: SessionStatus, _ context: PageContext) -> Node<Context> {
        let tone: String
        switch status {
        case .concluida: tone = "ok"
        case .cancelada: tone = "bad"
        case .solicitada, .convocada: tone = "warn"
        }
        return .span(.class("badge \(tone)"), .text(context.t(status.label)))
    }

    static func outcomeBadge<Context: HTML.BodyContext>(_ result: Outcome.Result?, _ context: PageContext) -> Node<Context> {
        guard let result else { return .span(.class("badge warn"), .text(context.t("Votación abierta", "Voting open"))) }
        return .span(.class(result == .adopted ? "badge ok" : "badge bad"), .text(context.t(result.label)))
    }

    static func sector(_ code: String, _ context: PageContext) -> String {
        context.t(Sector.displayName(of: SectorCode(code)))
    }

    /// "Secretaría de Hacienda (Gobierno)"; the sector only when the owner does not name it.
    static func owner(_ agreement: Agreement, _ context: PageContext) -> String {
        guard let code = agreement.ownerSector else { return agreement.owner }
        let sector = sector(code, context)
        return agreement.owner.localizedCaseInsensitiveCompare(sector) == .orderedSame ? agreement.owner : "\(agreement.owner) (\(sector))"
    }

    /// "Gobierno 1".
    static func seat(_ seat: Seat, _ context: PageContext) -> String {
        "\(sector(seat.sector, context)) \(seat.number)"
    }
}
