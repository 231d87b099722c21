import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

final class CompositionAPITests: AppTestCase {
    private func facilitatorHeaders(of slug: String = "jalisco") async throws -> HTTPHeaders {
        let user = try await makeUser("facilita@\(slug).mx", grants: [(slug, .facilitador, nil, nil)])
        return try await bearer(for: user)
    }

    private func seatID(_ slug: String, _ sector: String, _ number: Int) async throws -> UUID {
        let stl = try await Secretariat.find(slug: slug, on: db)
        return try await Seat.query(on: db).filter(\.$secretariat.$id == stl.requireID())
            .filter(\.$sector == sector).filter(\.$number == number).first()!.requireID()
    }

    func testFacilitatorCreatesAnOrganisationAndTheChangeIsAudited() async throws {
        try await loadDemo()
        let headers = try await facilitatorHeaders()
        let before = try await auditCount()

        try await app.test(
            .POST, "/api/v1/secretariats/jalisco/organizations", headers: headers,
            beforeRequest: { req in
                try req.content.encode(["name": "Observatorio Ciudadano", "kind": "sociedad_civil", "contactEmail": "hola@observatorio.mx"])
            }
        ) { res async throws in
            XCTAssertEqual(res.status, .created)
            XCTAssertEqual(try res.content.get(String.self, at: "name"), "Observatorio Ciudadano")
        }

        let after = try await auditCount()
        XCTAssertEqual(after, before + 1)
        let entry = try await AuditEntry.query(on: db).sort(\.$at, .descending).first()
        XCTAssertEqual(entry?.entity, "organization")
        XCTAssertEqual(entry?.actor, "facilita@jalisco.mx")
        XCTAssertNil(entry?.before)
        XCTAssertTrue(entry?.after?.contains("Observatorio Ciudadano") ?? false)
    }

    func testMissingNameIsA422NamingTheFieldAndWritesNothing() async throws {
        try await loadDemo()
        let headers = try await facilitatorHeaders()
        let organizations = try await Organization.query(on: db).count()
        let audits = try await auditCount()

        try await app.test(
            .POST, "/api/v1/secretariats/jalisco/organizations", headers: headers,
            beforeRequest: { req in
                try req.content.encode(["name": "   ", "kind": "sociedad_civil"])
            }
        ) { res async throws in
            XCTAssertEqual(res.status, .unprocessableEntity)
            XCTAssertEqual(try res.content.get(String.self, at: "field"), "name")
        }

        let organizationsAfter = try await Organization.query(on: db).count()
        let auditsAfter = try await auditCount()
        XCTAssertEqual(organizationsAfter, organizations)
        XCTAssertEqual(auditsAfter, audits)
    }

    func testUnknownKindIsA422ListingTheAllowedValues() async throws {
        try await loadDemo()
        let headers = try await facilitatorHeaders()

        try await app.test(
            .POST, "/api/v1/secretariats/jalisco/organizations", headers: headers,
            beforeRequest: { req in
                try req.content.encode(["name": "X", "kind": "secta"])
            }
        ) { res async throws in
            XCTAssertEqual(res.status, .unprocessableEntity)
            XCTAssertEqual(try res.content.get(String.self, at: "field"), "kind")
            XCTAssertTrue(try res.content.get(String.self, at: "reason").contains("sociedad_civil"))
        }
    }

    func testMalformedJSONIsA400NotA500() async throws {
        try await loadDemo()
        var headers = try await facilitatorHeaders()
        headers.contentType = .json

        try await app.test(.POST, "/api/v1/secretariats/jalisco/organizations", headers: headers, body: ByteBuffer(string: "{\"name\": ")) {
            res async throws in
            XCTAssertEqual(res.status, .badRequest)
            XCTAssertEqual(try res.content.get(Bool.self, at: "error"), true)
        }
    }

    func testWrongTypeIsA400NamingTheField() async throws {
        try await loadDemo()
        var headers = try await facilitatorHeaders()
        headers.contentType = .json

        try await app.test(
            .POST, "/api/v1/secretariats/jalisco/organizations", headers: headers, body: ByteBuffer(string: "{\"name\": 42, \"kind\": \"academia\"}")
        ) { res async throws in
            XCTAssertEqual(res.status, .badRequest)
            XCTAssertEqual(try res.content.get(String.self, at: "field"), "name")
        }
    }

    func testAppointingATitularEndsThePreviousTitularsTerm() async throws {
        try await loadDemo()
        let headers = try await facilitatorHeaders()
        let seat = try await seatID("jalisco", "gobierno", 1)

        try await app.test(
            .POST, "/api/v1/secretariats/jalisco/members", headers: headers,
            beforeRequest: { req in
                try req.content.encode([
                    "seatId": seat.uuidString, "role": "titular", "personName": "Ana Pérez",
                    "office": "Secretaria de Planeación", "startsOn": "2026-01-15",
                ])
            }
        ) { res async throws in
            XCTAssertEqual(res.status, .created)
            XCTAssertEqual(try res.content.get(String.self, at: "person", "name"), "Ana Pérez")
        }

        let terms = try await SeatTerm.query(on: db).filter(\.$seat.$id == seat).filter(\.$role == .titular).all()
        XCTAssertEqual(terms.filter(\.isCurrent).count, 1, "exactly one current titular")
        let ended = terms.filter { !$0.isCurrent }
        XCTAssertEqual(ended.count, 1)
        XCTAssertEqual(ended.first.flatMap { $0.endsOn.map(CalendarDate.format) }, "2026-01-15")
    }

