import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// National coordination (granted, shown, read-only, revoked), who reads an STL's audit log
/// and what of it, and the term-end warnings of the management page.
final class NationalCoordinationTests: AppTestCase {
    private func call(
        _ method: HTTPMethod, _ path: String, _ headers: HTTPHeaders, json: [String: String]? = nil
    ) async throws -> (status: HTTPStatus, body: String) {
        var result: (HTTPStatus, String) = (.internalServerError, "")
        try await app.test(
            method, path, headers: headers,
            beforeRequest: { req in
                if let json { try req.content.encode(json) }
            }
        ) { res async in result = (res.status, res.body.string) }
        return result
    }

    private func appointWithContacts(as headers: HTTPHeaders) async throws {
        let stl = try await SecretariatDetail.load(slug: "jalisco", on: db)
        let seat = try XCTUnwrap(stl.seats.first { $0.sector == .sociedadCivil }?.seat.id).uuidString
        let appointed = try await call(
            .POST, "/api/v1/secretariats/jalisco/members", headers,
            json: [
                "seatId": seat, "role": "suplente", "personName": "Ana Contacto",
                "personEmail": "ana.contacto@example.mx", "personPhone": "33 9999 0000",
                "appointmentReference": "designacion_directa", "appointmentReason": "Prueba: designación fuera de la elección",
                "confirmDirectAppointment": "on",
            ])
        XCTAssertEqual(appointed.status, .created, appointed.body)
    }

    func testAnAdminGrantsCoordinationOnTheWebItShowsOnMiCuentaAndRevokingItEndsTheAccess() async throws {
        try await loadDemo()
        _ = try await makeUser("root@snt.mx", admin: true)
        let coordinator = try await makeUser("coordinacion@snt.mx")
        let admin = Browser(app)
        try await admin.login("root@snt.mx")
        let reader = Browser(app)
        try await reader.login("coordinacion@snt.mx")
        let before = try await reader.get("/stl/jalisco/gestion")
        XCTAssertEqual(before.status, .forbidden)

        let granted = try await admin.post(
            SiteURL.adminUserGrants(.value(coordinator.requireID())).path, form: ["secretariat": "", "role": "coordinador"])
        XCTAssertEqual(granted.status, .seeOther, granted.body.string)
        let adminPage = try await admin.get(SiteURL.adminUser(.value(coordinator.requireID())).path)
        XCTAssertTrue(adminPage.body.string.contains("Coordinación nacional"))
        let account = try await reader.get(SiteURL.account.path)
        XCTAssertTrue(account.body.string.contains("Coordinación nacional"))
        for path in ["/stl/jalisco/gestion", "/stl/campeche/gestion", "/stl/jalisco/auditoria", "/admin/auditoria"] {
            let page = try await reader.get(path)
            XCTAssertEqual(page.status, .ok, path)
        }
        let write = try await reader.post("/stl/jalisco/gestion/asientos", form: ["sector": "gobierno"])
        XCTAssertEqual(write.status, .forbidden)

        let grant = try await NationalGrant.query(on: db).filter(\.$user.$id == coordinator.requireID()).first()
        let revoked = try await admin.post(
            SiteURL.adminUserGrantRevoke(.value(coordinator.requireID()), .value(XCTUnwrap(grant?.id))).path, form: [:])
        XCTAssertEqual(revoked.status, .seeOther)
        for path in ["/stl/jalisco/gestion", "/stl/jalisco/auditoria", "/admin/auditoria"] {
            let page = try await reader.get(path)
            XCTAssertEqual(page.status, .forbidden, path)
        }
        let national = try await AuditEntry.query(on: db).filter(\.$entity == "national_grant").count()
        XCTAssertEqual(national, 2, "granted and revoked, both audited")
    }

