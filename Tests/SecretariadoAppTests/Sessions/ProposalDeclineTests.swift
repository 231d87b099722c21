import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// The facilitator declines a member's pending agenda proposal with a reason: the proposal
/// is dismissed, the reason is kept and shown, the author is told once, and nobody else may.
final class ProposalDeclineTests: AppTestCase {
    private var proposal: AgendaProposal!
    private var rep: User!
    private var stl: Secretariat!

    /// Morelos: a representative's pending proposal, its facilitator, Jalisco's facilitator.
    private func prepare() async throws {
        try await loadDemo()
        rep = try await representative("rep@mor.mx", "morelos", "sociedad_civil", 1)
        try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        try await makeUser("fac@jal.mx", grants: [("jalisco", .facilitador, nil, nil)])
        try await representative("gob1@mor.mx", "morelos", "gobierno", 1)
        stl = try await Secretariat.find(slug: "morelos", on: db)
        proposal = try await ProposalWrites.submit(ProposalInput(title: "Transparencia presupuestaria"), in: stl, by: actor(rep), on: db)
    }

    private func user(_ email: String) async throws -> User {
        try await UserWrites.find(email: email, on: db)
    }

    private func reload() async throws -> AgendaProposal {
        let found = try await AgendaProposal.find(proposal.requireID(), on: db)
        return try XCTUnwrap(found)
    }

    private func declineByAPI(as email: String, slug: String = "morelos", body: String) async throws -> XCTHTTPResponse {
        var headers = try await bearer(for: user(email))
        headers.contentType = .json
        return try await app.sendRequest(
            .POST, APIURL.proposalDecline(.value(slug), .value(proposal.requireID())).path,
            headers: headers, body: ByteBuffer(string: body))
    }

    private var webAction: String { SiteURL.proposalDecline(.value("morelos"), .value(proposal.id!)).path }
    private var webPage: String { SiteURL.proposals(.value("morelos")).path }

    private func assertDeclinedAndToldOnce(_ reason: String, file: StaticString = #filePath, line: UInt = #line) async throws {
        let stored = try await reload()
        XCTAssertEqual(stored.status, .descartada, file: file, line: line)
        XCTAssertEqual(stored.declineReason, reason, file: file, line: line)
        let audit = try await AuditEntry.query(on: db).filter(\.$entity == "proposal")
            .filter(\.$entityID == proposal.requireID().uuidString).filter(\.$action == "update").all()
        XCTAssertEqual(audit.count, 1, "one audit entry", file: file, line: line)
        let told = try await outbox(kind: .proposalDecided)
        XCTAssertEqual(told.map(\.recipient), ["rep@mor.mx"], "only the author, once", file: file, line: line)
        let text = try Outbox.decode(try XCTUnwrap(told.first, file: file, line: line)).text
        XCTAssertTrue(text.contains(reason), "the notice quotes the reason", file: file, line: line)
        XCTAssertTrue(text.contains("Transparencia presupuestaria"), file: file, line: line)
        XCTAssertTrue(text.contains(webPage), "links to the proposals page", file: file, line: line)
    }

