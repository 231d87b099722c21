import Plot
import SecretariadoCore

/// Labelled form controls: every input has a visible label tied to it by `for`/`id`.
///
/// Each control is built at render time: when the page is being rendered again after a
/// failed submission (`FormRender.current`), it shows what the person sent instead of the
/// stored value, and its error message beside it, tied by `aria-describedby`. Passwords
/// are never echoed back.
enum FormFields {
    static func text(
        _ label: String, name: String, id: String? = nil, type: HTMLInputType = .text,
        value: String? = nil, required: Bool = false, hint: String? = nil, autocomplete: String? = nil
    ) -> Node<HTML.FormContext> {
        let fieldID = id ?? "f-\(name)"
        return .atRender {
            let render = FormRender.current
            let error = render?.field(name, label: label, id: fieldID)
            let shown = type == .password ? nil : (render?.kept(name).map { $0.first ?? "" } ?? value)
            return .div(
                .class(error == nil ? "field" : "field field-with-error"),
                .label(.for(fieldID), .text(label + (required ? " *" : ""))),
                hintNode(hint, fieldID),
                errorNode(error, fieldID),
                .selfClosedElement(
                    named: "input",
                    attributes: [
                        .type(type), .name(name), .id(fieldID), .required(required),
                        shown.map { .value($0) } ?? .empty,
                        autocomplete.map { .attribute(named: "autocomplete", value: $0) } ?? .empty,
                        describedBy(hint, error, fieldID).map { .attribute(named: "aria-describedby", value: $0) } ?? .empty,
                        error == nil ? .empty : .attribute(named: "aria-invalid", value: "true"),
                    ] as [Attribute<HTML.InputContext>])
            )
        }
    }

    static func textarea(
        _ label: String, name: String, id: String? = nil, value: String? = nil, rows: Int = 3,
        required: Bool = false, hint: String? = nil
    ) -> Node<HTML.FormContext> {
        let fieldID = id ?? "f-\(name)"
        return .atRender {
            let render = FormRender.current
            let error = render?.field(name, label: label, id: fieldID)
            let shown = render?.kept(name).map { $0.first ?? "" } ?? value
            return .div(
                .class(error == nil ? "field" : "field field-with-error"),
                .label(.for(fieldID), .text(label + (required ? " *" : ""))),
                hintNode(hint, fieldID),
                errorNode(error, fieldID),
                .element(
                    named: "textarea",
                    nodes: [
                        .attribute(named: "name", value: name), .attribute(named: "id", value: fieldID),
                        .attribute(named: "rows", value: "\(rows)"),
                        required ? .attribute(named: "required", value: "required") : .empty,
                        describedBy(hint, error, fieldID).map { .attribute(named: "aria-describedby", value: $0) } ?? .empty,
                        error == nil ? .empty : .attribute(named: "aria-invalid", value: "true"),
                        // A textarea drops one leading newline; keep the text's own.
                        .text((shown ?? "").hasPrefix("\n") ? "\n" + (shown ?? "") : (shown ?? "")),
                    ])
            )
        }
    }

    /// A checkbox sending `value`; after a failed submission it is ticked as it was sent.
    static func checkbox(
        _ label: String, name: String, id: String? = nil, value: String = "on", checked: Bool = false,
        required: Bool = false, hint: String? = nil, classes: String = "check"
    ) -> Node<HTML.FormContext> {
        let fieldID = id ?? "f-\(name)"
        return .atRender {
            let render = FormRender.current
            let error = render?.field(name, label: label, id: fieldID)
            let isChecked = render?.kept(name).map { $0.contains(value) } ?? checked
            return .div(
                .class(error == nil ? classes : classes + " field-with-error"),
                errorNode(error, fieldID),
                .selfClosedElement(
                    named: "input",
                    attributes: [
                        .type(.checkbox), .name(name), .id(fieldID), .value(value),
                        isChecked ? .attribute(named: "checked", value: "checked") : .empty,
                        required ? .attribute(named: "required", value: "required") : .empty,
                        describedBy(hint, error, fieldID).map { .attribute(named: "aria-describedby", value: $0) } ?? .empty,
                        error == nil ? .empty : .attribute(named: "aria-invalid", value: "true"),
                    ] as [Attribute<HTML.InputContext>]),
                .label(.for(fieldID), .text(label)),
                hintNode(hint, fieldID)
            )
        }
    }

    /// A select; `options` are (value, visible text).
    static func select(
        _ label: String, name: String, id: String? = nil, options: [(String, String)],
        selected: String? = nil, required: Bool = false, hint: String? = nil
    ) -> Node<HTML.FormContext> {
        let fieldID = id ?? "f-\(name)"
        return .atRender {
            let render = FormRender.current
            let error = render?.field(name, label: label, id: fieldID)
            let chosen = render?.kept(name).map { $0.first } ?? selected
            return .div(
                .class(error == nil ? "field" : "field field-with-error"),
                .label(.for(fieldID), .text(label + (required ? " *" : ""))),
                hintNode(hint, fieldID),
                errorNode(error, fieldID),
                .select(
                    .attribute(named: "name", value: name), .attribute(named: "id", value: fieldID),
                    .if(required, .attribute(named: "required", value: "required")),
                    describedBy(hint, error, fieldID).map { .attribute(named: "aria-describedby", value: $0) } ?? .empty,
                    error == nil ? .empty : .attribute(named: "aria-invalid", value: "true"),
                    .forEach(options) { value, text in
                        option(value: value, text: text, selected: value == chosen)
                    }
                )
            )
        }
    }

    /// `<option>` with visible text (Plot's own uses the `label` attribute).
    private static func option(value: String, text: String, selected: Bool) -> Node<HTML.SelectContext> {
        .element(
            named: "option",
            nodes: [
                // An empty value must still be sent as "", not as the option's text.
                Node<HTML.OptionContext>.attribute(named: "value", value: value, ignoreIfValueIsEmpty: false),
                selected ? .attribute(named: "selected", value: "selected") : .empty,
                .text(text),
            ])
    }

    static func submit(_ title: String) -> Node<HTML.FormContext> {
        .div(.button(.type(.submit), .text(title)))
    }

    /// Any other control's error, for forms whose controls are drawn by hand (radio groups):
    /// the message to put beside them, with the group's label learned for the summary.
    static func error(for name: String, label: String, id: String) -> Node<HTML.FormContext> {
        .atRender { errorNode(FormRender.current?.field(name, label: label, id: id), id) }
    }

    private static func hintNode(_ hint: String?, _ fieldID: String) -> Node<HTML.FormContext> {
        .unwrap(hint) { hint in .p(.class("hint"), .id("\(fieldID)-hint"), .text(hint)) }
    }

    private static func errorNode(_ error: String?, _ fieldID: String) -> Node<HTML.FormContext> {
        .unwrap(error) { message in
            .p(.class("field-error"), .id("\(fieldID)-error"), .text(message))
        }
    }

    private static func describedBy(_ hint: String?, _ error: String?, _ fieldID: String) -> String? {
        let ids = [hint == nil ? nil : "\(fieldID)-hint", error == nil ? nil : "\(fieldID)-error"].compactMap { $0 }
        return ids.isEmpty ? nil : ids.joined(separator: " ")
    }
}
