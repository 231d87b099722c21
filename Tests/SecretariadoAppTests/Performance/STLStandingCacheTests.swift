import Fluent
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Session pages read an STL's charter, seats and facilitator through `STLStandingCache`,
/// keyed by that STL's data version: a write in Jalisco shows on Jalisco's pages at once
/// and leaves Morelos's standing as it was, read from memory.
final class STLStandingCacheTests: AppTestCase {
    func testAWriteInJaliscoShowsAtOnceAndLeavesMorelosCached() async throws {
        app.publicCache = PublicCache(enabled: false, maxBytes: 0)
        let demo = try await DemoPages.load(in: self)
        let jalisco = try await Secretariat.find(slug: "jalisco", on: db)
        let morelos = try await Secretariat.find(slug: "morelos", on: db)
        let morelosSession = try await StlSession.query(on: db).filter(\.$secretariat.$id == morelos.requireID())
            .filter(\.$number == 5).first()
        let jaliscoPage = SiteURL.session(.value("jalisco"), .value(demo.concluded)).path
        let morelosPage = SiteURL.session(.value("morelos"), .value(try XCTUnwrap(morelosSession?.id))).path
        let jaliscoAPI = APIURL.session(.value("jalisco"), .value(demo.concluded)).path

        func seatsListed() async throws -> Int {
            let res = try await app.sendRequest(.GET, jaliscoAPI)
            XCTAssertEqual(res.status, .ok)
            let object = try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any]
            return try XCTUnwrap(object?["attendance"] as? [Any]).count
        }

        for path in [jaliscoPage, morelosPage] {
            let res = try await app.sendRequest(.GET, path)
            XCTAssertEqual(res.status, .ok, path)
        }
        let seatsBefore = try await seatsListed()
        let jaliscoLoads = STLStandingCache.loadCount(of: try jalisco.requireID())
        let morelosLoads = STLStandingCache.loadCount(of: try morelos.requireID())
        for path in [jaliscoPage, morelosPage] {
            let res = try await app.sendRequest(.GET, path)
            XCTAssertEqual(res.status, .ok, path)
        }
        XCTAssertEqual(STLStandingCache.loadCount(of: try jalisco.requireID()), jaliscoLoads, "unchanged: served from memory")

        _ = try await SeatWrites.create(SeatInput(sector: "gobierno"), in: jalisco, by: .system, on: db)

        let seatsAfter = try await seatsListed()
        XCTAssertEqual(seatsAfter, seatsBefore + 1, "Jalisco's new seat shows on its session at once")
        XCTAssertEqual(STLStandingCache.loadCount(of: try jalisco.requireID()), jaliscoLoads + 1)
        let again = try await app.sendRequest(.GET, morelosPage)
        XCTAssertEqual(again.status, .ok)
        XCTAssertEqual(STLStandingCache.loadCount(of: try morelos.requireID()), morelosLoads, "Morelos's standing was not read again")
    }
}
