import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Every route of sessions, voting, minutes and the archive refuses the public (401) and
/// the wrong role or STL (403), through the API and through the site's forms.
final class SessionAuthorizationTests: AppTestCase {
    private var session: StlSession!
    private var request: StlSession!
    private var motion: Motion!
    private var agreement: Agreement!

    /// Morelos: a convened session with an open motion and an agreement, plus a request.
    private func prepare() async throws {
        try await loadDemo()
        session = try await convene("morelos")
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .titular, "organismo_garante-1": .titular])
        let closing = try await openMotion(session, "morelos", title: "Aprobada")
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        let voter = try await representative("gob1@mor.mx", "morelos", "gobierno", 1)
        _ = try await VoteWrites.cast(VoteInput(option: "a_favor"), on: closing.requireID(), in: stl, by: actor(voter), now: now, on: db)
        _ = try await MotionWrites.close(closing.requireID(), in: stl, by: facilitation, now: now, on: db)
        motion = try await openMotion(session, "morelos")
        agreement = try await Agreement.query(on: db).first()
        request = try await SessionWrites.request(SessionRequestInput(kind: "ordinaria", reason: "Privada"), in: stl, by: facilitation, on: db)
        try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        try await makeUser("fac@jal.mx", grants: [("jalisco", .facilitador, nil, nil)])
        try await makeUser("garante@mor.mx", grants: [("morelos", .garante, nil, nil)])
        try await representative("gob1@jal.mx", "jalisco", "gobierno", 1)
    }

    private func user(_ email: String) async throws -> User {
        try await UserWrites.find(email: email, on: db)
    }

    private var slug: Parameter<String> { .value("morelos") }
    private var sid: Parameter<UUID> { .value(session.id!) }

    // MARK: API

    private struct Call {
        let method: HTTPMethod
        let path: String
        let body: String
        /// Who is refused with 403 (signed in, wrong role or STL).
        let forbidden: [String]
    }

    private func apiCalls() -> [Call] {
        let mid: Parameter<UUID> = .value(motion.id!)
        let rep = ["gob1@mor.mx", "fac@jal.mx", "garante@mor.mx"]
        let facOnly = ["fac@mor.mx", "gob1@jal.mx", "garante@mor.mx"]
        return [
            Call(
                method: .POST, path: APIURL.sessions(slug).path,
                body: #"{"kind":"ordinaria","date":"\#(localDay(9))","time":"10:00","place":"x","modality":"virtual"}"#, forbidden: rep),
            Call(method: .POST, path: APIURL.sessionRequests(slug).path, body: #"{"kind":"ordinaria","reason":"x"}"#, forbidden: facOnly),
            Call(method: .PATCH, path: APIURL.session(slug, sid).path, body: "{}", forbidden: rep),
            Call(method: .POST, path: APIURL.sessionCancel(slug, sid).path, body: #"{"reason":"x"}"#, forbidden: rep),
            Call(method: .POST, path: APIURL.sessionAgenda(slug, sid).path, body: #"{"title":"x"}"#, forbidden: rep),
            Call(method: .PUT, path: APIURL.sessionAttendance(slug, sid).path, body: #"{"seats":[]}"#, forbidden: rep),
            Call(method: .POST, path: APIURL.sessionMotions(slug, sid).path, body: "{}", forbidden: rep),
            Call(method: .PUT, path: APIURL.sessionMinutes(slug, sid).path, body: "{}", forbidden: rep),
            Call(method: .POST, path: APIURL.sessionMinutesFinalise(slug, sid).path, body: "{}", forbidden: rep),
            Call(method: .POST, path: APIURL.sessionMinutesSignatures(slug, sid).path, body: #"{"password":"x"}"#, forbidden: facOnly),
            Call(method: .POST, path: APIURL.motionVotes(slug, mid).path, body: #"{"option":"a_favor"}"#, forbidden: facOnly),
            Call(method: .POST, path: APIURL.motionClose(slug, mid).path, body: "{}", forbidden: rep),
            Call(method: .GET, path: APIURL.proposals(slug).path, body: "", forbidden: ["fac@jal.mx", "gob1@jal.mx"]),
            Call(
                method: .POST, path: APIURL.proposals(slug).path, body: #"{"title":"x"}"#, forbidden: ["garante@mor.mx", "fac@jal.mx", "gob1@jal.mx"]),
            // Follow-up: representatives of the STL update agreements too.
            Call(
                method: .PATCH, path: APIURL.agreement(slug, .value(agreement.id!)).path, body: #"{"status":"cumplido"}"#,
                forbidden: ["fac@jal.mx", "garante@mor.mx"]),
            Call(method: .GET, path: APIURL.session(slug, .value(request.id!)).path, body: "", forbidden: ["fac@jal.mx", "gob1@jal.mx"]),
            Call(method: .GET, path: APIURL.sessionMinutes(slug, sid).path, body: "", forbidden: ["fac@jal.mx", "gob1@jal.mx"]),
        ]
    }

    func testTheAPIRefusesThePublicAndTheWrongRoles() async throws {
        try await prepare()
        let auditBefore = try await auditCount()
        for call in apiCalls() {
            var json = HTTPHeaders()
            json.contentType = .json
            let anonymous = try await app.sendRequest(call.method, call.path, headers: json, body: ByteBuffer(string: call.body))
            XCTAssertEqual(anonymous.status, .unauthorized, "anonymous \(call.method) \(call.path)")
            for email in call.forbidden {
                var headers = try await bearer(for: user(email))
                headers.contentType = .json
                let res = try await app.sendRequest(call.method, call.path, headers: headers, body: ByteBuffer(string: call.body))
                XCTAssertEqual(res.status, .forbidden, "\(email) \(call.method) \(call.path): \(res.body.string)")
            }
        }
        let auditAfter = try await auditCount()
        XCTAssertEqual(auditAfter, auditBefore, "no refused call wrote anything")
    }

    func testPublicReadsStayOpen() async throws {
        try await prepare()
        let paths = [
            APIURL.sessions(slug).path, APIURL.session(slug, sid).path, APIURL.sessionMotions(slug, sid).path,
            APIURL.motionVotes(slug, .value(motion.id!)).path, APIURL.agreements(slug).path, APIURL.archive(slug).path,
            APIURL.keys(slug).path, APIURL.sessionsCalendar(slug).path,
            SiteURL.sessions(slug).path, SiteURL.session(slug, sid).path, SiteURL.agreements(slug).path,
        ]
        for path in paths {
            let res = try await app.sendRequest(.GET, path)
            XCTAssertEqual(res.status, .ok, path)
        }
        let list = try await app.sendRequest(.GET, APIURL.sessions(slug).path)
        XCTAssertFalse(list.body.string.contains(request.id!.uuidString), "requests are for members only")
        let member = try await bearer(for: user("gob1@mor.mx"))
        let memberList = try await app.sendRequest(.GET, APIURL.sessions(slug).path, headers: member)
        XCTAssertTrue(memberList.body.string.contains(request.id!.uuidString))
        let openVotes = try await app.sendRequest(.GET, APIURL.motionVotes(slug, .value(motion.id!)).path)
        XCTAssertTrue(openVotes.body.string.contains("\"votes\":[]"), "who voted how stays private while the vote is open")
    }

    // MARK: site

    private func formCalls() -> [(path: String, forbidden: [String])] {
        let mid: Parameter<UUID> = .value(motion.id!)
        let rep = ["gob1@mor.mx", "fac@jal.mx", "garante@mor.mx"]
        let facOnly = ["fac@mor.mx", "gob1@jal.mx"]
        return [
            (SiteURL.sessions(slug).path, rep),
            (SiteURL.sessionRequests(slug).path, facOnly),
            (SiteURL.sessionEdit(slug, sid).path, rep),
            (SiteURL.sessionCancel(slug, sid).path, rep),
            (SiteURL.sessionAgenda(slug, sid).path, rep),
            (SiteURL.sessionAttendance(slug, sid).path, rep),
            (SiteURL.sessionMotions(slug, sid).path, rep),
            (SiteURL.motionVote(slug, sid, mid).path, facOnly),
            (SiteURL.motionClose(slug, sid, mid).path, rep),
            (SiteURL.sessionMinutes(slug, sid).path, rep),
            (SiteURL.sessionMinutesFinalise(slug, sid).path, rep),
            (SiteURL.sessionMinutesSign(slug, sid).path, facOnly),
            (SiteURL.proposals(slug).path, ["garante@mor.mx", "fac@jal.mx"]),
            (SiteURL.agreementStatus(slug, .value(agreement.id!)).path, ["fac@jal.mx", "garante@mor.mx"]),  // follow-up
        ]
    }

    func testTheFormsRefuseThePublicAndTheWrongRoles() async throws {
        try await prepare()
        let auditBefore = try await auditCount()
        let anonymous = Browser(app)
        var browsers: [String: Browser] = [:]
        for email in ["gob1@mor.mx", "fac@jal.mx", "garante@mor.mx", "fac@mor.mx", "gob1@jal.mx"] {
            let browser = Browser(app)
            try await browser.login(email)
            browsers[email] = browser
        }
        for (path, forbidden) in formCalls() {
            let res = try await anonymous.post(path, form: ["option": "a_favor"])
            XCTAssertEqual(res.status, .unauthorized, "anonymous POST \(path)")
            for email in forbidden {
                let refused = try await browsers[email]!.post(path, form: ["option": "a_favor"])
                XCTAssertEqual(refused.status, .forbidden, "\(email) POST \(path)")
            }
        }
        let auditAfter = try await auditCount()
        XCTAssertEqual(auditAfter, auditBefore)
    }

    func testMembersOnlyPagesSendThePublicToLoginAndRefuseOtherSTLs() async throws {
        try await prepare()
        let pages = [
            SiteURL.sessionConduct(slug, sid).path, SiteURL.proposals(slug).path,
            SiteURL.session(slug, .value(request.id!)).path, SiteURL.sessionMinutes(slug, sid).path,
        ]
        let outsider = Browser(app)
        try await outsider.login("fac@jal.mx")
        let representative = Browser(app)
        try await representative.login("gob1@mor.mx")
        for path in pages {
            let anonymous = try await app.sendRequest(.GET, path)
            XCTAssertEqual(anonymous.status, .seeOther, path)
            XCTAssertTrue(anonymous.headers.first(name: .location)?.hasPrefix("/login") ?? false, path)
            let refused = try await outsider.get(path)
            XCTAssertEqual(refused.status, .forbidden, path)
        }
        let conduct = try await representative.get(SiteURL.sessionConduct(slug, sid).path)
        XCTAssertEqual(conduct.status, .forbidden, "representatives do not run sessions")
        let draft = try await representative.get(SiteURL.session(slug, .value(request.id!)).path)
        XCTAssertEqual(draft.status, .ok, "members see requested sessions and their draft agenda")
    }

    func testCSRFIsRequiredOnSessionForms() async throws {
        try await prepare()
        let facilitator = Browser(app)
        try await facilitator.login("fac@mor.mx")
        let res = try await facilitator.post(SiteURL.sessionAgenda(slug, sid).path, form: ["title": "x"], csrf: "falso")
        XCTAssertEqual(res.status, .forbidden)
        let items = try await AgendaItem.query(on: db).filter(\.$title == "x").count()
        XCTAssertEqual(items, 0)
    }
}
