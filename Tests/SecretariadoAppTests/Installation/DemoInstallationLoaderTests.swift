import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// The demo STL in formation, Yucatán, loaded apart from the 16 of Tabla 2.
final class DemoInstallationLoaderTests: AppTestCase {
    func testYucatanIsLoadedOnceBesideTheSixteenInstalledSTLs() async throws {
        try await loadDemo()
        let first = try await DemoInstallationLoader(db: db).load()
        let second = try await DemoInstallationLoader(db: db).load()

        XCTAssertTrue(first)
        XCTAssertFalse(second, "idempotent")
        let installed = try await Secretariat.query(on: db).filter(\.$status == .instalado).count()
        let forming = try await Secretariat.query(on: db).filter(\.$status == .enFormacion).all()
        XCTAssertEqual(installed, 16, "the 16 STLs of Tabla 2 are untouched")
        XCTAssertEqual(forming.map(\.slug), ["yucatan"])
    }

    func testYucatanIsPartwayThroughTheSixthStep() async throws {
        try await DemoInstallationLoader(db: db).load()
        let stl = try await Secretariat.find(slug: "yucatan", on: db)
        let roadmap = try await InstallationRoadmap.load(stl, on: db)

        XCTAssertEqual((1...5).map { roadmap.status(of: $0) }, Array(repeating: .concluido, count: 5))
        XCTAssertEqual(roadmap.status(of: 6), .enCurso)
        XCTAssertTrue((7...10).allSatisfy { roadmap.status(of: $0) == .pendiente })
        XCTAssertFalse(roadmap.evidence(of: 1).isEmpty)

        let registrations = try await CallRegistration.query(on: db).filter(\.$secretariat.$id == stl.requireID()).all()
        XCTAssertEqual(registrations.filter { $0.status == .validada }.count, 4)
        let rejected = registrations.filter { $0.status == .rechazada }
        XCTAssertEqual(rejected.count, 1)
        XCTAssertNotNil(rejected.first?.decisionReason)

        let latest = try await ElectionWrites.latest(in: stl.requireID(), on: db)
        let election = try XCTUnwrap(latest)
        let count = try await ElectionCount.load(election, on: db)
        XCTAssertEqual(count.phase, .votacion)
        XCTAssertEqual(count.candidates.count, 4)
        XCTAssertEqual(count.ballotsCast, 2)
        XCTAssertEqual(count.credentials, 4)
    }

    func testEveryYucatanPageRendersAndTheCountStaysClosed() async throws {
        try await loadDemo()
        try await DemoInstallationLoader(db: db).load()
        for path in [
            "/stl/yucatan", "/stl/yucatan/instalacion", "/stl/yucatan/instalacion/pasos/6", "/stl/yucatan/instalacion/grupo-promotor",
            "/stl/yucatan/instalacion/convocatoria", "/stl/yucatan/instalacion/eleccion", "/stl/yucatan/instalacion/facilitacion",
            "/stl/yucatan/acta", "/stl/yucatan/acta.md", "/",
        ] {
            let response = try await Browser(app).get(path)
            XCTAssertEqual(response.status, .ok, path)
            XCTAssertFalse(response.body.string.contains("@ejemplo.org"), "no contact data on \(path)")
        }
        let election = try await Browser(app).get("/stl/yucatan/instalacion/eleccion")
        XCTAssertTrue(election.body.string.contains("2 de 4 organizaciones han votado"))
        let results = try await Browser(app).get("/stl/yucatan/instalacion/resultados")
        XCTAssertEqual(results.status, .seeOther, "before the close the public is sent to sign in, never shown a count")
        for path in [
            "/api/v1/secretariats/yucatan/installation", "/api/v1/secretariats/yucatan/installation/registrations",
            "/api/v1/secretariats/yucatan/installation/election", "/api/v1/secretariats/yucatan/installation/promoter-group",
        ] {
            try await app.test(.GET, path) { res async in
                XCTAssertEqual(res.status, .ok, path)
                XCTAssertFalse(res.body.string.contains("@ejemplo.org"), path)
            }
        }
    }
}
