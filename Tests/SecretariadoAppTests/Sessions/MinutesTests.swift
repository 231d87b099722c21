import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Finalised minutes never change; members sign them with their password.
final class MinutesTests: AppTestCase {
    private var facilitator: User!
    private var gobierno: User!
    private var garante: User!
    private var session: StlSession!
    private var motion: Motion!

    /// A Morelos session with attendance, one closed vote, ready to finalise.
    private func prepare(finalise: Bool = true) async throws {
        try await loadDemo()
        facilitator = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        gobierno = try await representative("gob1@mor.mx", "morelos", "gobierno", 1)
        garante = try await representative("og@mor.mx", "morelos", "organismo_garante", 1)
        session = try await convene("morelos")
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .titular, "organismo_garante-1": .titular])
        motion = try await openMotion(session, "morelos")
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        _ = try await VoteWrites.cast(VoteInput(option: "a_favor"), on: motion.requireID(), in: stl, by: actor(gobierno), now: now, on: db)
        _ = try await MotionWrites.close(motion.requireID(), in: stl, by: facilitation, now: now, on: db)
        if finalise {
            _ = try await MinutesWrites.finalise(session: session.requireID(), in: stl, by: facilitation, now: now, on: db)
        }
    }

    private func send(_ method: HTTPMethod, _ path: String, _ body: String = "{}", as user: User?) async throws -> XCTHTTPResponse {
        var headers = HTTPHeaders()
        if let user { headers = try await bearer(for: user) }
        headers.contentType = .json
        return try await app.sendRequest(method, path, headers: headers, body: ByteBuffer(string: body))
    }

    private var slug: Parameter<String> { .value("morelos") }
    private var sid: Parameter<UUID> { .value(session.id!) }

    func testFinalisedMinutesRefuseEveryLaterWriteWith409() async throws {
        try await prepare()
        let item = try await AgendaItem.query(on: db).first()
        let writes: [(HTTPMethod, String, String)] = [
            (.PUT, APIURL.sessionMinutes(slug, sid).path, #"{"notes":"cambio"}"#),
            (.POST, APIURL.sessionMinutesFinalise(slug, sid).path, "{}"),
            (.POST, APIURL.sessionAgenda(slug, sid).path, #"{"title":"Nuevo punto"}"#),
            (
                .PUT, APIURL.sessionAttendance(slug, sid).path,
                #"{"seats":[{"seatId":"\#(try await seat("morelos", "gobierno", 2).id!)","attendance":"titular"}]}"#
            ),
            (.POST, APIURL.sessionMotions(slug, sid).path, #"{"agendaItemId":"\#(item!.id!)","title":"Otra moción"}"#),
            (.PATCH, APIURL.session(slug, sid).path, #"{"date":"\#(localDay(9))","time":"10:00","place":"Otra","modality":"virtual"}"#),
            (.POST, APIURL.sessionCancel(slug, sid).path, #"{"reason":"ya no"}"#),
            (.POST, APIURL.motionClose(slug, .value(motion.id!)).path, "{}"),
        ]
        let before = try await Minutes.query(on: db).first()
        for (method, path, body) in writes {
            let res = try await send(method, path, body, as: facilitator)
            XCTAssertEqual(res.status, .conflict, "\(method) \(path): \(res.body.string)")
        }
        let vote = try await send(.POST, APIURL.motionVotes(slug, .value(motion.id!)).path, #"{"option":"en_contra"}"#, as: garante)
        XCTAssertEqual(vote.status, .conflict)
        let after = try await Minutes.query(on: db).first()
        XCTAssertEqual(after?.document, before?.document)
        XCTAssertEqual(after?.digest, before?.digest)
        let stored = try await StlSession.find(session.id, on: db)
        XCTAssertEqual(stored?.status, .concluida)
    }

    func testFinalisingNeedsClosedVotesAndAttendance() async throws {
        try await loadDemo()
        let facilitator = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        let session = try await convene("morelos")
        let path = APIURL.sessionMinutesFinalise(.value("morelos"), .value(session.id!)).path
        // A session is not concluded before its date.
        let early = try await send(.POST, path, as: facilitator)
        XCTAssertEqual(early.status, .conflict)
        XCTAssertTrue(early.body.string.contains("Se podrá registrar a partir del"), early.body.string)
        try await begin(session)
        let noAttendance = try await send(.POST, path, as: facilitator)
        XCTAssertEqual(noAttendance.status, .conflict)
        XCTAssertTrue(noAttendance.body.string.contains("Registra la asistencia"))
        try await attend(session, "morelos", ["gobierno-1": .titular])
        _ = try await openMotion(session, "morelos")
        let openVote = try await send(.POST, path, as: facilitator)
        XCTAssertEqual(openVote.status, .conflict)
        XCTAssertTrue(openVote.body.string.contains("una votación abierta"))
    }

    func testTheDigestIsTheSHA256OfTheCanonicalDocument() async throws {
        try await prepare()
        let minutes = try unwrapped(try await Minutes.query(on: db).first())
        let text = try XCTUnwrap(minutes.document)
        let document = try XCTUnwrap(minutes.finalDocument)
        XCTAssertEqual(String(decoding: try CanonicalJSON.data(of: document), as: UTF8.self), text)
        XCTAssertEqual(ArchiveChain.sha256Hex(Data(text.utf8)), minutes.digest)
        XCTAssertEqual(document.attendance.map(\.attendance), ["titular", "ausente", "titular", "titular"])
        XCTAssertEqual(document.agenda.first?.motions.first?.result, "adopted")
        XCTAssertEqual(document.agreements.count, 1)
    }

    func testSigningWithAWrongPasswordIsRefusedNamingThePassword() async throws {
        try await prepare()
        let res = try await send(.POST, APIURL.sessionMinutesSignatures(slug, sid).path, #"{"password":"no-es-la-mía"}"#, as: gobierno)
        XCTAssertEqual(res.status, .unprocessableEntity)
        XCTAssertEqual(try json(res)["field"] as? String, "password")
        let count = try await MinutesSignature.query(on: db).count()
        XCTAssertEqual(count, 0)
        let missing = try await send(.POST, APIURL.sessionMinutesSignatures(slug, sid).path, "{}", as: gobierno)
        XCTAssertEqual(try json(missing)["field"] as? String, "password")
    }

    func testAMemberSignsOnceAndTheSignatureVerifies() async throws {
        try await prepare()
        let path = APIURL.sessionMinutesSignatures(slug, sid).path
        let signed = try await send(.POST, path, #"{"password":"contraseña-segura"}"#, as: gobierno)
        XCTAssertEqual(signed.status, .created, signed.body.string)
        XCTAssertEqual(try json(signed)["seat"] as? String, "gobierno-1")
        let twice = try await send(.POST, path, #"{"password":"contraseña-segura"}"#, as: gobierno)
        XCTAssertEqual(twice.status, .conflict)

        let keys = try await app.sendRequest(.GET, APIURL.keys(slug).path)
        XCTAssertTrue(keys.body.string.contains("\"owner\":\"gob1@mor.mx\""))
        XCTAssertFalse(keys.body.string.contains("sealed"), "private keys are never published")
        let archive = try await app.sendRequest(.GET, APIURL.archive(slug).path)
        let report = try ArchiveVerifier.verify(Data(archive.body.readableBytesView))
        XCTAssertNil(report.failure)
        XCTAssertEqual(report.signatures, 1)
    }

    func testARefusalNeedsReasonsAndIsRecorded() async throws {
        try await prepare()
        let path = APIURL.sessionMinutesSignatures(slug, sid).path
        let bare = try await send(.POST, path, #"{"password":"contraseña-segura","decision":"rechazo"}"#, as: garante)
        XCTAssertEqual(try json(bare)["field"] as? String, "reason")
        let refused = try await send(
            .POST, path, #"{"password":"contraseña-segura","decision":"rechazo","reason":"No refleja lo discutido."}"#, as: garante)
        XCTAssertEqual(refused.status, .created, refused.body.string)
        let page = try await app.sendRequest(.GET, SiteURL.session(slug, sid).path)
        XCTAssertTrue(page.body.string.contains("Se negó a firmar"))
        XCTAssertTrue(page.body.string.contains("No refleja lo discutido."))
    }

    func testOnlyMembersWhoAttendedSign() async throws {
        try await prepare()
        let absent = try await representative("gob2@mor.mx", "morelos", "gobierno", 2)
        let res = try await send(.POST, APIURL.sessionMinutesSignatures(slug, sid).path, #"{"password":"contraseña-segura"}"#, as: absent)
        XCTAssertEqual(res.status, .forbidden)
    }

    func testAReplacedMemberNoLongerSigns() async throws {
        try await prepare()
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        let seat = try await seat("morelos", "gobierno", 1)
        _ = try await MemberWrites.appoint(
            MemberInput(seatId: seat.requireID().uuidString, role: "titular", office: "Nueva titular"), in: stl, by: .system, on: db)
        let res = try await send(.POST, APIURL.sessionMinutesSignatures(slug, sid).path, #"{"password":"contraseña-segura"}"#, as: gobierno)
        XCTAssertEqual(res.status, .forbidden, res.body.string)
        XCTAssertTrue(res.body.string.contains("Tu periodo en este asiento terminó"), res.body.string)
    }

    func testDraftMinutesCannotBeSignedAndStayAmongMembers() async throws {
        try await prepare(finalise: false)
        let sign = try await send(.POST, APIURL.sessionMinutesSignatures(slug, sid).path, #"{"password":"contraseña-segura"}"#, as: gobierno)
        XCTAssertEqual(sign.status, .conflict)
        let anonymous = try await app.sendRequest(.GET, APIURL.sessionMinutes(slug, sid).path)
        XCTAssertEqual(anonymous.status, .unauthorized)
        let member = try await send(.GET, APIURL.sessionMinutes(slug, sid).path, as: gobierno)
        XCTAssertEqual(member.status, .ok)
        XCTAssertEqual(try json(member)["status"] as? String, "borrador")
    }

    func testAPasswordChangeRotatesTheKeyAndOldSignaturesStillVerify() async throws {
        try await prepare()
        let path = APIURL.sessionMinutesSignatures(slug, sid).path
        _ = try await send(.POST, path, #"{"password":"contraseña-segura"}"#, as: gobierno)
        let first = try unwrapped(try await SigningKey.query(on: db).filter(\.$user.$id == gobierno.requireID()).first())

        try await UserWrites.setPassword(email: "gob1@mor.mx", password: "otra-contraseña-larga", by: .system, on: db)

        let keys = try await SigningKey.query(on: db).filter(\.$user.$id == gobierno.requireID()).sort(\.$createdAt).all()
        XCTAssertEqual(keys.count, 2)
        XCTAssertNotNil(keys.first { $0.id == first.id }?.retiredAt, "the old key is retired, not deleted")
        let current = try XCTUnwrap(keys.first { $0.retiredAt == nil })
        XCTAssertNil(SigningKeys.unseal(current, password: "contraseña-segura"))
        XCTAssertNotNil(SigningKeys.unseal(current, password: "otra-contraseña-larga"))
        let archive = try await app.sendRequest(.GET, APIURL.archive(slug).path)
        XCTAssertTrue(archive.body.string.contains(first.publicKey), "the retired key is still published")
        XCTAssertNil(try ArchiveVerifier.verify(Data(archive.body.readableBytesView)).failure)
    }

    func testThePrintableMinutesShowTheSignedDocument() async throws {
        try await prepare()
        _ = try await send(.POST, APIURL.sessionMinutesSignatures(slug, sid).path, #"{"password":"contraseña-segura"}"#, as: gobierno)
        let page = try await app.sendRequest(.GET, SiteURL.sessionMinutes(slug, sid).path)
        XCTAssertEqual(page.status, .ok)
        let minutes = try unwrapped(try await Minutes.query(on: db).first())
        XCTAssertTrue(page.body.string.contains(minutes.digest!))
        XCTAssertTrue(page.body.string.contains("Aprobar el plan de trabajo"))
        XCTAssertTrue(page.body.string.contains("gob1@mor.mx"), "who signed is shown")
        // Printed, the document carries its digest, where its verifiable copy lives, a line
        // to sign for each position that attended (and the facilitator), and the print button.
        let html = page.body.string
        XCTAssertTrue(html.contains("<code>\(minutes.digest!)</code>"), "the digest in the identification")
        XCTAssertTrue(html.contains("http://localhost:8080\(APIURL.archive(slug).path)"), "the archive's address written out")
        XCTAssertTrue(html.contains("http://localhost:8080\(SiteURL.sessionMinutes(slug, sid).path)"))
        XCTAssertTrue(html.contains("SHA-256 \(minutes.digest!.prefix(16))…"), "the printout names the record on top")
        let lines = html.components(separatedBy: "<li class=\"sign\">").count - 1
        let facilitation = html.contains("<span class=\"capacity\">Facilitación</span>") ? 1 : 0
        XCTAssertEqual(lines - facilitation, 3, "one line per position that attended, none for absent seats")
        XCTAssertTrue(html.contains("(titular)</span>"))
        XCTAssertTrue(html.contains("data-print=\"1\""), "the print button")
        let css = try await app.sendRequest(.GET, SiteURL.stylesheet.path)
        XCTAssertTrue(css.body.string.contains("@media print"))
    }
}

/// The composition cannot erase seats the record refers to.
final class SeatHistoryTests: AppTestCase {
    func testASeatWithSessionHistoryCannotBeRemoved() async throws {
        try await loadDemo()
        let facilitator = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        let session = try await convene("morelos")
        try await attend(session, "morelos", ["gobierno-1": .titular])
        let seat = try await seat("morelos", "gobierno", 2)
        let headers = try await bearer(for: facilitator)

        let res = try await app.sendRequest(.DELETE, APIURL.seat(.value("morelos"), .value(seat.id!)).path, headers: headers)

        XCTAssertEqual(res.status, .conflict)
        let still = try await SecretariadoApp.Seat.find(seat.id, on: db)
        XCTAssertNotNil(still)
    }
}
