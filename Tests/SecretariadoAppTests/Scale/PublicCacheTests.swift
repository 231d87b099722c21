import Fluent
import SQLKit
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Cached public pages follow writes: a write raises the data versions of what it touches
/// (its STL, the national pages); an instance sees its own writes at once and another
/// instance's within its recheck interval.
final class PublicCacheTests: AppTestCase {
    func create(_ name: String, on db: any Database) async throws {
        _ = try await SecretariatWrites.create(SecretariatInput(name: name, state: "Jalisco"), by: .system, on: db)
    }

    func testAWriteChangesTheCachedHomePageAtOnce() async throws {
        try await loadDemo()
        let before = try await app.sendRequest(.GET, "/")
        XCTAssertFalse(before.body.string.contains("Tlaquepaque"))
        let cachedAgain = try await app.sendRequest(.GET, "/")
        XCTAssertEqual(cachedAgain.headers.first(name: .eTag), before.headers.first(name: .eTag), "served from the cache")

        try await create("Tlaquepaque", on: db)

        let after = try await app.sendRequest(.GET, "/")
        XCTAssertTrue(after.body.string.contains("Tlaquepaque"))
        XCTAssertNotEqual(after.headers.first(name: .eTag), before.headers.first(name: .eTag))
    }

    func testEveryCachedRouteFollowsWrites() async throws {
        try await loadDemo()
        let paths = [
            "/", "/comparativo", "/stl/jalisco", "/api/v1/secretariats",
            "/api/v1/secretariats/jalisco/popolo.json", "/api/v1/secretariats/jalisco/sessions.ics",
        ]
        var etags: [String: String] = [:]
        for path in paths {
            etags[path] = try await app.sendRequest(.GET, path).headers.first(name: .eTag)
            XCTAssertNotNil(etags[path], path)
        }

        // A seat added to Jalisco changes its pages and the national directory.
        let jalisco = try await Secretariat.find(slug: "jalisco", on: db)
        _ = try await SeatWrites.create(SeatInput(sector: "gobierno"), in: jalisco, by: .system, on: db)

        for path in paths {
            let etag = try await app.sendRequest(.GET, path).headers.first(name: .eTag)
            XCTAssertNotEqual(etag, etags[path], "\(path) must be rendered again after a write")
        }
    }

    /// Each STL's pages follow that STL's own counter: a stream of writes in Jalisco (an
    /// expense here; votes pass through the same audit call) leaves Morelos served from the
    /// cache, while Jalisco's pages show the write at once. A write that belongs to no STL
    /// (an account) may show on any STL's page, so it renders them all again.
    func testAWriteInOneSTLLeavesAnotherSTLsPagesCached() async throws {
        try await loadDemo()
        let morelos = ["/stl/morelos", "/api/v1/secretariats/morelos/popolo.json", "/api/v1/secretariats/morelos/sessions.ics"]
        let jaliscoPaths = ["/stl/jalisco", "/api/v1/secretariats/jalisco/popolo.json"]
        var etags: [String: String] = [:]
        for path in morelos + jaliscoPaths {
            etags[path] = try await app.sendRequest(.GET, path).headers.first(name: .eTag)
            XCTAssertNotNil(etags[path], path)
        }
        let rendersBefore = app.publicCache.renderCount
        let jalisco = try await Secretariat.find(slug: "jalisco", on: db)

        for day in 1...5 {
            _ = try await ExpenseWrites.record(
                ExpenseInput(spentOn: "2026-03-0\(day)", concept: "Café", amount: "100.00", source: "Garante"),
                in: jalisco, by: .system(name: "Prueba"), on: db)
        }

        for path in morelos {
            let etag = try await app.sendRequest(.GET, path).headers.first(name: .eTag)
            XCTAssertEqual(etag, etags[path], "\(path) is still the cached copy")
        }
        XCTAssertEqual(app.publicCache.renderCount, rendersBefore, "nothing of Morelos was rendered again")
        for path in jaliscoPaths {
            let etag = try await app.sendRequest(.GET, path).headers.first(name: .eTag)
            XCTAssertNotEqual(etag, etags[path], "\(path) must show Jalisco's write")
        }

        _ = try await UserWrites.create(email: "nueva@example.org", name: "Nueva", password: nil, isAdmin: false, by: .system, on: db)

        for path in morelos {
            let etag = try await app.sendRequest(.GET, path).headers.first(name: .eTag)
            XCTAssertNotEqual(etag, etags[path], "\(path) follows writes that belong to no STL")
        }
    }

