import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Bad input gets a clear 4xx naming the field, never a 500, and writes nothing.
final class FollowUpValidationTests: AppTestCase {
    private var token: HTTPHeaders = [:]

    private func prepare() async throws {
        try await loadDemo()
        let user = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        token = try await bearer(for: user)
    }

    private func send(_ method: HTTPMethod, _ path: String, _ body: String) async throws -> (HTTPStatus, [String: Any]) {
        let res = try await app.sendRequest(method, path, headers: jsonHeaders(token), body: ByteBuffer(string: body))
        let object = (try? JSONSerialization.jsonObject(with: Data(res.body.readableBytesView))) as? [String: Any] ?? [:]
        return (res.status, object)
    }

    private func assertInvalid(
        _ path: String, _ body: String, field: String, method: HTTPMethod = .POST, mentions: String? = nil,
        file: StaticString = #filePath, line: UInt = #line
    ) async throws {
        let (status, object) = try await send(method, path, body)
        XCTAssertEqual(status, .unprocessableEntity, "\(body) → \(object)", file: file, line: line)
        XCTAssertEqual(object["field"] as? String, field, file: file, line: line)
        if let mentions {
            XCTAssertTrue((object["reason"] as? String ?? "").contains(mentions), "\(object)", file: file, line: line)
        }
    }

