import Plot
import SecretariadoCore

/// Small labelled statuses. Colour is never the only signal: the word is always there.
enum Badges {
    static func balance<Context: HTML.BodyContext>(_ check: BalanceCheck, context: PageContext) -> Node<Context> {
        .span(
            .class(check.isBalanced ? "badge ok" : "badge bad"),
            .attribute(named: "title", value: context.t(check.explanation)),
            .text(
                check.isBalanced
                    ? context.t("Equilibrado", "Balanced")
                    : context.t("No equilibrado", "Not balanced")))
    }

    /// An STL's requirement as two facts: the seat design, then today's titulares. Balanced
    /// seats with a vacancy do not read «Equilibrado»: the requirement asks for people.
    static func representation<Context: HTML.BodyContext>(_ integration: Integration, explained: Bool = true, context: PageContext) -> Node<Context> {
        let design = integration.design
        return .group(
            .if(!design.isBalanced || integration.isComplete, balance(design, context: context)),
            .if(
                design.isBalanced && !integration.isComplete,
                .span(
                    .class("badge warn"), .attribute(named: "title", value: context.t(design.explanation)),
                    .text(context.t("Asientos equilibrados", "Balanced seats")))),
            .if(
                !integration.isComplete,
                .group(
                    .text(" "),
                    .span(
                        .class("badge bad"), .attribute(named: "title", value: context.t(integration.explanation)),
                        .text(context.t("Con vacantes", "With vacancies"))),
                    .if(explained, .group(.text(" "), .small(.class("vacancies"), .text(context.t(integration.explanation))))))))
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