    func testTheAPIAndTheCommandGrantAndRevokeCoordinationWithoutAnSTL() async throws {
        try await loadDemo()
        let admin = try await bearer(for: makeUser("root@snt.mx", admin: true))
        let user = try await makeUser("coordinacion@snt.mx")
        let reader = try await bearer(for: user)
        let grants = APIURL.userGrants(.value(try user.requireID())).path

        let withSTL = try await call(.POST, grants, admin, json: ["role": "coordinador", "secretariat": "jalisco"])
        XCTAssertEqual(withSTL.status, .unprocessableEntity)
        let byReader = try await call(.POST, grants, reader, json: ["role": "coordinador"])
        XCTAssertEqual(byReader.status, .forbidden)
        let created = try await call(.POST, grants, admin, json: ["role": "coordinador"])
        XCTAssertEqual(created.status, .created, created.body)
        XCTAssertTrue(created.body.contains("\"role\":\"coordinador\""))
        let again = try await call(.POST, grants, admin, json: ["role": "coordinador"])
        XCTAssertEqual(again.status, .conflict)
        let audit = try await call(.GET, "/api/v1/secretariats/campeche/audit", reader)
        XCTAssertEqual(audit.status, .ok)
        let write = try await call(.POST, "/api/v1/secretariats/campeche/seats", reader, json: ["sector": "gobierno"])
        XCTAssertEqual(write.status, .forbidden)

        let stored = try await NationalGrant.query(on: db).first()
        let id = try XCTUnwrap(stored?.id)
        let deleted = try await call(.DELETE, APIURL.userGrant(.value(try user.requireID()), .value(id)).path, admin)
        XCTAssertEqual(deleted.status, .noContent)
        let after = try await call(.GET, "/api/v1/secretariats/campeche/audit", reader)
        XCTAssertEqual(after.status, .forbidden)

        // `secretariado users grant EMAIL --role coordinador` and `users revoke EMAIL --role coordinador`.
        let viaCommand = try await UserWrites.grantAny(.init(secretariat: nil, role: "coordinador"), to: user, by: .system, on: db)
        XCTAssertEqual(viaCommand.role, "coordinador")
        let back = try await call(.GET, "/api/v1/secretariats/campeche/audit", reader)
        XCTAssertEqual(back.status, .ok)
        let removed = try await UserWrites.revokeGrants(of: user, in: nil, role: "coordinador", by: .system, on: db)
        XCTAssertEqual(removed, ["coordinador"])
        let gone = try await call(.GET, "/api/v1/secretariats/campeche/audit", reader)
        XCTAssertEqual(gone.status, .forbidden)
    }

    func testCoordinationReadsTheManagementPageWithoutFormsOrContactData() async throws {
        try await loadDemo()
        let facilitator = try await makeUser("fac@jal.mx", grants: [("jalisco", .facilitador, nil, nil)])
        try await appointWithContacts(as: bearer(for: facilitator))
        let coordinator = try await makeUser("coordinacion@snt.mx")
        try await NationalGrant(userID: coordinator.requireID(), role: .coordinador).create(on: db)

        let editor = Browser(app)
        try await editor.login("fac@jal.mx")
        let full = try await editor.get("/stl/jalisco/gestion").body.string
        XCTAssertTrue(full.contains("ana.contacto@example.mx"))
        XCTAssertTrue(full.contains(SiteURL.manageMembers(.value("jalisco")).path))

        let reader = Browser(app)
        try await reader.login("coordinacion@snt.mx")
        let page = try await reader.get("/stl/jalisco/gestion")
        XCTAssertEqual(page.status, .ok)
        let html = page.body.string
        XCTAssertTrue(html.contains("Ana Contacto"), "members are listed")
        XCTAssertFalse(html.contains("ana.contacto@example.mx"))
        XCTAssertFalse(html.contains("9999"))
        XCTAssertFalse(html.contains("<form class=\"stack\""), "no forms")
        XCTAssertFalse(html.contains("/terminar"), "no end-term buttons")
    }

    func testRepresentativesAndCoordinationReadTheAuditLogWithContactDataRedacted() async throws {
        try await loadDemo()
        let facilitator = try await bearer(for: makeUser("fac@jal.mx", grants: [("jalisco", .facilitador, nil, nil)]))
        let guarantor = try await bearer(for: makeUser("itei@jal.mx", grants: [("jalisco", .garante, nil, nil)]))
        let representative = try await bearer(for: makeUser("rep@jal.mx", grants: [("jalisco", .representante, "sociedad_civil", 1)]))
        let coordinatorUser = try await makeUser("coordinacion@snt.mx")
        try await NationalGrant(userID: coordinatorUser.requireID(), role: .coordinador).create(on: db)
        let coordinator = try await bearer(for: coordinatorUser)
        try await appointWithContacts(as: facilitator)

        for editor in [facilitator, guarantor] {
            let log = try await call(.GET, "/api/v1/secretariats/jalisco/audit", editor)
            XCTAssertEqual(log.status, .ok)
            XCTAssertTrue(log.body.contains("ana.contacto@example.mx"), "editors see the entry as stored")
        }
        for reader in [representative, coordinator] {
            let log = try await call(.GET, "/api/v1/secretariats/jalisco/audit", reader)
            XCTAssertEqual(log.status, .ok)
            XCTAssertTrue(log.body.contains("Ana Contacto"), "the change itself is there")
            XCTAssertTrue(log.body.contains(AuditRedaction.placeholder))
            for secret in ["ana.contacto@example.mx", "33 9999 0000", "fac@jal.mx"] {
                XCTAssertFalse(log.body.contains(secret), secret)
            }
        }

        let browser = Browser(app)
        try await browser.login("rep@jal.mx")
        let web = try await browser.get("/stl/jalisco/auditoria")
        XCTAssertEqual(web.status, .ok)
        XCTAssertFalse(web.body.string.contains("ana.contacto@example.mx"))
        XCTAssertTrue(web.body.string.contains("[reservado]"))

        let national = Browser(app)
        try await national.login("coordinacion@snt.mx")
        let platform = try await national.get("/admin/auditoria")
        XCTAssertEqual(platform.status, .ok)
        for secret in ["ana.contacto@example.mx", "fac@jal.mx", "rep@jal.mx"] {
            XCTAssertFalse(platform.body.string.contains(secret), secret)
        }
    }

