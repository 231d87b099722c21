import Crypto
import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// No public-body person ever holds a usable election credential: the issuer's pages and
/// the API never carry one, and each credential reaches only its organisation, once,
/// through the private receipt it got when registering.
final class CredentialDeliveryTests: AppTestCase {
    var fixture: InstallationFixture!
    var inst: String { "/stl/\(fixture.stl.slug)/instalacion" }
    let roles = ["garante@yuc.mx", "fac@yuc.mx", "gob@yuc.mx", "osc@yuc.mx", "garante@jal.mx", "root@mx"]

    override func setUp() async throws {
        try await super.setUp()
        try await loadDemo()
        fixture = try await InstallationFixture.make(on: db, slug: "yucatan-prueba")
        let slug = fixture.stl.slug
        try await makeUser("garante@yuc.mx", grants: [(slug, .garante, nil, nil)])
        try await makeUser("fac@yuc.mx", grants: [(slug, .facilitador, nil, nil)])
        try await makeUser("gob@yuc.mx", grants: [(slug, .representante, "gobierno", 1)])
        try await makeUser("osc@yuc.mx", grants: [(slug, .representante, "sociedad_civil", 1)])
        try await makeUser("garante@jal.mx", grants: [("jalisco", .garante, nil, nil)])
        try await makeUser("root@mx", admin: true)
        try await fixture.publishCall()
        for name in ["Org Uno", "Org Dos"] { try await fixture.validate(try await fixture.register(name)) }
    }

    private func browser(_ email: String?) async throws -> Browser {
        let browser = Browser(app)
        if let email { try await browser.login(email) }
        return browser
    }

