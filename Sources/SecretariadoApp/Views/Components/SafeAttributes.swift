import Plot
import SecretariadoCore

// Plot 0.14 writes attribute values exactly as given (it escapes only text nodes), so a
// `"` in a stored or echoed value would end the attribute and start markup. Every Plot
// helper that takes a free string for an attribute is redeclared here with the same
// signature: a declaration in this module shadows Plot's for every call site in it, so
// views keep writing `.href(…)`, `.value(…)`, `.attribute(named:value:)` and all of them
// funnel into `HTMLAttributeValue.escape` (URL attributes also lose non-http schemes).
// `SafeAttributesTests` renders each one and scans the views for helpers missing here.

/// The single point where an attribute is built from a dynamic value.
enum SafeAttribute {
    static func make<Context>(_ name: String, _ value: String?, ignoreIfValueIsEmpty: Bool = true) -> Attribute<Context> {
        Attribute(
            name: name, value: value.map { HTMLAttributeValue.escape($0, forAttributeNamed: name) },
            ignoreIfValueIsEmpty: ignoreIfValueIsEmpty)
    }

    static func node<Context>(_ name: String, _ value: String?, ignoreIfValueIsEmpty: Bool = true) -> Node<Context> {
        Node.attribute(make(name, value, ignoreIfValueIsEmpty: ignoreIfValueIsEmpty) as Attribute<Context>)
    }
}

// MARK: - Custom attributes

extension Node {
    static func attribute(named name: String, value: String?, ignoreIfValueIsEmpty: Bool = true) -> Node {
        SafeAttribute.node(name, value, ignoreIfValueIsEmpty: ignoreIfValueIsEmpty)
    }
}

extension Attribute {
    static func attribute(named name: String, value: String?) -> Self {
        SafeAttribute.make(name, value)
    }
}

// MARK: - Generic attributes

extension Attribute where Context: HTMLContext {
    static func id(_ id: String) -> Attribute { SafeAttribute.make("id", id) }
    static func `class`(_ className: String) -> Attribute { SafeAttribute.make("class", className) }
    static func data(named name: String, value: String) -> Attribute { SafeAttribute.make("data-\(name)", value) }
    static func title(_ title: String) -> Attribute { SafeAttribute.make("title", title) }
}

extension Node where Context: HTMLContext {
    static func id(_ id: String) -> Node { SafeAttribute.node("id", id) }
    static func `class`(_ className: String) -> Node { SafeAttribute.node("class", className) }
    static func data(named name: String, value: String) -> Node { SafeAttribute.node("data-\(name)", value) }
    static func title(_ title: String) -> Node { SafeAttribute.node("title", title) }
}

extension Attribute where Context: HTMLNamableContext {
    static func name(_ name: String) -> Attribute { SafeAttribute.make("name", name) }
}

extension Node where Context: HTMLNamableContext {
    static func name(_ name: String) -> Node { SafeAttribute.node("name", name) }
}

extension Attribute where Context == HTML.MetaContext {
    static func property(_ property: String) -> Attribute { SafeAttribute.make("property", property) }
    static func content(_ content: String) -> Attribute { SafeAttribute.make("content", content) }
}

extension Attribute where Context: HTMLTypeContext {
    static func type(_ type: String) -> Attribute { SafeAttribute.make("type", type) }
}

extension Attribute where Context: HTMLValueContext {
    static func value(_ value: String) -> Attribute { SafeAttribute.make("value", value) }
}

extension Node where Context: HTMLValueContext {
    static func value(_ value: String) -> Node { SafeAttribute.node("value", value) }
}

// MARK: - Links and sources

extension Attribute where Context == HTML.LinkContext {
    static func sizes(_ sizes: String) -> Attribute { SafeAttribute.make("sizes", sizes) }
    static func color(_ color: String) -> Attribute { SafeAttribute.make("color", color) }
}

extension Attribute where Context: HTMLLinkableContext {
    static func href(_ url: URLRepresentable) -> Attribute { SafeAttribute.make("href", url.description) }
}

extension Node where Context: HTMLLinkableContext {
    static func href(_ url: URLRepresentable) -> Node { SafeAttribute.node("href", url.description) }
}

extension Node where Context == HTML.TimeContext {
    static func datetime(_ datetime: String) -> Node { SafeAttribute.node("datetime", datetime) }
}

extension Attribute where Context: HTMLSourceContext {
    static func src(_ url: URLRepresentable) -> Attribute { SafeAttribute.make("src", url.description) }
}

extension Node where Context: HTMLSourceContext {
    static func src(_ url: URLRepresentable) -> Node { SafeAttribute.node("src", url.description) }
}

