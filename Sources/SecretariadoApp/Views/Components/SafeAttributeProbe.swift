import Plot

/// Every redeclared attribute helper rendered with one value, keyed by helper. The
/// redeclarations only win for call sites inside this module (elsewhere both they and
/// Plot's are visible and the call is ambiguous), so the test that checks each helper
/// escapes needs its renderings made here, exactly as a view would call them.
enum SafeAttributeProbe {
    static func renderings(of p: String) -> [String: String] {
        func body(_ nodes: Node<HTML.BodyContext>...) -> String { HTML(.body(.group(nodes))).render() }
        func head(_ nodes: Node<HTML.HeadContext>...) -> String { HTML(.head(.group(nodes))).render() }
        let url = "/" + p
        return [
            "Node.id": body(.div(.id(p))),
            "Node.class": body(.div(.class(p))),
            "Node.data(named:value:)": body(.div(.data(named: "x", value: p))),
            "Node.title": body(.div(.title(p))),
            "Node.attribute(named:value:)": body(.div(.attribute(named: "aria-describedby", value: p))),
            "Node.attribute(named:value:ignoreIfValueIsEmpty:)": body(.div(.attribute(named: "x", value: p, ignoreIfValueIsEmpty: false))),
            "Node<OptionContext>.attribute (qualified)": body(
                .element(
                    named: "option",
                    nodes: [
                        Node<HTML.OptionContext>.attribute(named: "value", value: p, ignoreIfValueIsEmpty: false)
                    ])),
            "Node.href": body(.a(.href(url))),
            "Node.action": body(.form(.action(url))),
            "Node.for": body(.form(.label(.for(p)))),
            "Node.name": body(.form(.textarea(.name(p)))),
            "TextArea.placeholder": body(.form(.textarea(.placeholder(p)))),
            "Node.value": body(.element(named: "option", nodes: [Node<HTML.OptionContext>.value(p)])),
            "Node.datetime": body(.time(.datetime(p))),
            "Node.style": body(.div(.style(p))),
            "Node.ariaLabel": body(.div(.ariaLabel(p))),
            "Node.ariaControls": body(.div(.ariaControls(p))),
            "Node.onclick": body(.div(.onclick(p))),
            "Node.src": body(.script(.src(url))),
            "Node.integrity": body(.script(.integrity(p))),
            "Node.data(url)": body(.object(.data(url))),
            "Attribute id/class/name/value/placeholder/title/data": body(
                .form(
                    .input(
                        .id(p), .class(p), .name(p), .value(p), .placeholder(p), .title(p), .data(named: "k", value: p)))),
            "Attribute.attribute(named:value:)": body(.form(.input(.attribute(named: "autocomplete", value: p)))),
            "Attribute in selfClosedElement": body(
                .form(
                    .selfClosedElement(
                        named: "input",
                        attributes: [
                            .value(p), .attribute(named: "x", value: p),
                        ] as [Attribute<HTML.InputContext>]))),
            "Option value/label": body(.form(.select(.option(.value(p), .label(p))))),
            "Image src/alt": body(.img(.src(url), .alt(p))),
            "IFrame src/allow": body(.iframe(.src(url), .allow(p))),
            "Link href/type/sizes/color/integrity": head(.link(.href(url), .type(p), .sizes(p), .color(p), .integrity(p))),
            "Meta name/content/property": head(.meta(.name(p), .content(p), .property(p))),
            "Picture source srcset/media/type": body(.picture(.source(.srcset(p), .media(p), .type(p)))),
            "Head.title": head(.title(p)),
            "Head.description": head(.description(p)),
            "Head.siteName": head(.siteName(p)),
            "Head.twitterUsername": head(.twitterUsername(p)),
            "Head.url": head(.url(url)),
            "Head.socialImageLink": head(.socialImageLink(url)),
            "Head.stylesheet": head(.stylesheet(url, integrity: p)),
            "Head.favicon": head(.favicon(url, type: p)),
            "Head.rssFeedLink": head(.rssFeedLink(url, title: p)),
        ]
    }

    /// URL attributes given script or data schemes, as views would write them.
    static func schemeSamples() -> String {
        HTML(
            .body(
                .a(.href("javascript:alert(1)"), .text("x")), .form(.action("data:text/html,x")), .img(.src(" JAVASCRIPT:x")),
                .button(.attribute(named: "formaction", value: "javascript:x")),
                .a(.href("https://ejemplo.org/a?b=1&c=2"))
            )
        ).render()
    }
}
