import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Many requests at once on the same record: nothing lost, nothing doubled, never a 500.
final class ConcurrencyTests: AppTestCase {
    func testConcurrentAppointmentsLeaveExactlyOneCurrentTitular() async throws {
        try await loadDemo()
        let headers = try await bearer(for: makeUser("fac@jal.mx", grants: [("jalisco", .facilitador, nil, nil)]))
        let detail = try await SecretariatDetail.load(slug: "jalisco", on: db)
        let seat = detail.seats(in: .sociedadCivil)[1].seat.id!
        let app = self.app!

        let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
            for n in 1...24 {
                group.addTask {
                    var status = HTTPStatus.internalServerError
                    try await app.test(
                        .POST, "/api/v1/secretariats/jalisco/members", headers: headers,
                        beforeRequest: { req in
                            try req.content.encode([
                                "seatId": seat.uuidString, "role": "titular", "personName": "Persona \(n)",
                                "appointmentReference": "designacion_directa", "appointmentReason": "Prueba: designación fuera de la elección",
                                "confirmDirectAppointment": "on",
                            ])
                        }
                    ) { res async in status = res.status }
                    return status
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }

        XCTAssertTrue(statuses.allSatisfy { $0 == .created || $0 == .conflict }, "\(statuses)")
        let created = statuses.filter { $0 == .created }.count
        XCTAssertGreaterThan(created, 0)
        let terms = try await SeatTerm.query(on: db).filter(\.$seat.$id == seat).filter(\.$role == .titular).all()
        XCTAssertEqual(terms.filter(\.isCurrent).count, 1, "one current titular")
        XCTAssertEqual(terms.count, created + 1, "the demo titular plus one term per acknowledged appointment")
        let audited = try await AuditEntry.query(on: db).filter(\.$entity == "member").count()
        XCTAssertEqual(audited, created, "one audit entry per acknowledged appointment")
    }

    func testConcurrentCharterVersionsGetDistinctConsecutiveNumbers() async throws {
        try await loadDemo()
        let stl = try await Secretariat.find(slug: "durango", on: db)
        let current = try await GovernanceWrites.current(for: stl.requireID(), on: db)
        let base = try XCTUnwrap(current?.document)
        let database = db

        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for n in 1...16 {
                group.addTask {
                    do {
                        var document = base
                        document.communication += " Cambio \(n)."
                        try await GovernanceWrites.correct(document, reason: "Errata \(n)", in: stl, by: .system, on: database)
                        return true
                    } catch {
                        return false
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }

        let versions = try await GovernanceVersion.query(on: db).filter(\.$secretariat.$id == stl.requireID())
            .sort(\.$version).all().map(\.version)
        let succeeded = outcomes.filter { $0 }.count
        XCTAssertEqual(versions, Array(1...(succeeded + 1)), "no gap, no duplicate")
    }
}