    /// An expense, a vote or an agreement in one STL renders the pages that show it again,
    /// not the national directory, which follows a counter such writes leave alone.
    func testAnSTLsOwnWriteLeavesTheNationalDirectoryCached() async throws {
        try await loadDemo()
        let directory = ["/", "/comparativo", "/api/v1/secretariats"]
        let following = ["/stl/jalisco", "/seguimiento"]
        var etags: [String: String] = [:]
        for path in directory + following {
            etags[path] = try await app.sendRequest(.GET, path).headers.first(name: .eTag)
        }
        let jalisco = try await Secretariat.find(slug: "jalisco", on: db)

        _ = try await ExpenseWrites.record(
            ExpenseInput(spentOn: "2026-03-31", concept: "Café", amount: "100.00", source: "Garante"),
            in: jalisco, by: .system(name: "Prueba"), on: db)

        for path in directory {
            let etag = try await app.sendRequest(.GET, path).headers.first(name: .eTag)
            XCTAssertEqual(etag, etags[path], "\(path) is still the cached copy")
        }
        for path in following {
            let etag = try await app.sendRequest(.GET, path).headers.first(name: .eTag)
            XCTAssertNotEqual(etag, etags[path], "\(path) must be rendered again")
        }
    }

    func testOnlyKnownSessionLevelWritesLeaveTheDirectoryAlone() {
        XCTAssertEqual(AuditEntity.vote.dataVersionScopes, [.everything])
        XCTAssertEqual(AuditEntity.agreement.dataVersionScopes, [.everything])
        XCTAssertEqual(AuditEntity.seat.dataVersionScopes, [.everything, .directory])
        XCTAssertEqual(AuditEntity.secretariat.dataVersionScopes, [.everything, .directory])
    }

    /// Every kind of audited write raises `.everything` and says whether it raises the
    /// directory; the stored names are the ones existing rows and archives hold.
    func testEveryAuditEntityMapsToADataVersionScope() {
        for entity in AuditEntity.allCases {
            let scopes = entity.dataVersionScopes
            XCTAssertTrue(scopes.contains(.everything), "\(entity)")
            XCTAssertEqual(scopes.contains(.directory), entity.touchesDirectory, "\(entity)")
            XCTAssertTrue(scopes.allSatisfy { $0 == .everything || $0 == .directory }, "\(entity): an STL's counter follows the entry")
            XCTAssertEqual(AuditEntity(rawValue: entity.rawValue), entity)
            XCTAssertTrue(entity.rawValue.allSatisfy { $0.isLowercase || $0 == "_" }, entity.rawValue)
        }
        XCTAssertEqual(AuditEntity.allCases.count, Set(AuditEntity.allCases.map(\.rawValue)).count)
        XCTAssertEqual(AuditEntity.callRegistration.rawValue, "call_registration")
        XCTAssertEqual(AuditEntity.notificationPreferences.rawValue, "notification_preferences")
    }

    /// The counters themselves: a write to one STL raises that STL's and `.everything`,
    /// not another STL's and not the directory's when its kind does not touch it.
    func testAnAuditedWriteToAnSTLEntityBumpsThatSTLOnly() async throws {
        try await loadDemo()
        let jalisco = try await Secretariat.find(slug: "jalisco", on: db).requireID()
        let counters: () async throws -> [Int64] = {
            var values: [Int64] = []
            for scope in [DataVersion.Scope.secretariat("jalisco"), .secretariat("morelos"), .everything, .directory] {
                values.append(try await DataVersion.current(scope, on: self.db))
            }
            return values
        }
        let before = try await counters()
        try await db.writeTransaction { db in
            try await AuditLog.record(
                on: db, actor: .system, secretariatID: jalisco, action: .create, entity: .expense,
                entityID: nil, summary: "Prueba", change: .after("100.00"))
        }
        let afterExpense = try await counters()
        XCTAssertEqual(afterExpense[0], before[0] + 1, "Jalisco's own counter")
        XCTAssertEqual(afterExpense[1], before[1], "Morelos is untouched")
        XCTAssertEqual(afterExpense[2], before[2] + 1, "everything")
        XCTAssertEqual(afterExpense[3], before[3], "an expense leaves the directory")

        try await db.writeTransaction { db in
            try await AuditLog.record(
                on: db, actor: .system, secretariatID: jalisco, action: .update, entity: .seat,
                entityID: nil, summary: "Prueba", change: .changed(from: "a", to: "b"))
        }
        let afterSeat = try await counters()
        XCTAssertEqual(afterSeat[0], afterExpense[0] + 1)
        XCTAssertEqual(afterSeat[1], afterExpense[1], "Morelos is untouched")
        XCTAssertEqual(afterSeat[3], afterExpense[3] + 1, "a seat is in the directory")
    }