    func testTheFacilitatorDeclinesThroughTheAPI() async throws {
        try await prepare()
        let res = try await declineByAPI(as: "fac@mor.mx", body: #"{"reason":"  Ya se trató en la sesión de marzo.  "}"#)
        XCTAssertEqual(res.status, .ok, res.body.string)
        let dto = try res.content.decode(ProposalDTO.self)
        XCTAssertEqual(dto.status, "descartada")
        XCTAssertEqual(dto.declineReason, "Ya se trató en la sesión de marzo.", "trimmed")
        try await assertDeclinedAndToldOnce("Ya se trató en la sesión de marzo.")

        let again = try await declineByAPI(as: "fac@mor.mx", body: #"{"reason":"Otra vez"}"#)
        XCTAssertEqual(again.status, .conflict, "an already declined proposal stays as it was")
        let told = try await outbox(kind: .proposalDecided)
        XCTAssertEqual(told.count, 1)
    }

    func testTheAuthorHearsInTheirOwnLanguage() async throws {
        try await prepare()
        try await setLanguage(.en, for: rep)
        let res = try await declineByAPI(as: "fac@mor.mx", body: #"{"reason":"Out of scope for the STL."}"#)
        XCTAssertEqual(res.status, .ok, res.body.string)
        let told = try await outbox(kind: .proposalDecided)
        let text = try Outbox.decode(try XCTUnwrap(told.first)).text
        XCTAssertTrue(text.contains("declined"), text)
        XCTAssertTrue(text.contains("Out of scope for the STL."), text)
    }

    func testTheAPIRefusesOthersAndBadReasons() async throws {
        try await prepare()
        let auditBefore = try await auditCount()
        let representative = try await declineByAPI(as: "gob1@mor.mx", body: #"{"reason":"No"}"#)
        XCTAssertEqual(representative.status, .forbidden)
        let author = try await declineByAPI(as: "rep@mor.mx", body: #"{"reason":"No"}"#)
        XCTAssertEqual(author.status, .forbidden)
        let otherSTL = try await declineByAPI(as: "fac@jal.mx", body: #"{"reason":"No"}"#)
        XCTAssertEqual(otherSTL.status, .forbidden)
        let wrongSTLPath = try await declineByAPI(as: "fac@jal.mx", slug: "jalisco", body: #"{"reason":"No"}"#)
        XCTAssertEqual(wrongSTLPath.status, .notFound, "Morelos' proposal does not exist in Jalisco")
        var json = HTTPHeaders()
        json.contentType = .json
        let anonymous = try await app.sendRequest(
            .POST, APIURL.proposalDecline(.value("morelos"), .value(proposal.requireID())).path,
            headers: json, body: ByteBuffer(string: #"{"reason":"No"}"#))
        XCTAssertEqual(anonymous.status, .unauthorized)

        for body in [#"{"reason":"   "}"#, "{}", #"{"reason":"\#(String(repeating: "x", count: 1_001))"}"#] {
            let res = try await declineByAPI(as: "fac@mor.mx", body: body)
            XCTAssertEqual(res.status, .unprocessableEntity, body.prefix(40) + ": " + res.body.string)
            XCTAssertTrue(res.body.string.contains("reason"), "names the field: \(res.body.string)")
        }
        let longest = try await declineByAPI(as: "fac@mor.mx", body: #"{"reason":"\#(String(repeating: "x", count: 1_000))"}"#)
        XCTAssertEqual(longest.status, .ok, "1000 characters are allowed")
        let auditAfter = try await auditCount()
        XCTAssertEqual(auditAfter, auditBefore + 1, "only the accepted decline wrote")
    }

    func testAnIntegratedProposalCannotBeDeclinedNorADeclinedOneIntegrated() async throws {
        try await prepare()
        let session = try await convene("morelos")
        _ = try await AgendaWrites.add(
            AgendaItemInput(proposalId: proposal.requireID().uuidString), to: session.requireID(),
            in: stl, by: facilitation, now: now, on: db)
        let integrated = try await declineByAPI(as: "fac@mor.mx", body: #"{"reason":"Tarde"}"#)
        XCTAssertEqual(integrated.status, .conflict, integrated.body.string)
        let stillIntegrated = try await reload()
        XCTAssertEqual(stillIntegrated.status, .integrada)
        XCTAssertNil(stillIntegrated.declineReason)

        let other = try await ProposalWrites.submit(ProposalInput(title: "Datos abiertos"), in: stl, by: actor(rep), on: db)
        _ = try await ProposalWrites.decline(other.requireID(), reason: "Duplicada", in: stl, by: facilitation, on: db)
        do {
            _ = try await AgendaWrites.add(
                AgendaItemInput(proposalId: other.requireID().uuidString), to: session.requireID(),
                in: stl, by: facilitation, now: now, on: db)
            XCTFail("a declined proposal was integrated")
        } catch let error as AppError {
            XCTAssertEqual(error.status, .conflict)
        }
        let items = try await AgendaItem.query(on: db).filter(\.$proposalID == other.requireID()).count()
        XCTAssertEqual(items, 0)
    }

    func testTheFacilitatorDeclinesThroughTheWebFormAndMembersSeeTheReason() async throws {
        try await prepare()
        let browser = Browser(app)
        try await browser.login("fac@mor.mx")
        let page = try await browser.get(webPage)
        XCTAssertTrue(page.body.string.contains(#"action="\#(webAction)""#), "the facilitator gets the form")
        var form = FormPage.hidden(page.body.string, action: webAction)
        XCTAssertEqual(form[FormState.pageField], webPage)
        form["reason"] = "No corresponde a las atribuciones del STL."

        let res = try await browser.post(webAction, form: form)

        XCTAssertEqual(res.status, .seeOther, res.body.string)
        try await assertDeclinedAndToldOnce("No corresponde a las atribuciones del STL.")
        let member = Browser(app)
        try await member.login("gob1@mor.mx")
        let seen = try await member.get(webPage).body.string
        XCTAssertTrue(seen.contains("Descartada"))
        XCTAssertTrue(seen.contains("No corresponde a las atribuciones del STL."))
        XCTAssertFalse(seen.contains(#"action="\#(webAction)""#), "a representative gets no decline form")
    }

    func testAnEmptyReasonComesBackOnTheSamePageWithTheInputKept() async throws {
        try await prepare()
        let second = try await ProposalWrites.submit(ProposalInput(title: "Datos abiertos"), in: stl, by: actor(rep), on: db)
        let browser = Browser(app)
        try await browser.login("fac@mor.mx")
        let page = try await browser.get(webPage)
        var form = FormPage.hidden(page.body.string, action: webAction)
        form["reason"] = "   \n  "

        let res = try await browser.post(webAction, form: form)

        XCTAssertEqual(res.status, .unprocessableEntity)
        let body = res.body.string
        let field = "f-reason-\(proposal.id!.uuidString)"
        XCTAssertTrue(body.contains(#"id="\#(field)-error""#), "the message beside this proposal's «Motivo»")
        XCTAssertTrue(body.contains(##"href="#\##(field)""##), "the summary links to it")
        XCTAssertFalse(body.contains(#"id="f-reason-\#(second.id!.uuidString)-error""#), "not beside the other proposal's")
        XCTAssertTrue(body.contains("Motivo"))
        XCTAssertTrue(body.contains("Propuestas para el orden del día"), "the same page")
        let stored = try await reload()
        XCTAssertEqual(stored.status, .pendiente)
        let told = try await outbox(kind: .proposalDecided)
        XCTAssertEqual(told.count, 0)

        // A long reason that is too long comes back in its field.
        form["reason"] = String(repeating: "m", count: 1_001)
        let tooLong = try await browser.post(webAction, form: form)
        XCTAssertEqual(tooLong.status, .unprocessableEntity)
        XCTAssertTrue(tooLong.body.string.contains(String(repeating: "m", count: 1_001) + "</textarea>"), "the input is kept")
    }

    func testTheWebFormRefusesARepresentativeAndAnotherSTLsFacilitator() async throws {
        try await prepare()
        for email in ["gob1@mor.mx", "fac@jal.mx"] {
            let browser = Browser(app)
            try await browser.login(email)
            let res = try await browser.post(webAction, form: ["reason": "No"])
            XCTAssertEqual(res.status, .forbidden, email)
        }
        let stored = try await reload()
        XCTAssertEqual(stored.status, .pendiente)
        let told = try await outbox(kind: .proposalDecided)
        XCTAssertEqual(told.count, 0)
    }
}