    func testTheManagementPageWarnsOfTermsEndingWithinThirtyDaysOrOverWithoutSuccessor() async throws {
        try await loadDemo()
        let stl = try await Secretariat.find(slug: "jalisco", on: db)
        let charter = try await Charter.current(for: stl, on: db)
        let months = try XCTUnwrap(charter.integration.termMonths)
        let seats = try await ForumSeats.load(stl, on: db).seats
        let terms = seats.flatMap { [$0.titular, $0.suplente].compactMap { $0 } }
        XCTAssertGreaterThanOrEqual(terms.count, 2)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = MexicoCityTime.timeZone
        let today = calendar.startOfDay(for: Date())
        for term in terms {
            term.startsOn = today
            try await term.update(on: db)
        }  // nothing due
        // Ends in 10 days; and one that ended 5 days ago with its holder still seated.
        terms[0].startsOn = calendar.date(byAdding: .month, value: -months, to: calendar.date(byAdding: .day, value: 10, to: today)!)
        try await terms[0].update(on: db)
        terms[1].startsOn = calendar.date(byAdding: .month, value: -months, to: calendar.date(byAdding: .day, value: -5, to: today)!)
        try await terms[1].update(on: db)

        let warnings = try await TermWarnings.of(stl, on: db)
        XCTAssertEqual(Set(warnings.map(\.term.id)), Set([terms[0].id!, terms[1].id!]))
        XCTAssertEqual(warnings.map(\.hasEnded), [true, false])

        _ = try await makeUser("fac@jal.mx", grants: [("jalisco", .facilitador, nil, nil)])
        let browser = Browser(app)
        try await browser.login("fac@jal.mx")
        let html = try await browser.get("/stl/jalisco/gestion").body.string
        XCTAssertTrue(html.contains("Periodos por terminar"))
        XCTAssertTrue(html.contains("no se ha designado relevo"))
        XCTAssertTrue(html.contains("en 10 días"))

        // «Mi trabajo»: the facilitator sees both; the titular of the first term, theirs.
        let work = try await browser.get(SiteURL.myWork.path).body.string
        XCTAssertTrue(work.contains("Periodo por terminar"))
        XCTAssertTrue(work.contains("Periodo terminado sin relevo"))
        let seat = try XCTUnwrap(seats.first { $0.titular?.id == terms[0].id || $0.suplente?.id == terms[0].id })
        let member = try await makeUser("miembro@jal.mx")
        try await RoleGrant(
            userID: member.requireID(), secretariatID: stl.requireID(), role: .representante, sector: seat.seat.sector,
            seatID: seat.seat.id, holderRole: terms[0].role, termID: terms[0].id
        ).create(on: db)
        let memberBrowser = Browser(app)
        try await memberBrowser.login("miembro@jal.mx")
        let own = try await memberBrowser.get(SiteURL.myWork.path).body.string
        XCTAssertTrue(own.contains("Periodo por terminar"))
        XCTAssertFalse(own.contains("Periodo terminado sin relevo"), "another member's term is not this member's work")
    }
    /// The commitment page names who made each change only to the STL's editors: account
    /// e-mails are contact data, and representatives now read the audit log too.
    func testTheCommitmentHistoryNamesItsAuthorsOnlyToEditors() async throws {
        try await loadDemo()
        let (_, commitment, _) = try await planWithCommitment("jalisco", milestones: 0)
        let stl = try await Secretariat.find(slug: "jalisco", on: db)
        let facilitator = try await makeUser("fac@jal.mx", grants: [("jalisco", .facilitador, nil, nil)])
        _ = try await makeUser("rep@jal.mx", grants: [("jalisco", .representante, "sociedad_civil", 1)])
        try await AuditLog.record(
            on: db, actor: .user(id: facilitator.id, email: facilitator.email), secretariatID: stl.id, action: .update,
            entity: .commitment, entityID: commitment.id?.uuidString, summary: "Nivel de cumplimiento actualizado",
            change: .none)
        let path = SiteURL.commitment(.value("jalisco"), .value(try commitment.requireID())).path

        let editor = Browser(app)
        try await editor.login("fac@jal.mx")
        let full = try await editor.get(path).body.string
        XCTAssertTrue(full.contains("Nivel de cumplimiento actualizado"))
        XCTAssertTrue(full.contains("(fac@jal.mx)"))

        let representative = Browser(app)
        try await representative.login("rep@jal.mx")
        let page = try await representative.get(path).body.string
        XCTAssertTrue(page.contains("Nivel de cumplimiento actualizado"))
        XCTAssertFalse(page.contains("fac@jal.mx"))
    }
}