    func testAnUnchangedPageIsRevalidatedWith304() async throws {
        try await loadDemo()
        let first = try await app.sendRequest(.GET, "/stl/jalisco")
        let etag = try XCTUnwrap(first.headers.first(name: .eTag))
        XCTAssertEqual(first.headers.first(name: .cacheControl), "public, no-cache")

        var headers = HTTPHeaders()
        headers.add(name: .ifNoneMatch, value: etag)
        let again = try await app.sendRequest(.GET, "/stl/jalisco", headers: headers)
        XCTAssertEqual(again.status, .notModified)
        XCTAssertEqual(again.body.readableBytes, 0)

        let jalisco = try await Secretariat.find(slug: "jalisco", on: db)
        _ = try await SeatWrites.create(SeatInput(sector: "gobierno"), in: jalisco, by: .system, on: db)
        let changed = try await app.sendRequest(.GET, "/stl/jalisco", headers: headers)
        XCTAssertEqual(changed.status, .ok, "after a write to Jalisco the old ETag no longer matches")
    }

    func testSignedInVisitorsAreNeverServedTheSharedCopy() async throws {
        try await loadDemo()
        try await makeUser("root@mx", admin: true)
        _ = try await app.sendRequest(.GET, "/stl/jalisco")  // anonymous copy cached
        let browser = Browser(app)
        try await browser.login("root@mx")

        let page = try await browser.get("/stl/jalisco")

        XCTAssertTrue(page.body.string.contains("Gestionar integrantes"), "the admin sees their own page")
        XCTAssertNil(page.headers.first(name: .eTag))
        XCTAssertEqual(page.headers.first(name: .cacheControl), "no-store")
    }

    func testTheLanguageIsPartOfTheKey() async throws {
        try await loadDemo()
        let spanish = try await app.sendRequest(.GET, "/")
        let english = try await app.sendRequest(.GET, "/?lang=en")
        XCTAssertTrue(spanish.body.string.contains("Secretariados Técnicos Locales"))
        XCTAssertTrue(english.body.string.contains("Local Technical Secretariats"))
        var cookie = HTTPHeaders()
        cookie.add(name: .cookie, value: "lang=en")
        let remembered = try await app.sendRequest(.GET, "/", headers: cookie)
        XCTAssertTrue(remembered.body.string.contains("Local Technical Secretariats"))
    }

    /// Two server instances on one database (a shared SQLite file here, the shared
    /// PostgreSQL database when DATABASE_URL is set): a write through one is seen through
    /// the other, whose cached copy is stale, as soon as it reads the data version again —
    /// on every request here (recheck interval 0).
    func testAWriteThroughOneInstanceIsSeenThroughAnother() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("secretariado-cache-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) } }
        let first = try await instance(sharing: file)
        let second = try await instance(sharing: file)
        second.publicCache = PublicCache(enabled: true, maxBytes: 48 << 20, recheckMilliseconds: 0)
        defer {
            Task {
                try? await first.asyncShutdown()
                try? await second.asyncShutdown()
            }
        }
        if !DatabaseSetup.usesPostgres { try await first.autoMigrate() }
        try await DemoLoader(db: first.db).load()

        let cached = try await second.sendRequest(.GET, "/comparativo")
        XCTAssertFalse(cached.body.string.contains("Tlajomulco"))
        let again = try await second.sendRequest(.GET, "/comparativo")
        XCTAssertEqual(again.headers.first(name: .eTag), cached.headers.first(name: .eTag))

        try await create("Tlajomulco", on: first.db)

        let fresh = try await second.sendRequest(.GET, "/comparativo")
        XCTAssertTrue(fresh.body.string.contains("Tlajomulco"), "the second instance renders again")
        let page = try await second.sendRequest(.GET, "/stl/tlajomulco")
        XCTAssertEqual(page.status, .ok)
    }

