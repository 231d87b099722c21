import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// The election's rules as the services enforce them.
final class ElectionRulesTests: AppTestCase {
    var fixture: InstallationFixture!

    override func setUp() async throws {
        try await super.setUp()
        fixture = try await InstallationFixture.make(on: db)
    }

    private func expect(_ status: HTTPStatus, field: String? = nil, _ body: () async throws -> Void, line: UInt = #line) async {
        do {
            try await body()
            XCTFail("expected \(status)", line: line)
        } catch let error as AppError {
            XCTAssertEqual(error.status, status, "\(error)", line: line)
            if let field { XCTAssertEqual(error.field, field, line: line) }
        } catch {
            XCTFail("unexpected \(error)", line: line)
        }
    }

    func testAnElectionNeedsValidatedOrganisationsAndValidTimes() async throws {
        try await fixture.publishCall()
        let input = ElectionInput(seats: "1", method: "pluralidad", opensAt: "2030-01-01T10:00", closesAt: "2030-01-02T10:00")
        await expect(.conflict) { _ = try await ElectionWrites.create(input, in: fixture.stl, by: .system, on: db) }
        try await fixture.validate(try await fixture.register("Org Uno"))
        await expect(.unprocessableEntity, field: "closesAt") {
            _ = try await ElectionWrites.create(
                ElectionInput(seats: "1", method: "pluralidad", opensAt: "2030-01-02T10:00", closesAt: "2030-01-01T10:00"), in: fixture.stl,
                by: .system, on: db)
        }
        await expect(.unprocessableEntity, field: "opensAt") {
            _ = try await ElectionWrites.create(
                ElectionInput(seats: "1", method: "pluralidad", opensAt: "2030-13-01T10:00", closesAt: "2030-01-02T10:00"), in: fixture.stl,
                by: .system, on: db)
        }
        await expect(.unprocessableEntity, field: "seats") {
            _ = try await ElectionWrites.create(
                ElectionInput(seats: "0", method: "pluralidad", opensAt: "2030-01-01T10:00", closesAt: "2030-01-02T10:00"), in: fixture.stl,
                by: .system, on: db)
        }
        await expect(.unprocessableEntity, field: "method") {
            _ = try await ElectionWrites.create(
                ElectionInput(seats: "1", method: "sorteo", opensAt: "2030-01-01T10:00", closesAt: "2030-01-02T10:00"), in: fixture.stl, by: .system,
                on: db)
        }
        _ = try await ElectionWrites.create(input, in: fixture.stl, by: .system, on: db)
        await expect(.conflict) { _ = try await ElectionWrites.create(input, in: fixture.stl, by: .system, on: db) }
    }

    func testNominationsFollowTheRules() async throws {
        let tokens = try await fixture.election(organisations: ["Org Uno", "Org Dos"])
        let uno = try await CallRegistration.query(on: db).filter(\.$organizationName == "Org Uno").first()!
        let rejected = try await fixture.register("Org Rechazada")
        _ = try await OpenCallWrites.decide(
            rejected.requireID(), RegistrationDecisionInput(decision: "rechazar", reason: "No"), in: fixture.stl, by: .system, on: db)
        await expect(.unprocessableEntity, field: "registrationId") {
            _ = try await BallotWrites.nominate(
                token: tokens["Org Uno"]!, NominationInput(personName: "X", registrationId: rejected.id!.uuidString), in: fixture.stl, on: db)
        }
        await expect(.unprocessableEntity, field: "personName") {
            _ = try await BallotWrites.nominate(
                token: tokens["Org Uno"]!, NominationInput(personName: " ", registrationId: uno.id!.uuidString), in: fixture.stl, on: db)
        }
        _ = try await BallotWrites.nominate(
            token: tokens["Org Uno"]!, NominationInput(personName: "Ana", registrationId: uno.id!.uuidString), in: fixture.stl, on: db)
        await expect(.conflict) {
            _ = try await BallotWrites.nominate(
                token: tokens["Org Uno"]!, NominationInput(personName: "Otra", registrationId: uno.id!.uuidString), in: fixture.stl, on: db)
        }
        await expect(.conflict, field: "personName") {
            _ = try await BallotWrites.nominate(
                token: tokens["Org Dos"]!, NominationInput(personName: "ANA", registrationId: uno.id!.uuidString), in: fixture.stl, on: db)
        }
        try await ElectionWrites.openVoting(in: fixture.stl, by: .system, on: db)
        await expect(.conflict) {
            _ = try await BallotWrites.nominate(
                token: tokens["Org Dos"]!, NominationInput(personName: "Beto", registrationId: uno.id!.uuidString), in: fixture.stl, on: db)
        }
    }

