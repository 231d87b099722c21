import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

final class OpenDataTests: AppTestCase {
    func testPopoloExportHasTheSTLSectorsSeatsAndMembersWithoutContactData() async throws {
        try await loadDemo()
        let facilitator = try await makeUser("fac@sin.mx", grants: [("sinaloa", .facilitador, nil, nil)])
        let detail = try await SecretariatDetail.load(slug: "sinaloa", on: db)
        let seat = detail.seats(in: .gobierno)[0].seat.id!.uuidString
        try await app.test(
            .POST, "/api/v1/secretariats/sinaloa/members", headers: try await bearer(for: facilitator),
            beforeRequest: { req in
                try req.content.encode([
                    "seatId": seat, "role": "suplente", "personName": "Rosa Privada", "personEmail": "rosa@privado.mx", "personPhone": "667 000 0000",
                ])
            }
        ) { res async in XCTAssertEqual(res.status, .created) }

        try await app.test(.GET, "/api/v1/secretariats/sinaloa/popolo.json") { res async throws in
            XCTAssertEqual(res.status, .ok)
            XCTAssertFalse(res.body.string.contains("rosa@privado.mx"))
            XCTAssertFalse(res.body.string.contains("667 000"))
            let popolo = try res.content.decode(PopoloExport.self)
            XCTAssertEqual(popolo.organizations.filter { $0.parent_id == "stl-sinaloa" }.count, 3, "the three sectors")
            XCTAssertEqual(popolo.posts.count, 8 * 2, "a titular and a suplente post per seat")
            XCTAssertTrue(popolo.persons.contains { $0.name == "Rosa Privada" })
            XCTAssertTrue(popolo.persons.contains { $0.name == "Ericka Cecilia Montoya Zavala" })
            let personIDs = Set(popolo.persons.map(\.id))
            let postIDs = Set(popolo.posts.map(\.id))
            for membership in popolo.memberships {
                XCTAssertTrue(membership.person_id != nil || membership.member != nil, "membership names a member")
                if let person = membership.person_id { XCTAssertTrue(personIDs.contains(person)) }
                if let post = membership.post_id { XCTAssertTrue(postIDs.contains(post)) }
            }
        }
    }

    func testCatalogListsDatasetsWithLicenseAndPopoloForEverySTL() async throws {
        try await loadDemo()

        try await app.test(.GET, "/api/v1/opendata") { res async throws in
            let catalog = try res.content.decode(OpenDataCatalog.self)
            XCTAssertEqual(catalog.license, "CC-BY-4.0")
            XCTAssertEqual(catalog.datasets.filter { $0.id.hasPrefix("popolo-") }.count, 16)
            XCTAssertTrue(catalog.datasets.contains { $0.format == "text/csv" })
            XCTAssertNotNil(catalog.datasets.first?.updatedAt)
        }
    }

    func testSecretariatsCSVFollowsRFC4180() async throws {
        try await loadDemo()

        try await app.test(.GET, "/api/v1/secretariats.csv") { res async in
            XCTAssertEqual(res.headers.contentType?.subType, "csv")
            let text = res.body.string
            XCTAssertTrue(
                text.hasPrefix(
                    "slug,nombre,ambito,estado,gobierno,sociedad_civil,organismo_garante,equilibrado,regla,regla_texto,vacantes_titulares,equilibrado_hoy,demo,con_registros_demo\r\n"
                ))
            XCTAssertEqual(text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, 17)
            XCTAssertTrue(text.contains("zacatecas,Zacatecas,estatal,instalado,5,1,1,no,consensus_then_majority,"))
            // Commas inside a field are quoted.
            XCTAssertTrue(
                text.contains("\"Por consenso y en caso de disenso se aplicará regla de mayoría, con al menos un voto de sociedad civil.\""))
        }
    }

    func testMembersCSVNeverCarriesContactData() async throws {
        try await loadDemo()
        let detail = try await SecretariatDetail.load(slug: "durango", on: db)
        try await MemberWrites.appoint(
            MemberInput(seatId: detail.seats[0].seat.id!.uuidString, role: "titular", personName: "Pedro", personEmail: "pedro@privado.mx"),
            in: detail.secretariat, by: .system, on: db)

        try await app.test(.GET, "/api/v1/members.csv") { res async in
            XCTAssertTrue(res.body.string.contains("Pedro"))
            XCTAssertFalse(res.body.string.contains("pedro@privado.mx"))
        }
    }

    func testGovernanceIsPublishedAsJSONWithMarkdown() async throws {
        try await loadDemo()

        try await app.test(.GET, "/api/v1/secretariats/morelos/governance") { res async throws in
            XCTAssertEqual(res.status, .ok)
            XCTAssertEqual(try res.content.get(Int.self, at: "version"), 1)
            XCTAssertEqual(try res.content.get(Bool.self, at: "document", "decision", "rule", "requireEverySector"), true)
            XCTAssertTrue(try res.content.get(String.self, at: "markdown").contains("## 4. Esquema de toma de decisiones"))
        }
    }
}
