import Fluent
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// The HTML of the main pages for the demo data, anonymous and signed in, compared with the
/// committed files: how pages are read may change, what they show may not.
final class PageSnapshotTests: AppTestCase {
    func testMainPagesShowWhatTheyShowed() async throws {
        let demo = try await DemoPages.load(in: self)
        for page in demo.webPages {
            let res = try await app.sendRequest(.GET, page.path)
            XCTAssertEqual(res.status, .ok, page.path)
            HTMLSnapshot.assertMatches(res.body.string, named: "anonimo-\(page.name)")
        }
        for page in demo.apiPages {
            let res = try await app.sendRequest(.GET, page.path)
            XCTAssertEqual(res.status, .ok, page.path)
            HTMLSnapshot.assertMatches(res.body.string, named: page.name, json: true)
        }
        let member = try await DemoPages.member(in: self)
        for page in demo.webPages {
            let res = try await member.get(page.path)
            XCTAssertEqual(res.status, .ok, page.path)
            HTMLSnapshot.assertMatches(res.body.string, named: "integrante-\(page.name)")
        }
    }
}
