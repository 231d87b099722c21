import SecretariadoCore
import XCTest

final class WebLinkTests: XCTestCase {
    func testPlainAddressesStayAsTheyAre() {
        XCTAssertEqual(WebLink.normalize("https://ejemplo.org/informe.pdf"), "https://ejemplo.org/informe.pdf")
        XCTAssertEqual(WebLink.normalize("http://ejemplo.org"), "http://ejemplo.org")
        XCTAssertEqual(WebLink.normalize("  https://ejemplo.org/a?b=1&c=2#x  "), "https://ejemplo.org/a?b=1&c=2#x")
        XCTAssertEqual(WebLink.normalize("https://ejemplo.org:8443/a%20b"), "https://ejemplo.org:8443/a%20b")
    }

    func testSchemeAndHostAreLowerCasedAndOddCharactersEncoded() {
        XCTAssertEqual(WebLink.normalize("HTTPS://Ejemplo.ORG/Ruta"), "https://ejemplo.org/Ruta")
        XCTAssertEqual(
            WebLink.normalize(#"https://ok.example/"><meta http-equiv="refresh">"#),
            "https://ok.example/%22%3E%3Cmeta%20http-equiv=%22refresh%22%3E")
        XCTAssertEqual(WebLink.normalize("https://ok.example/' x='1"), "https://ok.example/%27%20x=%271")
        XCTAssertEqual(WebLink.normalize("https://ok.example/año"), "https://ok.example/a%C3%B1o")
        XCTAssertEqual(WebLink.normalize("https://ok.example/100%"), "https://ok.example/100%25")
    }

    func testNormalisingTwiceChangesNothing() {
        for raw in [#"https://ok.example/"><x-inj>"#, "https://ok.example/a b?c=d e", "https://ok.example/%41"] {
            let once = WebLink.normalize(raw)
            XCTAssertNotNil(once, raw)
            XCTAssertEqual(WebLink.normalize(once!), once, raw)
        }
    }

    func testOnlyAbsoluteHTTPAddressesWithAHostAreAccepted() {
        for bad in [
            "javascript:alert(1)", "data:text/html,x", "ftp://ejemplo.org", "//ejemplo.org", "/ruta", "ejemplo.org",
            "https://", "https:///x", "https://user:pw@ejemplo.org", "https://a.example@evil.example",
            "https://ejemplo.org:0", "https://ejemplo.org:99999", "https://ejemplo.org:8a",
            "https://ejemplo.org/\r\nSet-Cookie: x=1", "https://ejem plo.org", "https://ejemplo.org\\@evil.example",
            "https://<x>.org", "https://\"a\".org", "https://.org", "https://a..org", "",
        ] {
            XCTAssertNil(WebLink.normalize(bad), bad)
        }
        XCTAssertNil(WebLink.normalize("https://ejemplo.org/" + String(repeating: "a", count: 2000)))
    }

    func testSchemeOfAURLAsABrowserReadsIt() {
        XCTAssertEqual(WebLink.scheme(of: "JavaScript:x"), "javascript")
        XCTAssertEqual(WebLink.scheme(of: " \u{1}java\nscript:x"), "javascript")
        XCTAssertNil(WebLink.scheme(of: "/a:b"))
        XCTAssertNil(WebLink.scheme(of: "?q=a:b"))
        XCTAssertNil(WebLink.scheme(of: "#a:b"))
        XCTAssertEqual(WebLink.scheme(of: "https://a"), "https")
    }
}
