import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Every right can be taken back, and takes effect at the next request: API tokens (web and
/// API), role grants (web, API and CLI).
final class RevocationTests: AppTestCase {
    private func status(_ method: HTTPMethod, _ path: String, _ headers: HTTPHeaders, json: [String: String]? = nil) async throws -> HTTPStatus {
        var result: HTTPStatus = .internalServerError
        try await app.test(
            method, path, headers: headers,
            beforeRequest: { req in
                if let json { try req.content.encode(json) }
            }
        ) { res async in result = res.status }
        return result
    }

    func testRevokingATokenOnTheWebMakesItFailAtOnce() async throws {
        let ana = try await makeUser("ana@example.org")
        let bearer = try await bearer(for: ana)
        let before = try await status(.GET, APIURL.accountTokens.path, bearer)
        XCTAssertEqual(before, .ok)
        let browser = Browser(app)
        try await browser.login("ana@example.org")
        let page = try await browser.get(SiteURL.accountTokens.path)
        XCTAssertTrue(page.body.string.contains("pruebas"), "the token is listed by name")
        let token = try await APIToken.query(on: db).first()
        let audits = try await auditCount()

        let revoke = try await browser.post(SiteURL.accountTokenRevoke(.value(token!.id!)).path, form: [:])

        XCTAssertEqual(revoke.status, .seeOther)
        let after = try await status(.GET, APIURL.accountTokens.path, bearer)
        XCTAssertEqual(after, .unauthorized)
        let count = try await APIToken.query(on: db).count()
        XCTAssertEqual(count, 0)
        let audited = try await auditCount()
        XCTAssertEqual(audited, audits + 1)
    }

    private func token(for user: User) async throws -> (id: UUID, headers: HTTPHeaders) {
        let minted = APITokens.mint()
        let token = APIToken(userID: try user.requireID(), name: "prueba", tokenHash: minted.hash)
        try await token.create(on: db)
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: minted.token)
        return (try token.requireID(), headers)
    }

    func testRevokingATokenThroughTheAPIMakesItFailAtOnceAndOthersTokensAreNotFound() async throws {
        let ana = try await makeUser("ana@example.org")
        let first = try await token(for: ana)
        let second = try await token(for: ana)
        let luis = try await token(for: try await makeUser("luis@example.org"))
        let got1 = try await status(.GET, APIURL.accountTokens.path, first.headers)
        XCTAssertEqual(got1, .ok)

        let got2 = try await status(.DELETE, APIURL.accountToken(.value(first.id)).path, second.headers)
        XCTAssertEqual(got2, .noContent)

        let got3 = try await status(.GET, APIURL.accountTokens.path, first.headers)
        XCTAssertEqual(got3, .unauthorized)
        let got4 = try await status(.DELETE, APIURL.accountToken(.value(luis.id)).path, second.headers)
        XCTAssertEqual(
            got4, .notFound,
            "another account's token is not revealed")
        let got5 = try await status(.GET, APIURL.accountTokens.path, luis.headers)
        XCTAssertEqual(got5, .ok, "and it still works")
        let got6 = try await status(.DELETE, APIURL.accountToken(.value(second.id)).path, second.headers)
        XCTAssertEqual(
            got6, .noContent,
            "a token may revoke itself")
        let got7 = try await status(.GET, APIURL.accountTokens.path, second.headers)
        XCTAssertEqual(got7, .unauthorized)
    }

    func testLastUseIsRecordedAtMostHourlySoReadsStayReads() async throws {
        let ana = try await makeUser("ana@example.org")
        let token = try await token(for: ana)
        let unused = try await APIToken.find(token.id, on: db)
        XCTAssertNil(unused?.lastUsedAt)
        let got1 = try await status(.GET, APIURL.accountTokens.path, token.headers)
        XCTAssertEqual(got1, .ok)
        let used = try await APIToken.find(token.id, on: db)
        XCTAssertNotNil(used?.lastUsedAt)
        let recent = Date().addingTimeInterval(-600).timeIntervalSince1970.rounded()
        used!.lastUsedAt = Date(timeIntervalSince1970: recent)
        try await used!.update(on: db)

        let got2 = try await status(.GET, APIURL.accountTokens.path, token.headers)
        XCTAssertEqual(got2, .ok)

        let after = try await APIToken.find(token.id, on: db)
        XCTAssertEqual(after?.lastUsedAt?.timeIntervalSince1970 ?? 0, recent, accuracy: 1, "not rewritten within the hour")
    }

    func testRevokingAGrantOnTheAdminPageRemovesTheRightAtOnce() async throws {
        try await loadDemo()
        let facilitator = try await makeUser("fac@jal.mx", grants: [("jalisco", .facilitador, nil, nil)])
        try await makeUser("root@mx", admin: true)
        let bearer = try await bearer(for: facilitator)
        let got8 = try await status(.POST, "/api/v1/secretariats/jalisco/seats", bearer, json: ["sector": "gobierno"])
        XCTAssertEqual(got8, .created)
        let grant = try await RoleGrant.query(on: db).filter(\.$user.$id == facilitator.requireID()).first()
        let admin = Browser(app)
        try await admin.login("root@mx")
        let page = try await admin.get(SiteURL.adminUser(.value(facilitator.id!)).path)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains(SiteURL.adminUserGrantRevoke(.value(facilitator.id!), .value(grant!.id!)).path))

        let revoke = try await admin.post(SiteURL.adminUserGrantRevoke(.value(facilitator.id!), .value(grant!.id!)).path, form: [:])

        XCTAssertEqual(revoke.status, .seeOther)
        let got9 = try await status(.POST, "/api/v1/secretariats/jalisco/seats", bearer, json: ["sector": "gobierno"])
        XCTAssertEqual(got9, .forbidden)
        let entry = try await AuditEntry.query(on: db).filter(\.$entity == "role_grant").filter(\.$action == "delete").first()
        XCTAssertNotNil(entry, "the revocation is in the audit log")
    }

    func testRevokingAGrantThroughTheAPIIsForAdminsAndTakesEffectAtOnce() async throws {
        try await loadDemo()
        let facilitator = try await makeUser("fac@jal.mx", grants: [("jalisco", .facilitador, nil, nil)])
        let facilitatorBearer = try await bearer(for: facilitator)
        let admin = try await bearer(for: makeUser("root@mx", admin: true))
        let grants = APIURL.userGrants(.value(facilitator.id!)).path
        let got10 = try await status(.GET, grants, facilitatorBearer)
        XCTAssertEqual(got10, .forbidden)
        var grantID: UUID?
        try await app.test(.GET, grants, headers: admin) { res async throws in
            XCTAssertEqual(res.status, .ok)
            let list = try res.content.decode([AccountAPIController.GrantDTO].self)
            XCTAssertEqual(list.map(\.secretariat), ["jalisco"])
            grantID = list.first?.id
        }
        let path = APIURL.userGrant(.value(facilitator.id!), .value(try XCTUnwrap(grantID))).path
        let got11 = try await status(.DELETE, path, facilitatorBearer)
        XCTAssertEqual(got11, .forbidden, "nobody revokes their own way up or down")

        let got12 = try await status(.DELETE, path, admin)
        XCTAssertEqual(got12, .noContent)

        let got13 = try await status(.POST, "/api/v1/secretariats/jalisco/seats", facilitatorBearer, json: ["sector": "gobierno"])
        XCTAssertEqual(got13, .forbidden)
        let got14 = try await status(.DELETE, path, admin)
        XCTAssertEqual(got14, .notFound)
    }

    func testTheCommandLineRevokesGrantsOfOneSTL() async throws {
        try await loadDemo()
        let user = try await makeUser("fac@jal.mx", grants: [("jalisco", .facilitador, nil, nil), ("campeche", .facilitador, nil, nil)])

        let revoked = try await UserWrites.revokeGrants(of: user, in: "jalisco", role: nil, by: .system, on: db)

        XCTAssertEqual(revoked, ["facilitador"])
        let left = try await RoleGrant.query(on: db).filter(\.$user.$id == user.requireID()).with(\.$secretariat).all()
        XCTAssertEqual(left.map(\.secretariat.slug), ["campeche"])
        do {
            _ = try await UserWrites.revokeGrants(of: user, in: "jalisco", role: "facilitador", by: .system, on: db)
            XCTFail("nothing left to revoke")
        } catch let error as AppError {
            XCTAssertEqual(error.status, .notFound)
        }
    }
}