    /// Another instance's write is not asked for on every request, but it shows once the
    /// interval has passed (a write through this instance shows at once: the tests above
    /// run with the default interval of one second).
    func testAnotherInstancesWriteShowsOnceTheRecheckIntervalHasPassed() async throws {
        try await loadDemo()
        app.publicCache = PublicCache(enabled: true, maxBytes: 48 << 20, recheckMilliseconds: 300)
        let cached = try await app.sendRequest(.GET, "/comparativo")
        XCTAssertFalse(cached.body.string.contains("Tlajomulco"))

        // Written as another process would: a new row and a higher data version, with no
        // write committed through this process's transactions.
        let found = try await Secretariat.query(on: db).filter(\.$slug == "jalisco").first()
        let jalisco = try XCTUnwrap(found)
        try await Secretariat(
            slug: "tlajomulco", name: "Tlajomulco", level: .municipal, state: "Jalisco",
            status: .enFormacion, rule: jalisco.rule, ruleText: jalisco.ruleText
        ).create(on: db)
        try await (db as! any SQLDatabase).update(DataVersion.table)
            .set(SQLIdentifier("version"), to: SQLBinaryExpression(SQLIdentifier("version"), .add, SQLLiteral.numeric("1")))
            .run()
        let withinInterval = try await app.sendRequest(.GET, "/comparativo")
        try await Task.sleep(nanoseconds: 350_000_000)
        let afterInterval = try await app.sendRequest(.GET, "/comparativo")

        XCTAssertEqual(withinInterval.headers.first(name: .eTag), cached.headers.first(name: .eTag), "the version read is reused")
        XCTAssertTrue(afterInterval.body.string.contains("Tlajomulco"), "then read again")
    }

    func testAClientThatAcceptsGzipGetsTheSamePageCompressed() async throws {
        try await loadDemo()
        let plain = try await app.sendRequest(.GET, "/api/v1/secretariats/jalisco/popolo.json")
        var headers = HTTPHeaders()
        headers.add(name: .acceptEncoding, value: "br;q=1.0, gzip;q=0.8")

        let compressed = try await app.sendRequest(.GET, "/api/v1/secretariats/jalisco/popolo.json", headers: headers)

        XCTAssertNil(plain.headers.first(name: .contentEncoding))
        XCTAssertEqual(compressed.headers.first(name: .contentEncoding), "gzip")
        XCTAssertEqual(compressed.headers.first(name: .vary), "Cookie, Accept-Encoding")
        XCTAssertLessThan(compressed.body.readableBytes, plain.body.readableBytes / 3)
        XCTAssertEqual(try gunzip(compressed.body), Array(plain.body.readableBytesView))
        XCTAssertNotEqual(compressed.headers.first(name: .eTag), plain.headers.first(name: .eTag), "one tag per representation")
        var refused = HTTPHeaders()
        refused.add(name: .acceptEncoding, value: "gzip;q=0")
        let identity = try await app.sendRequest(.GET, "/api/v1/secretariats/jalisco/popolo.json", headers: refused)
        XCTAssertNil(identity.headers.first(name: .contentEncoding))
    }

    private func instance(sharing file: String) async throws -> Application {
        let instance = try await Application.make(.testing)
        try await configure(instance)
        if !DatabaseSetup.usesPostgres {
            instance.databases.use(.sqlite(.file(file)), as: .sqlite, isDefault: true)
        }
        return instance
    }

    func testABurstOfMissesRendersThePageOnce() async throws {
        try await loadDemo()
        let app = self.app!
        let before = app.publicCache.renderCount

        let etags = try await withThrowingTaskGroup(of: String?.self) { group in
            for _ in 0..<24 {
                group.addTask { try await app.sendRequest(.GET, "/comparativo?orden=poder_gobierno").headers.first(name: .eTag) }
            }
            return try await group.reduce(into: [String?]()) { $0.append($1) }
        }

        XCTAssertEqual(Set(etags).count, 1)
        XCTAssertNotNil(etags.first ?? nil)
        XCTAssertLessThan(app.publicCache.renderCount - before, 24, "the waiting requests share a render")
    }

    func testTheCacheCanBeTurnedOffAndIsBounded() async throws {
        let cache = PublicCache(enabled: true, maxBytes: 1_000)
        let key = { (path: String) in PublicCache.Key(path: path, query: "", language: .es, day: 1) }
        let entry = { (version: Int64) in
            PublicCache.Entry(
                version: version, status: .ok, headers: [], body: ByteBuffer(string: String(repeating: "x", count: 200)), gzipped: nil, etag: "e",
                lastUse: 0)
        }
        for i in 0..<10 { cache.store(key("/\(i)"), entry(1)) }
        XCTAssertLessThanOrEqual(cache.count, 5, "at most maxBytes of bodies")
        XCTAssertNotNil(cache.lookup(key("/9"), version: 1))
        XCTAssertNil(cache.lookup(key("/9"), version: 2), "a newer version makes every entry stale")
        XCTAssertEqual(cache.count, 0, "and drops them")
    }
}
