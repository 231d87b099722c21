import SecretariadoCore
import XCTest

final class LocalPathTests: XCTestCase {
    func testPlainLocalPathsAreKept() {
        XCTAssertEqual(LocalPath.redirectTarget("/"), "/")
        XCTAssertEqual(LocalPath.redirectTarget("/stl/jalisco/gestion"), "/stl/jalisco/gestion")
        XCTAssertEqual(LocalPath.redirectTarget("/stl/jalisco/acuerdos?status=vigente&q=a%20b"), "/stl/jalisco/acuerdos?status=vigente&q=a%20b")
    }

    func testTheResultIsPlainASCIIWithoutQuotesOrSpaces() {
        XCTAssertEqual(LocalPath.redirectTarget("/stl/yucatán"), "/stl/yucat%C3%A1n")
        XCTAssertEqual(LocalPath.redirectTarget(#"/"><x-inj>"#), "/%22%3E%3Cx-inj%3E")
        XCTAssertEqual(LocalPath.redirectTarget("/a b'c"), "/a%20b%27c")
    }

    func testAnythingThatCouldLeaveTheSiteOrBreakAHeaderIsRefused() {
        for bad in [
            nil, "", "stl", "https://malo.example", "//malo.example", "/\\malo.example", "\\\\malo.example",
            "/\r\nSet-Cookie: injected=1; Path=/", "/\nLocation: https://malo.example", "/a\rb", "/a\u{0}b",
            "/a\u{85}b", "/a\u{2028}b",
            "/%0d%0aSet-Cookie:%20injected=1", "/%0ASet-Cookie:x", "/%2F/malo.example", "/%5Cmalo.example",
            "/" + String(repeating: "a", count: 2001),
        ] as [String?] {
            XCTAssertNil(LocalPath.redirectTarget(bad), String(describing: bad))
        }
    }
}
