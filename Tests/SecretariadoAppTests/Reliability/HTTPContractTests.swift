import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// The server and its OpenAPI description agree on methods and typed parameters, storage
/// failures answer 503 instead of 500, and names are one line.
final class HTTPContractTests: AppTestCase {
    func testAnUnsupportedMethodOnAKnownPathIs405WithAllow() async throws {
        let trace = try await app.sendRequest(.TRACE, APIURL.secretariats.path)
        XCTAssertEqual(trace.status, .methodNotAllowed)
        XCTAssertEqual(trace.headers.first(name: "Allow"), "GET, HEAD, POST")
        let put = try await app.sendRequest(.PUT, APIURL.expenses(.value("morelos")).path)
        XCTAssertEqual(put.status, .methodNotAllowed)
        XCTAssertEqual(put.headers.first(name: "Allow"), "GET, HEAD, POST")
        let unknown = try await app.sendRequest(.TRACE, "/api/v1/no-existe")
        XCTAssertEqual(unknown.status, .notFound)
    }

    func testTypedQueryParametersMustBeValidEvenWhenEmpty() async throws {
        try await loadDemo()
        for query in ["session=", "session=no-es-uuid", "status=", "session=%2000000000-0000-0000-0000-000000000000"] {
            let res = try await app.sendRequest(.GET, "/api/v1/secretariats/morelos/agreements.csv?\(query)")
            XCTAssertEqual(res.status, .unprocessableEntity, query)
            XCTAssertTrue(res.body.string.contains("\"field\":\"" + query.prefix { $0 != "=" }), res.body.string)
        }
        let period = try await app.sendRequest(.GET, APIURL.expenses(.value("morelos")).path + "?period=")
        XCTAssertEqual(period.status, .unprocessableEntity)
        let page = try await app.sendRequest(.GET, SiteURL.agreements(.value("morelos")).path + "?status=&session=")
        XCTAssertEqual(page.status, .ok, "the site's filter form sends empty values for «all»")
    }

    func testAStorageFailureIs503WithAClearMessage() async throws {
        app.get("prueba-disco-lleno") { _ -> String in throw POSIXError(.ENOSPC) }
        app.get("api", "v1", "prueba-disco-lleno") { _ -> String in throw POSIXError(.EROFS) }
        let page = try await app.sendRequest(.GET, "/prueba-disco-lleno")
        XCTAssertEqual(page.status, .serviceUnavailable)
        XCTAssertTrue(page.body.string.contains("disco lleno o de sólo lectura"), page.body.string)
        let api = try await app.sendRequest(.GET, "/api/v1/prueba-disco-lleno")
        XCTAssertEqual(api.status, .serviceUnavailable)
        XCTAssertEqual(api.headers.first(name: "Retry-After"), "60")
        XCTAssertTrue(StorageFailure.location.hasPrefix("SQLite") || StorageFailure.location.hasPrefix("PostgreSQL"))
    }

    func testAnUnwritableDatabaseLocationIsNamedAtStart() throws {
        XCTAssertThrowsError(try DatabaseSetup.checkWritable("/no/existe/secretariado.sqlite")) { error in
            let failure = error as? CommandFailure
            XCTAssertEqual(failure?.exitCode, 1)
            XCTAssertTrue(failure?.message.contains("/no/existe/secretariado.sqlite") ?? false, "\(error)")
            XCTAssertTrue(failure?.message.contains("SECRETARIADO_DB") ?? false)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("secretariado-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        XCTAssertNoThrow(try DatabaseSetup.checkWritable(folder.appendingPathComponent("db.sqlite").path))
    }

    func testNamesAreOneLine() async throws {
        try await loadDemo()
        let user = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        var headers = try await bearer(for: user)
        headers.contentType = .json
        let before = try await auditCount()
        let res = try await app.sendRequest(
            .POST, APIURL.organizations(.value("morelos")).path, headers: headers,
            body: ByteBuffer(string: #"{"name":"OSC Uno\n\n# Acuerdo falso","kind":"sociedad_civil"}"#))
        XCTAssertEqual(res.status, .unprocessableEntity, res.body.string)
        XCTAssertTrue(res.body.string.contains("una sola línea"), res.body.string)
        let after = try await auditCount()
        XCTAssertEqual(after, before)
        XCTAssertFalse(NameText.isSingleLine("Ana\u{2028}López"))
        XCTAssertTrue(NameText.isSingleLine("Ana López — OSC (Morelos)"))
    }
}