    func testAppointingToASeatOfAnotherSTLIsRefused() async throws {
        try await loadDemo()
        let headers = try await facilitatorHeaders()
        let foreignSeat = try await seatID("campeche", "gobierno", 1)

        try await app.test(
            .POST, "/api/v1/secretariats/jalisco/members", headers: headers,
            beforeRequest: { req in
                try req.content.encode(["seatId": foreignSeat.uuidString, "role": "titular", "personName": "Intruso"])
            }
        ) { res async throws in
            XCTAssertEqual(res.status, .unprocessableEntity)
            XCTAssertEqual(try res.content.get(String.self, at: "field"), "seatId")
        }
    }

    func testAnImpossibleDateIsRefusedNamingTheField() async throws {
        try await loadDemo()
        let headers = try await facilitatorHeaders()
        let seat = try await seatID("jalisco", "gobierno", 1)

        try await app.test(
            .POST, "/api/v1/secretariats/jalisco/members", headers: headers,
            beforeRequest: { req in
                try req.content.encode(["seatId": seat.uuidString, "role": "titular", "personName": "X", "startsOn": "2026-02-30"])
            }
        ) { res async throws in
            XCTAssertEqual(res.status, .unprocessableEntity)
            XCTAssertEqual(try res.content.get(String.self, at: "field"), "startsOn")
        }
    }

    func testEndingAMemberKeepsTheTermAsHistory() async throws {
        try await loadDemo()
        let headers = try await facilitatorHeaders()
        let stl = try await SecretariatDetail.load(slug: "jalisco", on: db)
        let term = try XCTUnwrap(stl.seats.first?.titular)

        try await app.test(.DELETE, "/api/v1/secretariats/jalisco/members/\(term.id!)", headers: headers) { res async in
            XCTAssertEqual(res.status, .noContent)
        }

        let stored = try await SeatTerm.find(term.id, on: db)
        XCTAssertNotNil(stored?.endsOn)
    }

    func testContactDataIsHiddenFromThePublicButShownToTheFacilitator() async throws {
        try await loadDemo()
        let headers = try await facilitatorHeaders()
        let seat = try await seatID("jalisco", "sociedad_civil", 2)
        try await app.test(
            .POST, "/api/v1/secretariats/jalisco/members", headers: headers,
            beforeRequest: { req in
                try req.content.encode([
                    "seatId": seat.uuidString, "role": "suplente", "personName": "Luz Ramírez", "personEmail": "luz.privada@example.org",
                    "personPhone": "33 1234 5678", "appointmentReference": "designacion_directa",
                    "appointmentReason": "Prueba: designación fuera de la elección", "confirmDirectAppointment": "on",
                ])
            }
        ) { res async in XCTAssertEqual(res.status, .created) }

        try await app.test(.GET, "/api/v1/secretariats/jalisco") { res async in
            XCTAssertTrue(res.body.string.contains("Luz Ramírez"))
            XCTAssertFalse(res.body.string.contains("luz.privada@example.org"))
            XCTAssertFalse(res.body.string.contains("1234 5678"))
        }
        try await app.test(.GET, "/stl/jalisco") { res async in
            XCTAssertTrue(res.body.string.contains("Luz Ramírez"))
            XCTAssertFalse(res.body.string.contains("luz.privada@example.org"))
        }
        try await app.test(.GET, "/api/v1/secretariats/jalisco", headers: headers) { res async in
            XCTAssertTrue(res.body.string.contains("luz.privada@example.org"))
        }
    }

    func testAddingASeatToAnUnknownSectorIsRefused() async throws {
        try await loadDemo()
        let headers = try await facilitatorHeaders()

        try await app.test(
            .POST, "/api/v1/secretariats/jalisco/seats", headers: headers,
            beforeRequest: { req in
                try req.content.encode(["sector": "iglesia"])
            }
        ) { res async throws in
            XCTAssertEqual(res.status, .unprocessableEntity)
            XCTAssertEqual(try res.content.get(String.self, at: "field"), "sector")
        }
    }

    func testAddingASeatChangesTheListedComposition() async throws {
        try await loadDemo()
        let headers = try await facilitatorHeaders(of: "zacatecas")

        try await app.test(
            .POST, "/api/v1/secretariats/zacatecas/seats", headers: headers,
            beforeRequest: { req in
                try req.content.encode(["sector": "sociedad_civil"])
            }
        ) { res async throws in
            XCTAssertEqual(res.status, .created)
            XCTAssertEqual(try res.content.get(Int.self, at: "number"), 2)
        }

        try await app.test(.GET, "/api/v1/secretariats/zacatecas") { res async throws in
            XCTAssertEqual(try res.content.get(Int.self, at: "seats", "sociedad_civil"), 2)
        }
    }
}
