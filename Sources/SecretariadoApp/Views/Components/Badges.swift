import Plot
import SecretariadoCore

/// Small labelled statuses. Colour is never the only signal: the word is always there.
enum Badges {
    static func balance<Context: HTML.BodyContext>(_ check: BalanceCheck, context: PageContext) -> Node<Context> {
        .span(
            .class(check.isBalanced ? "badge ok" : "badge bad"),
            .attribute(named: "title", value: context.t(check.explanation)),
            .text(check.isBalanced
                ? context.t("Equilibrado", "Balanced")
                : context.t("No equilibrado", "Not balanced")))
    }

    static func status<Context: HTML.BodyContext>(_ status: SecretariatStatus, context: PageContext) -> Node<Context> {
        .span(.class(status == .instalado ? "badge ok" : "badge warn"), .text(context.t(status.label)))
    }

    static func legend<Context: HTML.BodyContext>(_ sectors: [SectorCode], context: PageContext) -> Node<Context> {
        .ul(
            .class("legend"),
            .forEach(sectors) { code in
                .li(
                    .span(.class("swatch \(SectorColor.swatchClass(code.rawValue))"), .attribute(named: "aria-hidden", value: "true")),
                    .text(context.t(Sector.displayName(of: code))))
            })
    }
}