extension Attribute where Context == HTML.ObjectContext {
    static func data(_ url: URLRepresentable) -> Attribute { SafeAttribute.make("data", url.description) }
}

extension Node where Context == HTML.ObjectContext {
    static func data(_ url: URLRepresentable) -> Node { SafeAttribute.node("data", url.description) }
}

extension Attribute where Context == HTML.PictureSourceContext {
    static func srcset(_ set: String) -> Attribute { SafeAttribute.make("srcset", set) }
    static func media(_ query: String) -> Attribute { SafeAttribute.make("media", query) }
    static func type(_ type: String) -> Attribute { SafeAttribute.make("type", type) }
}

// MARK: - Forms

extension Node where Context == HTML.FormContext {
    static func action(_ url: URLRepresentable) -> Node { SafeAttribute.node("action", url.description) }
}

extension Node where Context == HTML.LabelContext {
    static func `for`(_ target: String) -> Node { SafeAttribute.node("for", target) }
}

extension Attribute where Context == HTML.InputContext {
    static func placeholder(_ placeholder: String) -> Attribute { SafeAttribute.make("placeholder", placeholder) }
}

extension Node where Context == HTML.TextAreaContext {
    static func placeholder(_ placeholder: String) -> Node { SafeAttribute.node("placeholder", placeholder) }
}

extension Attribute where Context == HTML.OptionContext {
    static func label(_ label: String) -> Attribute { SafeAttribute.make("label", label, ignoreIfValueIsEmpty: false) }
}

// MARK: - Styling, media, accessibility, scripts

extension Node where Context: HTMLStylableContext {
    static func style(_ css: String) -> Node { SafeAttribute.node("style", css) }
}

extension Attribute where Context == HTML.IFrameContext {
    static func allow(_ features: String...) -> Attribute { SafeAttribute.make("allow", features.joined(separator: "; ")) }
}

extension Attribute where Context == HTML.ImageContext {
    static func alt(_ text: String) -> Attribute { SafeAttribute.make("alt", text) }
}

extension Node where Context: HTML.BodyContext {
    static func ariaLabel(_ label: String) -> Node { SafeAttribute.node("aria-label", label) }
    static func ariaControls(_ child: String) -> Node { SafeAttribute.node("aria-controls", child) }
    static func onclick(_ script: String) -> Node { SafeAttribute.node("onclick", script) }
}

extension Attribute where Context: HTMLIntegrityContext {
    static func integrity(_ hash: String) -> Attribute { SafeAttribute.make("integrity", hash) }
}

extension Node where Context: HTMLIntegrityContext {
    static func integrity(_ hash: String) -> Node { SafeAttribute.node("integrity", hash) }
}

// MARK: - Head components (Plot builds these through its own unescaped path)

extension Node where Context == HTML.HeadContext {
    static func stylesheet(_ url: URLRepresentable, integrity: String? = nil) -> Node {
        .link(.rel(.stylesheet), .href(url.description), .type("text/css"), integrity.map { Attribute<HTML.LinkContext>.integrity($0) } ?? .empty)
    }

    static func url(_ url: URLRepresentable) -> Node {
        .group([
            .link(.rel(.canonical), .href(url.description)),
            .meta(.name("twitter:url"), .content(url.description)),
            .meta(.property("og:url"), .content(url.description)),
        ])
    }

    static func siteName(_ name: String) -> Node {
        .meta(.property("og:site_name"), .content(name))
    }

    static func title(_ title: String) -> Node {
        .group([
            .element(named: "title", text: title),
            .meta(.name("twitter:title"), .content(title)),
            .meta(.property("og:title"), .content(title)),
        ])
    }

    static func description(_ text: String) -> Node {
        .group([
            .meta(.name("description"), .content(text)),
            .meta(.name("twitter:description"), .content(text)),
            .meta(.property("og:description"), .content(text)),
        ])
    }

    static func socialImageLink(_ url: URLRepresentable) -> Node {
        .group([.meta(.name("twitter:image"), .content(url.description)), .meta(.property("og:image"), .content(url.description))])
    }

    static func twitterUsername(_ username: String) -> Node {
        .meta(.name("twitter:site"), .content(username))
    }

    static func favicon(_ url: URLRepresentable, type: String = "image/png") -> Node {
        .link(.rel(.shortcutIcon), .href(url.description), .type(type))
    }

    static func rssFeedLink(_ url: URLRepresentable, title: String? = nil) -> Node {
        .link(.rel(.alternate), .href(url.description), .type("application/rss+xml"), .attribute(named: "title", value: title))
    }
}
