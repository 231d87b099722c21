import SecretariadoCore

/// Minimal, escaping SVG assembly: Plot has no SVG vocabulary, and charts are drawn on the
/// server so that pages need no JavaScript.
enum SVG {
    /// Text and attribute values in hand-built SVG: the same escaping as every attribute.
    static func escape(_ text: String) -> String {
        HTMLAttributeValue.escape(text)
    }

    /// An accessible image: `role="img"` with a title read by screen readers.
    static func image(width: Int, height: Int, title: String, body: String) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" role="img" aria-label="\(escape(title))"><title>\(escape(title))</title>\(body)</svg>
        """
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil) -> String {
        let strokeAttr = stroke.map { " stroke=\"\(escape($0))\" stroke-width=\"1\"" } ?? ""
        return "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"\(escape(fill))\"\(strokeAttr)/>"
    }

    static func text(
        x: Double, y: Double, _ content: String, anchor: String = "start", size: Int = 12, fill: String = "#1a1a1a", weight: String = "normal"
    ) -> String {
        "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(escape(anchor))\" font-size=\"\(size)\" font-weight=\"\(escape(weight))\" fill=\"\(escape(fill))\" font-family=\"system-ui, sans-serif\">\(escape(content))</text>"
    }

    /// Coordinates with at most two decimals, so the markup stays small and stable.
    static func n(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// The colour of each sector in charts and legends (contrast ≥ 4.5:1 on white).
enum SectorColor {
    static func fill(_ code: String) -> String {
        switch code {
        case "gobierno": "#1f5fa8"
        case "sociedad_civil": "#2e7d32"
        case "organismo_garante": "#7b3294"
        default: "#5f5f5f"
        }
    }

    static func swatchClass(_ code: String) -> String {
        ["gobierno", "sociedad_civil", "organismo_garante"].contains(code) ? "sw-\(code)" : "sw-other"
    }
}