    func testBallotsAreCheckedAndTheCloseWaitsForEveryoneOrTheClock() async throws {
        let tokens = try await fixture.election(organisations: ["Org Uno", "Org Dos", "Org Tres"])
        await expect(.conflict) { try await BallotWrites.cast(token: tokens["Org Uno"]!, choices: [], in: fixture.stl, on: db) }
        let candidates = try await fixture.nominateAndOpen(tokens)
        await expect(.unprocessableEntity, field: "choices") {
            try await BallotWrites.cast(
                token: tokens["Org Uno"]!, choices: [candidates["Org Uno"]!, candidates["Org Dos"]!], in: fixture.stl, on: db)
        }
        await expect(.unprocessableEntity, field: "choices") {
            try await BallotWrites.cast(token: tokens["Org Uno"]!, choices: [UUID()], in: fixture.stl, on: db)
        }
        try await BallotWrites.cast(token: tokens["Org Uno"]!, choices: [], in: fixture.stl, on: db)
        await expect(.conflict) { _ = try await ElectionCloseWrites.close(in: fixture.stl, by: .system, on: db) }
        let registration = try await CallRegistration.query(on: db).filter(\.$organizationName == "Org Uno").first()!
        await expect(.conflict, field: "registrationId") {
            _ = try await ElectionWrites.issueCredential(
                CredentialInput(registrationId: registration.id!.uuidString), in: fixture.stl, by: .system, on: db)
        }
        try await BallotWrites.cast(token: tokens["Org Dos"]!, choices: [candidates["Org Tres"]!], in: fixture.stl, on: db)
        try await BallotWrites.cast(token: tokens["Org Tres"]!, choices: [candidates["Org Tres"]!], in: fixture.stl, on: db)
        let tally = try await ElectionCloseWrites.close(in: fixture.stl, by: .system, on: db)
        XCTAssertEqual(tally.blankBallots, 1)
        XCTAssertEqual(tally.titulares.map(\.candidate.name), ["Persona de Org Tres"])
        XCTAssertTrue(tally.suplentes.isEmpty, "no one else got a vote")
        await expect(.conflict) { try await BallotWrites.cast(token: tokens["Org Uno"]!, choices: [], in: fixture.stl, on: db) }
    }

    func testCandidatesNotExceedingTheSeatsJoinBySelfSelection() async throws {
        let tokens = try await fixture.election(organisations: ["Org Uno", "Org Dos", "Org Tres"], seats: 2)
        let uno = try await CallRegistration.query(on: db).filter(\.$organizationName == "Org Uno").first()!
        let dos = try await CallRegistration.query(on: db).filter(\.$organizationName == "Org Dos").first()!
        _ = try await BallotWrites.nominate(
            token: tokens["Org Uno"]!, NominationInput(personName: "Ana", registrationId: uno.id!.uuidString), in: fixture.stl, on: db)
        _ = try await BallotWrites.nominate(
            token: tokens["Org Dos"]!, NominationInput(personName: "Beto", registrationId: dos.id!.uuidString), in: fixture.stl, on: db)
        try await ElectionWrites.openVoting(in: fixture.stl, by: .system, on: db)
        await expect(.conflict) { try await BallotWrites.cast(token: tokens["Org Tres"]!, choices: [], in: fixture.stl, on: db) }

        let tally = try await ElectionCloseWrites.close(in: fixture.stl, by: .system, on: db)

        XCTAssertTrue(tally.byAcclamation)
        let detail = try await SecretariatDetail.load(slug: fixture.stl.slug, on: db)
        let civil = detail.seats(in: .sociedadCivil)
        XCTAssertEqual(civil.count, 2, "a second civil-society seat is added for the second titular")
        XCTAssertEqual(Set(civil.compactMap { $0.titular?.person?.name }), ["Ana", "Beto"])
        XCTAssertTrue(civil.allSatisfy { $0.titular?.note?.contains("autoselección") == true })
        // Seated by the election: each term references it, and none is a direct appointment.
        let election = try await Election.query(on: db).filter(\.$secretariat.$id == fixture.stl.requireID()).first()
        XCTAssertTrue(
            civil.allSatisfy { $0.titular?.appointment == .byElection && $0.titular?.electionID == election?.id },
            "\(civil.map { $0.titular?.appointment })")
        let page = try await Browser(app).get("/stl/\(fixture.stl.slug)")
        XCTAssertTrue(page.body.string.contains("Elegido por las organizaciones (elección de sociedad civil)"))
        let results = try await Browser(app).get("/stl/\(fixture.stl.slug)/instalacion/resultados")
        XCTAssertTrue(results.body.string.contains("autoselección"))
    }

    func testAReElectionRotatesTheSeatKeepingTheHistory() async throws {
        let tokens = try await fixture.election(organisations: ["Org Uno"])
        let uno = try await CallRegistration.query(on: db).filter(\.$organizationName == "Org Uno").first()!
        _ = try await BallotWrites.nominate(
            token: tokens["Org Uno"]!, NominationInput(personName: "Ana", registrationId: uno.id!.uuidString), in: fixture.stl, on: db)
        try await ElectionWrites.openVoting(in: fixture.stl, by: .system, on: db)
        _ = try await ElectionCloseWrites.close(in: fixture.stl, by: .system, on: db)
        _ = try await ElectionWrites.create(
            ElectionInput(
                seats: "1", method: "aprobacion", opensAt: InstallationFieldCheck.format(Date().addingTimeInterval(60)),
                closesAt: InstallationFieldCheck.format(Date().addingTimeInterval(3600))),
            in: fixture.stl, by: .system, on: db)
        _ = try await BallotWrites.nominate(
            token: try await fixture.reveal("Org Uno"), NominationInput(personName: "Beto", registrationId: uno.id!.uuidString), in: fixture.stl,
            on: db)
        try await ElectionWrites.openVoting(in: fixture.stl, by: .system, on: db)
        _ = try await ElectionCloseWrites.close(in: fixture.stl, by: .system, on: db)

        let detail = try await SecretariatDetail.load(slug: fixture.stl.slug, on: db)
        let seat = detail.seats(in: .sociedadCivil)[0]
        XCTAssertEqual(seat.titular?.person?.name, "Beto")
        XCTAssertEqual(seat.history.map { $0.person?.name }, ["Ana"])
        let organizations = try await Organization.query(on: db).filter(\.$secretariat.$id == fixture.stl.requireID()).filter(\.$name == "Org Uno")
            .count()
        XCTAssertEqual(organizations, 1, "the organisation is reused, not duplicated")
    }
}