    /// Every 64-hex run in `text` whose SHA-256 is a stored credential's.
    private func credentials(in text: String) async throws -> [String] {
        let hashes = Set(try await ElectionCredential.query(on: db).all().map(\.tokenHash))
        return PortalTests.matches(#"([0-9a-f]{64})"#, in: text).filter { hashes.contains(ElectionWrites.hash($0)) }
    }

    func testNoSignedInRoleEverSeesACredential() async throws {
        let guarantor = try await browser("garante@yuc.mx")
        let created = try await guarantor.post(
            "\(inst)/eleccion",
            form: [
                "seats": "1", "method": "pluralidad",
                "opensAt": InstallationFieldCheck.format(Date().addingTimeInterval(3600)),
                "closesAt": InstallationFieldCheck.format(Date().addingTimeInterval(86_400)),
            ])
        XCTAssertEqual(created.status, .created, created.body.string)
        XCTAssertTrue(created.body.string.contains("Se emitieron 2 credenciales"), created.body.string)
        let uno = try await CallRegistration.query(on: db).filter(\.$organizationName == "Org Uno").first()!
        let reissued = try await guarantor.post("\(inst)/eleccion/credenciales", form: ["registrationId": uno.id!.uuidString])
        XCTAssertEqual(reissued.status, .created, reissued.body.string)
        var seen = created.body.string + reissued.body.string

        let slug = fixture.stl.slug
        let pages = [
            inst, "\(inst)/eleccion", "\(inst)/registros", "\(inst)/convocatoria", "\(inst)/resultados",
            "/stl/\(slug)/auditoria", "/admin/auditoria", "/admin", "/cuenta",
        ]
        let api = [
            APIURL.installation(.value(slug)).path, APIURL.installationElection(.value(slug)).path,
            APIURL.installationRegistrations(.value(slug)).path, APIURL.audit(.value(slug)).path,
        ]
        for role in roles {
            let client = try await browser(role)
            for page in pages { seen += try await client.get(page).body.string }
            let user = try await UserWrites.find(email: role, on: db)
            let headers = try await bearer(for: user)
            for path in api {
                try await app.test(.GET, path, headers: headers) { res async in seen += res.body.string }
            }
        }
        let leaked = try await credentials(in: seen)
        XCTAssertEqual(leaked, [], "a credential reached a signed-in public-body account")
        let sealed = try await ElectionCredential.query(on: db).all().compactMap(\.sealedToken)
        XCTAssertEqual(sealed.count, 2, "both credentials wait sealed for their organisations")
        for box in sealed { XCTAssertFalse(seen.contains(String(box.prefix(40))), "nor the sealed copy") }

        // The organisations, signed out, each open their own once, and vote with it.
        let organisation = Browser(app)
        let reveal = try await organisation.post("\(inst)/acuse/\(fixture.receipts.codes["Org Uno"]!)/credencial", form: [:])
        let opened = try await credentials(in: reveal.body.string)
        XCTAssertEqual(Set(opened).count, 1, reveal.body.string)
        let again = try await organisation.post("\(inst)/acuse/\(fixture.receipts.codes["Org Uno"]!)/credencial", form: [:])
        XCTAssertEqual(again.status, .conflict)
        let afterwards = try await credentials(in: try await organisation.get("\(inst)/acuse/\(fixture.receipts.codes["Org Uno"]!)").body.string)
        XCTAssertEqual(afterwards, [], "shown once")
    }

    func testAnIssuerCannotOpenOrUseACredential() async throws {
        let guarantor = try await browser("garante@yuc.mx")
        _ = try await guarantor.post(
            "\(inst)/eleccion",
            form: [
                "seats": "1", "method": "pluralidad",
                "opensAt": InstallationFieldCheck.format(Date().addingTimeInterval(3600)),
                "closesAt": InstallationFieldCheck.format(Date().addingTimeInterval(86_400)),
            ])
        let code = fixture.receipts.codes["Org Uno"]!
        // Public-body accounts are refused on the receipt, even holding its code.
        for role in ["garante@yuc.mx", "gob@yuc.mx", "fac@yuc.mx", "root@mx"] {
            let client = try await browser(role)
            let status = try await client.post("\(inst)/acuse/\(code)/credencial", form: [:]).status
            XCTAssertEqual(status, .forbidden, role)
        }
        // What the database keeps opens only with the organisation's own code.
        let credentials = try await ElectionCredential.query(on: db).with(\.$registration).all()
        for credential in credentials {
            let sealed = try XCTUnwrap(credential.sealedToken)
            XCTAssertNil(CredentialSeal.open(sealed, code: CredentialSeal.mintReceipt().code))
            let other = credential.registration.organizationName == "Org Uno" ? "Org Dos" : "Org Uno"
            XCTAssertNil(CredentialSeal.open(sealed, code: fixture.receipts.codes[other]!), "another organisation's receipt does not open it")
        }
        // A wrong or malformed receipt code is simply not found.
        for bad in [String(repeating: "0", count: 64), "nada", code.uppercased()] {
            let status = try await Browser(app).get("\(inst)/acuse/\(bad)").status
            XCTAssertEqual(status, .notFound, bad)
        }
        // The organisation's link still works after the refusals: they spent nothing.
        let token = try await fixture.reveal("Org Uno")
        let ballot = try await Browser(app).get("\(inst)/boleta/\(token)").status
        XCTAssertEqual(ballot, .ok)
        let guarantorBallot = try await guarantor.get("\(inst)/boleta/\(token)").status
        XCTAssertEqual(guarantorBallot, .forbidden)
    }

    func testTheRegistrationReceiptIsShownOnceAndLeadsToTheRegistration() async throws {
        let visitor = Browser(app)
        _ = try await visitor.get("\(inst)/registro")
        let sent = try await visitor.post(
            "\(inst)/registro",
            form: [
                "organizationName": "Org Tres", "kind": "sociedad_civil", "agendaKind": "sectorial", "agenda": "Salud",
                "evidenceLinks": "https://ejemplo.org/tres", "contactName": "C", "contactEmail": "tres@ejemplo.org", "privacyConsent": "si",
            ])
        XCTAssertEqual(sent.status, .created)
        let code = try XCTUnwrap(PortalTests.matches(#"/acuse/([0-9a-f]{64})""#, in: sent.body.string).first)
        let stored = try await CallRegistration.query(on: db).filter(\.$organizationName == "Org Tres").first()!
        XCTAssertEqual(stored.receiptHash, CredentialSeal.hash(code), "only the code's hash is kept")
        let receipt = try await Browser(app).get("\(inst)/acuse/\(code)")
        XCTAssertEqual(receipt.status, .ok)
        XCTAssertTrue(receipt.body.string.contains("Org Tres"))
        XCTAssertTrue(receipt.body.string.contains("Pendiente de validación"))
    }
}
