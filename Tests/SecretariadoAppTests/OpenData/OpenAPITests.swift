import XCTVapor
import XCTest

@testable import SecretariadoApp

final class OpenAPITests: AppTestCase {
    /// The description cannot drift: every API route must carry its operation, and the
    /// document lists exactly the routes the server registered.
    func testEveryAPIRouteIsDescribed() async throws {
        let apiRoutes = app.routes.all.filter { $0.path.first?.description == "api" }
        let undocumented = apiRoutes.filter { $0.apiOperation == nil }
            .map { "\($0.method.rawValue) \(OpenAPIDocument.template($0.path))" }
        XCTAssertEqual(undocumented, [], "routes missing from /openapi.json")

        try await app.test(.GET, "/openapi.json") { res async throws in
            XCTAssertEqual(res.status, .ok)
            let document = try JSONSerialization.jsonObject(with: Data(buffer: res.body)) as! [String: Any]
            XCTAssertEqual(document["openapi"] as? String, "3.1.0")
            let paths = document["paths"] as! [String: [String: Any]]
            let described = Set(paths.flatMap { path, methods in methods.keys.map { "\($0.uppercased()) \(path)" } })
            let served = Set(apiRoutes.map { "\($0.method.rawValue) \(OpenAPIDocument.template($0.path))" })
            XCTAssertEqual(described.subtracting(["GET /health"]), served)
        }
    }

    func testOperationIdsAreUniqueAndReferencedSchemasExist() async throws {
        try await app.test(.GET, "/openapi.json") { res async throws in
            let text = res.body.string
            let document = try JSONSerialization.jsonObject(with: Data(buffer: res.body)) as! [String: Any]
            let schemas = ((document["components"] as! [String: Any])["schemas"] as! [String: Any]).keys
            let refs = PortalTests.matches(##""\$ref":"#/components/schemas/([A-Za-z]+)""##, in: text)
            XCTAssertFalse(refs.isEmpty)
            for ref in refs { XCTAssertTrue(schemas.contains(ref), "missing schema \(ref)") }
            let ids = PortalTests.matches(#""operationId":"([A-Za-z]+)""#, in: text)
            XCTAssertEqual(ids.count, Set(ids).count, "duplicate operationId")
        }
    }
}
