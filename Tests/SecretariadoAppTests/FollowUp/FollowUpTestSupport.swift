import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Builders for follow-up tests.
extension AppTestCase {
    /// The follow-up demo: plans, notes, spending and outreach for three STLs.
    func loadDemoFollowUp() async throws {
        try await DemoFollowUpLoader(db: db).load()
    }

    /// A plan of `slug` with one commitment and `milestones` pending milestones, written
    /// through the services as its facilitator would.
    func planWithCommitment(_ slug: String, milestones: Int = 3) async throws -> (ActionPlan, Commitment, [Milestone]) {
        let stl = try await Secretariat.find(slug: slug, on: db)
        let plan = try await ActionPlanWrites.createPlan(
            ActionPlanInput(title: "Plan de prueba", startsOn: "2026-01-01", endsOn: "2027-12-31"), in: stl, by: facilitation, on: db)
        let commitment = try await ActionPlanWrites.addCommitment(
            CommitmentInput(
                title: "Datos abiertos de obra pública", problem: "Información dispersa", objective: "Publicar en formato abierto",
                leadInstitution: "Secretaría de Obras", coResponsible: "Observatorio Ciudadano", ogpValues: "acceso_informacion"),
            to: plan.requireID(), in: stl, by: facilitation, on: db)
        var created: [Milestone] = []
        for index in 0..<milestones {
            created.append(
                try await ActionPlanWrites.addMilestone(
                    MilestoneInput(title: "Hito \(index + 1)", dueOn: "2026-0\(index + 3)-15"), to: commitment.requireID(), in: stl, by: facilitation,
                    on: db))
        }
        return (plan, commitment, created)
    }

    /// JSON headers with a bearer token.
    func jsonHeaders(_ token: HTTPHeaders = [:]) -> HTTPHeaders {
        var headers = token
        headers.contentType = .json
        return headers
    }

    /// The rows of a CSV document (RFC 4180: quoted fields, doubled quotes, CRLF).
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" {
                        field.unicodeScalars.append("\"")
                        chars = chars.dropFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\r" {
                continue
            } else if c == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }

    /// The CSV as dictionaries keyed by the header.
    static func csvRecords(_ text: String) -> [[String: String]] {
        let rows = csvRows(text)
        guard let header = rows.first else { return [] }
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// The id at the end of a redirect's path: "/stl/x/compromisos/<id>?guardado=1".
    func redirectedID(_ res: XCTHTTPResponse, file: StaticString = #filePath, line: UInt = #line) throws -> UUID {
        XCTAssertEqual(res.status, .seeOther, res.body.string.prefix(400).description, file: file, line: line)
        let location = try XCTUnwrap(res.headers.first(name: .location), file: file, line: line)
        let path = location.split(separator: "?").first.map(String.init) ?? location
        return try XCTUnwrap(UUID(uuidString: String(path.split(separator: "/").last ?? "")), "no id in \(location)", file: file, line: line)
    }
}
