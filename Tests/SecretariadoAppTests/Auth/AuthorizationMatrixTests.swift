import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Every write route of the API against every role: who is let in and who is refused.
final class AuthorizationMatrixTests: AppTestCase {
    enum Who: CaseIterable {
        case anonymous, representative, otherFacilitator, facilitator, guarantor, admin, coordinator
    }

    private var headers: [Who: HTTPHeaders] = [:]

    override func setUp() async throws {
        try await super.setUp()
        try await loadDemo()
        headers[.anonymous] = [:]
        headers[.representative] = try await bearer(for: makeUser("rep@jal.mx", grants: [("jalisco", .representante, "sociedad_civil", 1)]))
        headers[.otherFacilitator] = try await bearer(for: makeUser("fac@camp.mx", grants: [("campeche", .facilitador, nil, nil)]))
        headers[.facilitator] = try await bearer(for: makeUser("fac@jal.mx", grants: [("jalisco", .facilitador, nil, nil)]))
        headers[.guarantor] = try await bearer(for: makeUser("itei@jal.mx", grants: [("jalisco", .garante, nil, nil)]))
        headers[.admin] = try await bearer(for: makeUser("root@mx", admin: true))
        let coordinator = try await makeUser("coordinacion@snt.mx")
        try await NationalGrant(userID: coordinator.requireID(), role: .coordinador).create(on: db)
        headers[.coordinator] = try await bearer(for: coordinator)
    }

    private func status(_ method: HTTPMethod, _ path: String, as who: Who, json: [String: String]? = nil) async throws -> HTTPStatus {
        var result: HTTPStatus = .internalServerError
        try await app.test(
            method, path, headers: headers[who]!,
            beforeRequest: { req in
                if let json { try req.content.encode(json) }
            }
        ) { res async in result = res.status }
        return result
    }

    func testOnlyEditorsOfTheSTLMayAddOrganisations() async throws {
        let expected: [Who: HTTPStatus] = [
            .anonymous: .unauthorized, .representative: .forbidden, .otherFacilitator: .forbidden,
            .facilitator: .created, .guarantor: .created, .admin: .created, .coordinator: .forbidden,
        ]
        for who in Who.allCases {
            let got = try await status(
                .POST, "/api/v1/secretariats/jalisco/organizations", as: who, json: ["name": "Org \(who)", "kind": "academia"])
            XCTAssertEqual(got, expected[who], "\(who)")
        }
    }

    func testOnlyEditorsOfTheSTLMayAddSeats() async throws {
        for who in Who.allCases {
            let got = try await status(.POST, "/api/v1/secretariats/jalisco/seats", as: who, json: ["sector": "gobierno"])
            let allowed: Set<Who> = [.facilitator, .guarantor, .admin]
            XCTAssertEqual(got, allowed.contains(who) ? .created : (who == .anonymous ? .unauthorized : .forbidden), "\(who)")
        }
    }

    func testRefusedMemberWritesLeaveNoTrace() async throws {
        let stl = try await SecretariatDetail.load(slug: "jalisco", on: db)
        let seat = stl.seats[0].seat.id!.uuidString
        let terms = try await SeatTerm.query(on: db).count()
        for who in [Who.anonymous, .representative, .otherFacilitator] {
            let got = try await status(
                .POST, "/api/v1/secretariats/jalisco/members", as: who, json: ["seatId": seat, "role": "titular", "personName": "X"])
            XCTAssertTrue([.unauthorized, .forbidden].contains(got), "\(who): \(got)")
        }
        let after = try await SeatTerm.query(on: db).count()
        XCTAssertEqual(after, terms)
    }

    func testOnlyAdminsMayCreateSecretariats() async throws {
        for who in Who.allCases {
            let got = try await status(.POST, "/api/v1/secretariats", as: who, json: ["name": "Yucatán \(who)"])
            XCTAssertEqual(got, who == .admin ? .created : (who == .anonymous ? .unauthorized : .forbidden), "\(who)")
        }
    }

    func testTheAuditLogIsForWhoeverAnswersForTheSTLAndNationalCoordination() async throws {
        for who in Who.allCases {
            let got = try await status(.GET, "/api/v1/secretariats/jalisco/audit", as: who)
            let allowed: Set<Who> = [.representative, .facilitator, .guarantor, .admin, .coordinator]
            XCTAssertEqual(got, allowed.contains(who) ? .ok : (who == .anonymous ? .unauthorized : .forbidden), "\(who)")
        }
    }

    func testPublicReadsAreOpenToEveryone() async throws {
        for who in Who.allCases {
            for path in [
                "/api/v1/secretariats", "/api/v1/secretariats/jalisco", "/api/v1/secretariats/jalisco/members",
                "/api/v1/secretariats/jalisco/seats", "/api/v1/secretariats/jalisco/organizations",
            ] {
                let got = try await status(.GET, path, as: who)
                XCTAssertEqual(got, .ok, "\(who) \(path)")
            }
        }
    }

    func testAnInvalidBearerTokenIsTreatedAsAnonymous() async throws {
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: "stl_inventado")
        try await app.test(
            .POST, "/api/v1/secretariats/jalisco/seats", headers: headers,
            beforeRequest: { req in
                try req.content.encode(["sector": "gobierno"])
            }
        ) { res async in XCTAssertEqual(res.status, .unauthorized) }
    }
}
