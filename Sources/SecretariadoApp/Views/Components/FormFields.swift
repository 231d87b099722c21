import Plot
import SecretariadoCore

/// Labelled form controls: every input has a visible label tied to it by `for`/`id`.
enum FormFields {
    static func text(
        _ label: String, name: String, id: String? = nil, type: HTMLInputType = .text,
        value: String? = nil, required: Bool = false, hint: String? = nil, autocomplete: String? = nil
    ) -> Node<HTML.FormContext> {
        let fieldID = id ?? "f-\(name)"
        return .div(
            .label(.for(fieldID), .text(label + (required ? " *" : ""))),
            .selfClosedElement(named: "input", attributes: [
                .type(type), .name(name), .id(fieldID), .required(required),
                value.map { .value($0) } ?? .empty,
                autocomplete.map { .attribute(named: "autocomplete", value: $0) } ?? .empty,
                hint == nil ? .empty : .attribute(named: "aria-describedby", value: "\(fieldID)-hint"),
            ] as [Attribute<HTML.InputContext>]),
            .unwrap(hint) { hint in .p(.class("hint"), .id("\(fieldID)-hint"), .text(hint)) }
        )
    }

    static func textarea(_ label: String, name: String, id: String? = nil) -> Node<HTML.FormContext> {
        let fieldID = id ?? "f-\(name)"
        return .div(
            .label(.for(fieldID), .text(label)),
            .textarea(.name(name), .id(fieldID), .attribute(named: "rows", value: "3"))
        )
    }

    /// A select; `options` are (value, visible text).
    static func select(
        _ label: String, name: String, id: String? = nil, options: [(String, String)],
        selected: String? = nil, required: Bool = false
    ) -> Node<HTML.FormContext> {
        let fieldID = id ?? "f-\(name)"
        return .div(
            .label(.for(fieldID), .text(label + (required ? " *" : ""))),
            .select(
                .attribute(named: "name", value: name), .attribute(named: "id", value: fieldID),
                .if(required, .attribute(named: "required", value: "required")),
                .forEach(options) { value, text in
                    option(value: value, text: text, selected: value == selected)
                }
            )
        )
    }

    /// `<option>` with visible text (Plot's own uses the `label` attribute).
    private static func option(value: String, text: String, selected: Bool) -> Node<HTML.SelectContext> {
        .element(named: "option", nodes: [
            // An empty value must still be sent as "", not as the option's text.
            Node<HTML.OptionContext>.attribute(named: "value", value: value, ignoreIfValueIsEmpty: false),
            selected ? .attribute(named: "selected", value: "selected") : .empty,
            .text(text),
        ])
    }

    static func submit(_ title: String) -> Node<HTML.FormContext> {
        .div(.button(.type(.submit), .text(title)))
    }
}