    func testAnAmountWithADecimalCommaIsRefusedNamingTheField() async throws {
        try await prepare()
        let before = try await auditCount()
        let path = APIURL.expenses(.value("morelos")).path
        let valid = #""spentOn":"2026-05-04","concept":"Papelería","source":"Organismo garante""#
        try await assertInvalid(path, "{\(valid),\"amount\":\"12,34\"}", field: "amount", mentions: "punto")
        try await assertInvalid(path, "{\(valid),\"amount\":\"1.005\"}", field: "amount")
        try await assertInvalid(path, "{\(valid),\"amount\":\"-5.00\"}", field: "amount")
        try await assertInvalid(path, "{\(valid),\"amount\":\"0\"}", field: "amount")
        try await assertInvalid(path, "{\(valid),\"amount\":\"1000000000000.00\"}", field: "amount")
        try await assertInvalid(path, "{\(valid)}", field: "amount")
        try await assertInvalid(path, #"{"spentOn":"2026-02-30","concept":"x","source":"y","amount":"1.00"}"#, field: "spentOn")
        try await assertInvalid(
            path, #"{"spentOn":"2026-05-04","concept":"x","source":"y","amount":"1.00","receiptUrl":"javascript:alert(1)"}"#, field: "receiptUrl")
        let after = try await auditCount()
        XCTAssertEqual(after, before, "nothing was written")
    }

    func testTheFormShowsTheSameMessageAsAnHTMLPage() async throws {
        try await prepare()
        let browser = Browser(app)
        try await browser.login("fac@mor.mx")
        let res = try await browser.post(
            SiteURL.finances(.value("morelos")).path,
            form: [
                "spentOn": "2026-05-04", "concept": "Papelería", "amount": "12,34", "source": "Organismo garante",
            ])
        XCTAssertEqual(res.status, .unprocessableEntity)
        FormPage.assertNoInternalName(res.body.string, "amount")
        XCTAssertTrue(res.body.string.contains("Usa punto para los decimales"))
        let count = try await ExpenseRecord.query(on: db).count()
        XCTAssertEqual(count, 0)
    }

    func testImpossibleDatesAndNegativeAttendeesAreRefused() async throws {
        try await prepare()
        let outreach = APIURL.outreach(.value("morelos")).path
        let valid = #""kind":"taller","title":"Taller","audience":"OSC""#
        try await assertInvalid(outreach, "{\(valid),\"heldOn\":\"2026-05-04\",\"attendees\":\"-5\"}", field: "attendees")
        try await assertInvalid(outreach, "{\(valid),\"heldOn\":\"2026-05-04\",\"attendees\":\"muchos\"}", field: "attendees")
        try await assertInvalid(outreach, "{\(valid),\"heldOn\":\"2026-13-01\",\"attendees\":\"5\"}", field: "heldOn")
        try await assertInvalid(outreach, #"{"kind":"fiesta","title":"T","audience":"A","heldOn":"2026-05-04","attendees":"5"}"#, field: "kind")
        try await assertInvalid(
            APIURL.actionPlans(.value("morelos")).path, #"{"title":"PAL","startsOn":"2026-02-29","endsOn":"2027-01-01"}"#, field: "startsOn")
        try await assertInvalid(
            APIURL.actionPlans(.value("morelos")).path, #"{"title":"PAL","startsOn":"2027-01-01","endsOn":"2026-01-01"}"#, field: "endsOn")
        try await assertInvalid(APIURL.agreements(.value("morelos")).path, #"{"title":"A","owner":"B","dueOn":"31/12/2026"}"#, field: "dueOn")
    }

    func testFollowUpRulesAreEnforced() async throws {
        try await prepare()
        let (_, commitment, milestones) = try await planWithCommitment("morelos", milestones: 1)
        let slug: Parameter<String> = .value("morelos")
        let cid: Parameter<UUID> = .value(commitment.id!)
        try await assertInvalid(APIURL.commitmentLevel(slug, cid).path, #"{"levelOverride":"completo"}"#, field: "overrideReason", method: .PUT)
        try await assertInvalid(
            APIURL.commitmentLevel(slug, cid).path, #"{"levelOverride":"casi","overrideReason":"x"}"#, field: "levelOverride", method: .PUT)
        try await assertInvalid(APIURL.milestone(slug, cid, .value(milestones[0].id!)).path, #"{"done":"tal vez"}"#, field: "done", method: .PATCH)
        try await assertInvalid(
            APIURL.milestone(slug, cid, .value(milestones[0].id!)).path, #"{"done":"true","doneOn":"2999-01-01"}"#, field: "doneOn", method: .PATCH)
        try await assertInvalid(
            APIURL.milestone(slug, cid, .value(milestones[0].id!)).path, #"{"evidenceLinks":"no es un enlace"}"#, field: "evidenceLinks",
            method: .PATCH)
        try await assertInvalid(
            APIURL.planCommitments(slug, .value(commitment.$plan.id)).path,
            #"{"title":"C","problem":"P","objective":"O","leadInstitution":"L","coResponsible":"R","ogpValues":"transparencia"}"#, field: "ogpValues")
        try await assertInvalid(
            APIURL.planCommitments(slug, .value(commitment.$plan.id)).path,
            #"{"title":"C","problem":"P","objective":"O","leadInstitution":"L","coResponsible":"R"}"#, field: "ogpValues")
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        let agreement = try await AgreementWrites.create(AgreementCreateInput(title: "A", owner: "B"), in: stl, by: facilitation, on: db)
        try await assertInvalid(APIURL.agreement(slug, .value(agreement.id!)).path, #"{"status":"vencido"}"#, field: "status", method: .PATCH)
        try await assertInvalid(APIURL.agreementNotes(slug, .value(agreement.id!)).path, #"{"text":"x","status":"vencido"}"#, field: "status")
        try await assertInvalid(APIURL.agreementNotes(slug, .value(agreement.id!)).path, #"{"status":"cumplido"}"#, field: "text")
        try await assertInvalid(APIURL.agreements(slug).path, #"{"title":"A","owner":"B","ownerSector":"empresarios"}"#, field: "ownerSector")
        let stored = try await Agreement.find(agreement.id!, on: db)
        XCTAssertEqual(stored?.status, .pendiente)
    }

    func testUnknownFiltersAreRefusedNotSilentlyIgnored() async throws {
        try await prepare()
        let api = try await app.sendRequest(.GET, APIURL.agreements(.value("morelos")).path + "?status=olvidado")
        XCTAssertEqual(api.status, .unprocessableEntity)
        XCTAssertTrue(api.body.string.contains("\"field\":\"status\""))
        let session = try await app.sendRequest(.GET, SiteURL.agreements(.value("morelos")).path + "?session=no-es-un-id")
        XCTAssertEqual(session.status, .unprocessableEntity)
        let period = try await app.sendRequest(.GET, APIURL.expenses(.value("morelos")).path + "?period=semana")
        XCTAssertEqual(period.status, .unprocessableEntity)
    }
}
