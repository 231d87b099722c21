/// Every table of every page scrolls inside its own box, so a wide table never makes a
/// phone's whole page scroll sideways. Done once on the rendered page, rather than at each
/// of the site's many tables: none can be forgotten.
enum ScrollingTables {
    static let open = "<div class=\"table-scroll\">"

    static func wrap(_ page: String) -> String {
        guard page.contains("<table") else { return page }
        // Text nodes are escaped («&lt;table»), so these are only real elements.
        return
            page
            .replacingOccurrences(of: "<table", with: open + "<table")
            .replacingOccurrences(of: "</table>", with: "</table></div>")
    }
}
