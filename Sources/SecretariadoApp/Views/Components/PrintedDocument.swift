import Plot
import SecretariadoCore

/// The parts that make a page a document to print and sign on paper (the minutes, the
/// acta): the «Imprimir» button, what identifies the record (its SHA-256 and where its
/// verifiable copy lives, written out since paper has no links), a line naming the record
/// at the top of the printout, and a line to sign for each signer. The print
/// stylesheet (`Stylesheet`, `@media print`) hides everything else of the site.
enum PrintedDocument {
    /// The site's only script, served from `/static/imprimir.js`: the CSP admits scripts
    /// from the site itself but no inline handler, so the button is wired here. Without
    /// scripts the button stays hidden and the hint beside it says how to print.
    static let script = """
        document.querySelectorAll("button[data-print]").forEach(function (button) {
          button.hidden = false;
          button.addEventListener("click", function () { window.print(); });
        });

        """

    /// One fact that identifies the record, printed as text.
    struct Fact {
        let label: String
        let value: String
        /// Digests and addresses are set in a fixed-width face so they can be read back.
        var code: Bool = true
    }

    struct Signer {
        let name: String
        /// What they sign as: the seat and whether titular or suplente, or the facilitation.
        let capacity: String
    }

    static func toolbar(_ context: PageContext) -> Node<HTML.BodyContext> {
        .div(
            .class("print-toolbar no-print"),
            .button(
                .type(.button), .data(named: "print", value: "1"), .attribute(named: "hidden", value: "hidden"),
                .text(context.t("Imprimir / Guardar como PDF", "Print / Save as PDF"))),
            .p(
                .class("hint"),
                .text(
                    context.t(
                        "Para el documento en papel o en PDF: Imprimir (Ctrl+P, o ⌘P en Mac) y «Guardar como PDF». La impresión omite los menús y añade las líneas de firma, el SHA-256 y la dirección del archivo verificable.",
                        "For the document on paper or as a PDF: Print (Ctrl+P, or ⌘P on a Mac) and “Save as PDF”. The printout leaves out the menus and adds the signature lines, the SHA-256 and the address of the verifiable archive."
                    ))),
            .script(.src(SiteURL.printScript.path), .attribute(named: "defer", value: "defer"))
        )
    }

    /// What identifies the record; on screen too, so what is printed can be checked.
    static func identity(_ facts: [Fact], context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .class("doc-identity"),
            .h2(.text(context.t("Identificación del documento", "Document identification"))),
            .dl(
                .class("facts"),
                .forEach(facts) { fact in
                    .group(.dt(.text(fact.label)), .dd(fact.code ? .code(.text(fact.value)) : .text(fact.value)))
                })
        )
    }

    /// Printed above the document: which record it is (kind, STL, and the start of its
    /// SHA-256), so the first sheet names its record before anything else; the page numbers
    /// «n / total» come from the print stylesheet's `@page` margin boxes. (A fixed element
    /// repeated on every page was tried: Chromium draws it over the text.) Hidden on screen.
    static func identityLine(_ text: String) -> Node<HTML.BodyContext> {
        .p(.class("print-identity-line print-only"), .text(text))
    }

    /// A blank line to sign above each name.
    static func signatureLines(_ signers: [Signer], context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .class("signature-lines"),
            .h2(.text(context.t("Firmas", "Signatures"))),
            .if(signers.isEmpty, .p(.class("muted"), .text(context.t("Sin firmantes registrados.", "No signers on record.")))),
            .ul(
                .forEach(signers) { signer in
                    .li(.class("sign"), .span(.class("signer"), .text(signer.name)), .span(.class("capacity"), .text(signer.capacity)))
                })
        )
    }

    /// "…3f9a2c1d": enough of a digest to match a loose page to its record.
    static func shortDigest(_ sha256: String) -> String {
        sha256.count > 16 ? String(sha256.prefix(16)) + "…" : sha256
    }
}
