import SecretariadoCore
import XCTest

final class MarkdownTextTests: XCTestCase {
    func testAMultiLineNameCannotStartAHeadingOrAList() {
        let name = "Ana López\n\n# Acuerdo falso\n- [clic](https://malo.example)"
        let escaped = MarkdownText.inline(name)
        XCTAssertFalse(escaped.contains("\n"))
        XCTAssertEqual(escaped, "Ana López  \\# Acuerdo falso - \\[clic\\](https://malo.example)")
    }

    func testEmphasisCodeAndHTMLAreLiteral() {
        XCTAssertEqual(MarkdownText.inline("*a* _b_ `c` <script> a|b ~x~ \\"), "\\*a\\* \\_b\\_ \\`c\\` \\<script\\> a\\|b \\~x\\~ \\\\")
    }

    func testLineStartMarkersAreEscaped() {
        XCTAssertEqual(MarkdownText.inline("- uno"), "\\- uno")
        XCTAssertEqual(MarkdownText.inline("+ uno"), "\\+ uno")
        XCTAssertEqual(MarkdownText.inline("==="), "\\===")
        XCTAssertEqual(MarkdownText.inline("1. uno"), "1\\. uno")
        XCTAssertEqual(MarkdownText.inline("12) doce"), "12\\) doce")
        XCTAssertEqual(MarkdownText.inline("Sociedad civil - OSC 2.0"), "Sociedad civil - OSC 2.0", "mid-line text stays as is")
    }

    func testControlCharactersBecomeSpaces() {
        XCTAssertEqual(MarkdownText.inline("a\r\nb\tc\u{0}d\u{2028}e"), "a  b c d e")
    }

    func testABlockKeepsItsParagraphsButEscapesEachLine() {
        XCTAssertEqual(MarkdownText.block("Primero.\r\n\r\n# No es título\n1. no es lista"), "Primero.\n\n\\# No es título\n1\\. no es lista")
    }
}
