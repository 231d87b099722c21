import SecretariadoCore
import XCTest

final class HTMLAttributeValueTests: XCTestCase {
    func testEscapesEveryCharacterThatCanLeaveAnAttribute() {
        XCTAssertEqual(HTMLAttributeValue.escape(#"a"b'c<d>e&f"#), "a&quot;b&#39;c&lt;d&gt;e&amp;f")
        XCTAssertEqual(HTMLAttributeValue.escape("/stl/yucatán?x=1"), "/stl/yucatán?x=1")
        XCTAssertEqual(HTMLAttributeValue.escape("&amp;"), "&amp;amp;", "values are literal text: an entity is escaped again")
        XCTAssertEqual(HTMLAttributeValue.escape(#""><meta http-equiv="refresh">"#), "&quot;&gt;&lt;meta http-equiv=&quot;refresh&quot;&gt;")
    }

    func testURLAttributesKeepRelativeAndHTTPAndDropOtherSchemes() {
        XCTAssertEqual(HTMLAttributeValue.escape("/stl/a?b=1&c=2", forAttributeNamed: "href"), "/stl/a?b=1&amp;c=2")
        XCTAssertEqual(HTMLAttributeValue.escape("https://ejemplo.org/x", forAttributeNamed: "href"), "https://ejemplo.org/x")
        XCTAssertEqual(HTMLAttributeValue.escape("#contenido", forAttributeNamed: "href"), "#contenido")
        for bad in ["javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "data:text/html,<x>", "vbscript:x", "mailto:a@b.mx"] {
            XCTAssertEqual(HTMLAttributeValue.escape(bad, forAttributeNamed: "href"), "#", bad)
            XCTAssertEqual(HTMLAttributeValue.escape(bad, forAttributeNamed: "SRC"), "#", bad)
            XCTAssertEqual(HTMLAttributeValue.escape(bad, forAttributeNamed: "formaction"), "#", bad)
        }
        XCTAssertEqual(
            HTMLAttributeValue.escape("javascript:alert(1)", forAttributeNamed: "value"), "javascript:alert(1)",
            "a form value may hold any text; only URL attributes are followed")
    }
}
