import Foundation
import Plot

/// The state filter and the page links of the national lists (`/`, `/comparativo`): with
/// every municipality in the country, a list shows one state or one page of 100 at a time.
enum PortalListControls {
    /// `path?name=value&…` with the values percent-encoded; empty values are left out.
    static func href(_ path: String, _ parameters: [(String, String?)]) -> String {
        var components = URLComponents()
        components.path = path
        let items = parameters.compactMap { name, value in value.flatMap { $0.isEmpty ? nil : URLQueryItem(name: name, value: $0) } }
        components.queryItems = items.isEmpty ? nil : items
        return components.string ?? path
    }

    /// A GET form: pick a state (or all); `keep` carries other parameters (the order). Only
    /// when the list is longer than a page, or already filtered: a short list needs none.
    static func stateFilter(path: String, states: [String], selected: String?, total: Int, keep: [(String, String)], context: PageContext) -> Node<
        HTML.BodyContext
    > {
        guard selected != nil || total > PortalPage.size else { return .empty }
        return .form(
            .class("filter"), .method(.get), .action(path),
            .forEach(keep) { name, value in .input(.type(.hidden), .name(name), .value(value)) },
            FormFields.select(
                context.t("Entidad federativa", "State"), name: "estado", id: "f-estado",
                options: [("", context.t("Todas", "All"))] + states.map { ($0, $0) }, selected: selected ?? ""),
            FormFields.submit(context.t("Filtrar", "Filter"))
        )
    }

    /// "Página 2 de 25" with previous, next, first and last links; nothing when one page.
    static func pager(path: String, page: PortalPage, parameters: [(String, String?)], context: PageContext) -> Node<HTML.BodyContext> {
        guard page.count > 1 else { return .empty }
        func link(_ number: Int, _ text: String, rel: String? = nil) -> Node<HTML.ListContext> {
            .li(
                .a(
                    .href(href(path, parameters + [("pagina", number == 1 ? nil : String(number))])),
                    .unwrap(rel) { .attribute(named: "rel", value: $0) },
                    .text(text)))
        }
        let around = Array(max(1, page.number - 2)...min(page.count, page.number + 2))
        return .nav(
            .class("pager"), .attribute(named: "aria-label", value: context.t("Paginación", "Pagination")),
            .p(.text(context.t("Página \(page.number) de \(page.count)", "Page \(page.number) of \(page.count)"))),
            .ul(
                .if(page.number > 1, link(page.number - 1, context.t("« Anterior", "« Previous"), rel: "prev")),
                .if(!around.contains(1), link(1, "1")),
                .forEach(around) { number in
                    number == page.number
                        ? .li(.span(.attribute(named: "aria-current", value: "page"), .text("\(number)")))
                        : link(number, "\(number)")
                },
                .if(!around.contains(page.count), link(page.count, "\(page.count)")),
                .if(page.number < page.count, link(page.number + 1, context.t("Siguiente »", "Next »"), rel: "next"))
            )
        )
    }
}
