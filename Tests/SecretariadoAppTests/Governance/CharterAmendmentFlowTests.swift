import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// The charter changes only by the STL's decision: a proposal is a draft with its diff; it
/// enters into force when a motion adopting it is decided adopted in session; an
/// administrator may only correct prose; nobody publishes a version in force directly.
final class CharterAmendmentFlowTests: AppTestCase {
    private func send(_ method: HTTPMethod, _ path: String, _ body: [String: Any], as user: User) async throws -> XCTHTTPResponse {
        var headers = try await bearer(for: user)
        headers.contentType = .json
        let data = try JSONSerialization.data(withJSONObject: body)
        return try await app.sendRequest(method, path, headers: headers, body: ByteBuffer(data: data))
    }

    private func object(_ res: XCTHTTPResponse) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any], res.body.string)
    }

    /// The charter in force as the form (or form-like JSON) sends it, with `change` applied.
    private func charterForm(_ slug: String, _ change: [String: String]) async throws -> [String: String] {
        var form = Dictionary(try await FormPage.charterFields(slug, on: app), uniquingKeysWith: { a, _ in a })
        form.merge(change) { _, new in new }
        return form
    }

    private func versions(_ slug: String) async throws -> [GovernanceVersion] {
        let stl = try await Secretariat.find(slug: slug, on: db)
        return try await GovernanceVersion.query(on: db).filter(\.$secretariat.$id == stl.requireID()).sort(\.$version).all()
    }

    /// A Morelos session with its three seats present and a draft proposed over the API by
    /// a representative; returns the draft's id and the session.
    private func morelosWithDraft(noticeDays: String = "9") async throws -> (UUID, StlSession, User) {
        try await loadDemo()
        let proposer = try await representative("gobierno1@mor.mx", "morelos", "gobierno", 1)
        let form = try await charterForm("morelos", ["ordinaryNoticeDays": noticeDays, "note": "Más aviso para las sesiones ordinarias"])
        let res = try await send(.POST, APIURL.governanceDrafts(.value("morelos")).path, form, as: proposer)
        XCTAssertEqual(res.status, .created, res.body.string)
        let body = try object(res)
        XCTAssertEqual(body["status"] as? String, "borrador")
        let changes = try XCTUnwrap(body["changes"] as? [[String: Any]])
        XCTAssertEqual(changes.map { $0["field"] as? String }, ["operation.ordinaryNoticeDays"])
        XCTAssertEqual(changes.first?["new"] as? String, "\(noticeDays) días")
        let id = try XCTUnwrap(UUID(uuidString: body["id"] as? String ?? ""))
        let session = try await convene("morelos")
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .titular, "organismo_garante-1": .titular])
        return (id, session, proposer)
    }

    private func charterMotion(_ draftID: UUID, _ session: StlSession, by facilitator: User) async throws -> UUID {
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        let item = try await agendaPoint(session, stl.slug, title: "Reforma del mecanismo")
        let res = try await send(
            .POST, APIURL.sessionMotions(.value("morelos"), .value(session.id!)).path,
            [
                "agendaItemId": item.id!.uuidString, "title": "Adoptar la reforma del mecanismo de gobernanza",
                "governanceDraftId": draftID.uuidString,
            ], as: facilitator)
        XCTAssertEqual(res.status, .created, res.body.string)
        XCTAssertEqual(try object(res)["governanceDraftId"] as? String, draftID.uuidString)
        return try XCTUnwrap(UUID(uuidString: try object(res)["id"] as? String ?? ""))
    }

    private func vote(_ motionID: UUID, _ votes: [(String, String)]) async throws {
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        for (sector, option) in votes {
            let email = "\(sector)1@mor.mx"
            let user = try await User.query(on: db).filter(\.$email == email).first()
            var voter: User
            if let user { voter = user } else { voter = try await representative(email, "morelos", sector, 1) }
            _ = try await VoteWrites.cast(VoteInput(option: option), on: motionID, in: stl, by: actor(voter), now: now, on: db)
        }
    }

    func testAProposalIsADraftWithItsDiffAndChangesNothingInForce() async throws {
        try await loadDemo()
        try await makeUser("fac@zac.mx", grants: [("zacatecas", .facilitador, nil, nil)])
        let browser = Browser(app)
        try await browser.login("fac@zac.mx")
        let form = try await charterForm("zacatecas", ["requireEverySector": "on", "note": "Reforma: la mayoría exige un voto de cada sector"])

        let res = try await browser.post("/stl/zacatecas/mecanismo/propuestas", form: form)

        XCTAssertEqual(res.status, .seeOther)
        let location = try XCTUnwrap(res.headers.first(name: .location))
        XCTAssertTrue(location.hasPrefix("/stl/zacatecas/mecanismo/propuestas/"), location)
        let page = try await browser.get(location)
        XCTAssertTrue(page.body.string.contains("Propuesta (borrador)"))
        XCTAssertTrue(page.body.string.contains("<th scope=\"row\">Regla de decisión</th>"), "the rule, old → new")
        XCTAssertTrue(page.body.string.contains("con al menos un voto a favor de cada sector"))
        XCTAssertTrue(page.body.string.contains("class=\"added\""), "the changed lines")
        let stl = try await Secretariat.find(slug: "zacatecas", on: db)
        XCTAssertFalse(stl.rule.requireEverySector, "the rule in force did not change")
        let count = try await versions("zacatecas").count
        XCTAssertEqual(count, 1)
        let overview = try await browser.get("/stl/zacatecas")
        XCTAssertTrue(overview.body.string.contains("<dt>Sectores dominantes</dt><dd>Gobierno</dd>"), "the analysis follows the rule in force")
        let charter = try await browser.get("/stl/zacatecas/mecanismo")
        XCTAssertTrue(charter.body.string.contains("Propuestas de reforma pendientes"))
    }

    func testAMotionAdoptedUnderTheRuleInForcePutsTheDraftInForceWithItsVote() async throws {
        let (draftID, session, _) = try await morelosWithDraft()
        let facilitator = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        let motionID = try await charterMotion(draftID, session, by: facilitator)
        try await vote(motionID, [("gobierno", "a_favor"), ("sociedad_civil", "a_favor"), ("organismo_garante", "a_favor")])

        let res = try await send(.POST, APIURL.motionClose(.value("morelos"), .value(motionID)).path, [:], as: facilitator)

        XCTAssertEqual(res.status, .ok, res.body.string)
        let all = try await versions("morelos")
        XCTAssertEqual(all.map(\.version), [1, 2])
        let adopted = try XCTUnwrap(all.last)
        XCTAssertEqual(adopted.origin, .mocion)
        XCTAssertEqual(adopted.motionID, motionID)
        XCTAssertEqual(adopted.sessionID, session.id)
        XCTAssertEqual(adopted.tally?.total.aFavor, 3)
        XCTAssertEqual(adopted.document.operation.ordinaryNoticeDays, 9)
        let draft = try await GovernanceDraft.find(draftID, on: db)
        XCTAssertEqual(draft?.status, .adoptada)
        XCTAssertEqual(draft?.adoptedVersion, 2)
        let history = try await app.sendRequest(.GET, "/stl/morelos/mecanismo/versiones")
        XCTAssertTrue(history.body.string.contains("Adoptada por moción del STL (a favor 3, en contra 0"), "the public history shows the vote")
        XCTAssertTrue(history.body.string.contains("/stl/morelos/sesiones/\(session.id!.uuidString)"), "and the session")
        let api = try await app.sendRequest(.GET, APIURL.governance(.value("morelos")).path)
        XCTAssertEqual(try object(api)["origin"] as? String, "mocion")
        XCTAssertEqual(try object(api)["motionId"] as? String, motionID.uuidString)
        let audit = try await AuditEntry.query(on: db).filter(\.$entity == "motion").filter(\.$entityID == motionID.uuidString).all()
        XCTAssertTrue(audit.contains { $0.summary.contains("Entra en vigor la versión 2") })
    }

    func testARejectedMotionLeavesTheDraftADraftAndTheCharterAsItWas() async throws {
        let (draftID, session, _) = try await morelosWithDraft()
        let facilitator = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        let motionID = try await charterMotion(draftID, session, by: facilitator)
        // Morelos's majority needs a vote of every sector: civil society's «en contra» blocks it.
        try await vote(motionID, [("gobierno", "a_favor"), ("sociedad_civil", "en_contra"), ("organismo_garante", "a_favor")])

        let res = try await send(.POST, APIURL.motionClose(.value("morelos"), .value(motionID)).path, [:], as: facilitator)

        XCTAssertEqual(res.status, .ok, res.body.string)
        XCTAssertEqual(try object(res)["result"] as? String, "not_adopted")
        let count = try await versions("morelos").count
        XCTAssertEqual(count, 1)
        let draft = try await GovernanceDraft.find(draftID, on: db)
        XCTAssertEqual(draft?.status, .borrador)
        let charter = try await Charter.current(for: Secretariat.find(slug: "morelos", on: db), on: db)
        XCTAssertNotEqual(charter.operation.ordinaryNoticeDays, 9)
    }

    func testAnAdoptedDraftSupersedesTheOthersWhichNoMotionMayThenAdopt() async throws {
        let (first, session, proposer) = try await morelosWithDraft()
        let other = try await send(
            .POST, APIURL.governanceDrafts(.value("morelos")).path,
            try await charterForm("morelos", ["communication": "Boletín mensual.", "note": "Otra propuesta"]), as: proposer)
        let second = try XCTUnwrap(UUID(uuidString: try object(other)["id"] as? String ?? ""))
        let facilitator = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        let motionID = try await charterMotion(first, session, by: facilitator)
        try await vote(motionID, [("gobierno", "a_favor"), ("sociedad_civil", "a_favor"), ("organismo_garante", "a_favor")])
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        _ = try await MotionWrites.close(motionID, in: stl, by: facilitation, now: now, on: db)

        let superseded = try await GovernanceDraft.find(second, on: db)
        XCTAssertEqual(superseded?.status, .superada)
        let item = try await agendaPoint(session, stl.slug, title: "Otra reforma")
        let res = try await send(
            .POST, APIURL.sessionMotions(.value("morelos"), .value(session.id!)).path,
            [
                "agendaItemId": item.id!.uuidString, "title": "Adoptar la otra", "governanceDraftId": second.uuidString,
            ], as: facilitator)
        XCTAssertEqual(res.status, .unprocessableEntity)
        XCTAssertEqual(try object(res)["field"] as? String, "governanceDraftId")
    }

    func testAMotionMayNotAdoptAnotherSTLsDraft() async throws {
        let (draftID, _, _) = try await morelosWithDraft()
        let facilitator = try await makeUser("fac@zac.mx", grants: [("zacatecas", .facilitador, nil, nil)])
        let session = try await convene("zacatecas")
        let stl = try await Secretariat.find(slug: "zacatecas", on: db)
        let item = try await agendaPoint(session, stl.slug, title: "Reforma ajena")
        try await begin(session)

        let res = try await send(
            .POST, APIURL.sessionMotions(.value("zacatecas"), .value(session.id!)).path,
            [
                "agendaItemId": item.id!.uuidString, "title": "Adoptar la reforma de Morelos", "governanceDraftId": draftID.uuidString,
            ], as: facilitator)

        XCTAssertEqual(res.status, .unprocessableEntity, res.body.string)
        XCTAssertEqual(try object(res)["field"] as? String, "governanceDraftId")
        let motions = try await Motion.query(on: db).filter(\.$governanceDraftID == draftID).count()
        XCTAssertEqual(motions, 0)
    }

    func testNobodyPublishesAVersionInForceDirectly() async throws {
        try await loadDemo()
        let admin = try await makeUser("admin@x.mx", admin: true)
        try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        try await makeUser("gob1@mor.mx", grants: [("morelos", .representante, "gobierno", 1)])
        let form = try await charterForm("morelos", ["requireEverySector": "", "note": "Golpe de timón"])

        for email in ["fac@mor.mx", "admin@x.mx"] {
            let browser = Browser(app)
            try await browser.login(email)
            let res = try await browser.post("/stl/morelos/mecanismo/editar", form: form)
            XCTAssertEqual(res.status, .conflict, "\(email): an installed STL's charter is not written directly")
            let redirect = try await browser.get("/stl/morelos/mecanismo/editar")
            XCTAssertEqual(redirect.headers.first(name: .location), "/stl/morelos/mecanismo/propuestas/nueva")
        }
        let representative = Browser(app)
        try await representative.login("gob1@mor.mx")
        let refused = try await representative.post("/stl/morelos/mecanismo/editar", form: form)
        XCTAssertEqual(refused.status, .forbidden)
        for (method, path) in [(HTTPMethod.POST, "governance"), (.PUT, "governance"), (.PATCH, "governance"), (.POST, "governance/versions")] {
            let res = try await send(method, "/api/v1/secretariats/morelos/\(path)", form, as: admin)
            XCTAssertTrue([.notFound, .methodNotAllowed].contains(res.status), "\(method) \(path): \(res.status)")
        }
        let count = try await versions("morelos").count
        XCTAssertEqual(count, 1)
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        XCTAssertTrue(stl.rule.requireEverySector, "the rule in force stands")
    }

    func testAnAdministratorCorrectsProseMarkedAsSuchAndNeverTheRule() async throws {
        try await loadDemo()
        try await makeUser("admin@x.mx", admin: true)
        try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        let admin = Browser(app)
        try await admin.login("admin@x.mx")

        let noReason = try await admin.post(
            "/stl/morelos/mecanismo/correccion", form: try await charterForm("morelos", ["communication": "Correo electrónico.", "note": ""]))
        XCTAssertEqual(noReason.status, .unprocessableEntity)
        let rule = try await admin.post(
            "/stl/morelos/mecanismo/correccion", form: try await charterForm("morelos", ["ordinaryNoticeDays": "1", "note": "Errata"]))
        XCTAssertEqual(rule.status, .unprocessableEntity)
        XCTAssertTrue(rule.body.string.contains("Una corrección no cambia «Anticipación de las sesiones ordinarias»"), rule.body.string)
        let facilitator = Browser(app)
        try await facilitator.login("fac@mor.mx")
        let forbidden = try await facilitator.post(
            "/stl/morelos/mecanismo/correccion", form: try await charterForm("morelos", ["communication": "Correo electrónico.", "note": "Errata"]))
        XCTAssertEqual(forbidden.status, .forbidden)
        let before = try await versions("morelos").count
        XCTAssertEqual(before, 1)

        let res = try await admin.post(
            "/stl/morelos/mecanismo/correccion",
            form: try await charterForm("morelos", ["communication": "Correo electrónico.", "note": "Errata en «Comunicación»"]))

        XCTAssertEqual(res.status, .seeOther)
        let all = try await versions("morelos")
        let corrected = try XCTUnwrap(all.last)
        XCTAssertEqual(corrected.version, 2)
        XCTAssertEqual(corrected.origin, .correccion)
        XCTAssertEqual(corrected.document.communication, "Correo electrónico.")
        let history = try await app.sendRequest(.GET, "/stl/morelos/mecanismo/versiones")
        XCTAssertTrue(history.body.string.contains("Corrección administrativa"))
        XCTAssertTrue(history.body.string.contains("Corrección: Errata en «Comunicación»"))
    }

    func testWhileFormingTheTextIsTheActasAndProposalsWait() async throws {
        try await loadDemo()
        let stl = try await Secretariat.find(slug: "oaxaca", on: db)
        stl.status = .enFormacion
        try await stl.update(on: db)
        try await makeUser("fac@oax.mx", grants: [("oaxaca", .facilitador, nil, nil)])
        let browser = Browser(app)
        try await browser.login("fac@oax.mx")
        let form = try await charterForm("oaxaca", ["communication": "Correo y reuniones.", "note": "Texto para el acta"])

        let proposal = try await browser.post("/stl/oaxaca/mecanismo/propuestas", form: form)
        XCTAssertEqual(proposal.status, .conflict)
        let res = try await browser.post("/stl/oaxaca/mecanismo/editar", form: form)

        XCTAssertEqual(res.status, .seeOther)
        let all = try await versions("oaxaca")
        let latest = try XCTUnwrap(all.last)
        XCTAssertEqual(latest.version, 2)
        XCTAssertEqual(latest.origin, .acta)
        let drafts = try await GovernanceDraft.query(on: db).count()
        XCTAssertEqual(drafts, 0)
    }
}
