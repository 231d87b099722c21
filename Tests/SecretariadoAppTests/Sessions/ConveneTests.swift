import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Convening within the notice periods of the Mecanismo de Gobernanza.
final class ConveneTests: AppTestCase {
    private func convene(_ body: String, as user: User) async throws -> XCTHTTPResponse {
        var headers = try await bearer(for: user)
        headers.contentType = .json
        return try await app.sendRequest(.POST, APIURL.sessions(.value("morelos")).path, headers: headers, body: ByteBuffer(string: body))
    }

    func testAnOrdinarySessionTooSoonIsRefusedNamingTheDateAndTheCharter() async throws {
        try await loadDemo()
        let facilitator = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])

        let res = try await convene(
            #"{"kind":"ordinaria","date":"\#(localDay(2))","time":"10:00","place":"Sala","modality":"presencial"}"#, as: facilitator)

        XCTAssertEqual(res.status, .unprocessableEntity)
        let body = try json(res)
        XCTAssertEqual(body["field"] as? String, "date")
        let reason = try XCTUnwrap(body["reason"] as? String)
        XCTAssertTrue(
            reason.contains(
                "Convocatoria fuera de plazo: el Mecanismo de Gobernanza exige convocar una sesión ordinaria con al menos 5 días de anticipación y la fecha elegida está a 2 días."
            ), reason)
        let sessions = try await StlSession.query(on: db).count()
        XCTAssertEqual(sessions, 0)
    }

    func testAnUrgentExtraordinarySessionMayBeConvenedForTomorrow() async throws {
        try await loadDemo()
        let facilitator = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])

        let late = try await convene(
            #"{"kind":"extraordinaria","date":"\#(localDay(1))","time":"10:00","place":"Sala","modality":"virtual"}"#, as: facilitator)
        XCTAssertEqual(late.status, .unprocessableEntity, "without urgency the 2-day notice applies")
        let urgent = try await convene(
            #"{"kind":"extraordinaria","urgent":"true","date":"\#(localDay(1))","time":"10:00","place":"Sala","modality":"virtual"}"#, as: facilitator
        )
        XCTAssertEqual(urgent.status, .created, urgent.body.string)
        XCTAssertEqual(try json(urgent)["urgent"] as? Bool, true)
    }

    func testUrgencyIsRefusedWhenTheCharterDoesNotAllowIt() async throws {
        try await loadDemo()
        try await amendCharter("morelos") { $0.operation.allowsUrgentExtraordinary = false }
        let facilitator = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])

        let res = try await convene(
            #"{"kind":"extraordinaria","urgent":"true","date":"\#(localDay(1))","time":"10:00","place":"Sala","modality":"virtual"}"#, as: facilitator
        )

        XCTAssertEqual(res.status, .unprocessableEntity)
        XCTAssertEqual(try json(res)["field"] as? String, "urgent")
    }

    func testAnOrdinarySessionCannotBeUrgent() async throws {
        try await loadDemo()
        let facilitator = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        let res = try await convene(
            #"{"kind":"ordinaria","urgent":"true","date":"\#(localDay(1))","time":"10:00","place":"Sala","modality":"virtual"}"#, as: facilitator)
        XCTAssertEqual(res.status, .unprocessableEntity)
        XCTAssertEqual(try json(res)["field"] as? String, "urgent")
    }

    func testBadScheduleFieldsAreNamed() async throws {
        try await loadDemo()
        let facilitator = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        let cases: [(String, String)] = [
            (#"{"kind":"ordinaria","date":"2026-02-30","time":"10:00","place":"Sala","modality":"presencial"}"#, "date"),
            (#"{"kind":"ordinaria","date":"\#(localDay(9))","time":"25:00","place":"Sala","modality":"presencial"}"#, "time"),
            (#"{"kind":"ordinaria","date":"\#(localDay(9))","time":"10:00","modality":"presencial"}"#, "place"),
            (#"{"kind":"ordinaria","date":"\#(localDay(9))","time":"10:00","place":"Sala","modality":"telepatía"}"#, "modality"),
            (#"{"kind":"semanal","date":"\#(localDay(9))","time":"10:00","place":"Sala","modality":"virtual"}"#, "kind"),
            (
                #"{"kind":"ordinaria","date":"\#(localDay(9))","time":"10:00","place":"Sala","modality":"virtual","durationMinutes":"5"}"#,
                "durationMinutes"
            ),
            (#"{"kind":"ordinaria","date":"\#(localDay(9))","time":"10:00","place":"Sala","modality":"virtual","requestId":"nope"}"#, "requestId"),
            // A well-formed id of no request of this STL is a wrong field too, not a missing page.
            (
                #"{"kind":"ordinaria","date":"\#(localDay(9))","time":"10:00","place":"Sala","modality":"virtual","requestId":"\#(UUID())"}"#,
                "requestId"
            ),
        ]
        for (body, field) in cases {
            let res = try await convene(body, as: facilitator)
            XCTAssertEqual(res.status, .unprocessableEntity, body)
            XCTAssertEqual(try json(res)["field"] as? String, field, body)
        }
        let wrongType = try await convene(#"{"kind":"ordinaria","date":12}"#, as: facilitator)
        XCTAssertEqual(wrongType.status, .badRequest)
    }

    func testConveningARequestNumbersItAndAnsweredRequestsCannotBeConvenedTwice() async throws {
        try await loadDemo()
        let representative = try await representative("gob1@mor.mx", "morelos", "gobierno", 1)
        let facilitator = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        var headers = try await bearer(for: representative)
        headers.contentType = .json
        let requested = try await app.sendRequest(
            .POST, APIURL.sessionRequests(.value("morelos")).path, headers: headers,
            body: ByteBuffer(string: #"{"kind":"extraordinaria","reason":"Revisar el presupuesto"}"#))
        XCTAssertEqual(requested.status, .created)
        let requestID = try XCTUnwrap(try json(requested)["id"] as? String)
        // The public does not see requests.
        let publicList = try await app.sendRequest(.GET, APIURL.sessions(.value("morelos")).path)
        XCTAssertEqual(publicList.body.string, "[]")

        let body = #"{"requestId":"\#(requestID)","date":"\#(localDay(3))","time":"17:30","place":"Virtual","modality":"virtual"}"#
        let convened = try await convene(body, as: facilitator)
        XCTAssertEqual(convened.status, .created, convened.body.string)
        let session = try json(convened)
        XCTAssertEqual(session["number"] as? Int, 1)
        XCTAssertEqual(session["kind"] as? String, "extraordinaria", "the kind requested is kept")
        XCTAssertEqual(session["requestedBy"] as? String, "gob1@mor.mx")
        let again = try await convene(body, as: facilitator)
        XCTAssertEqual(again.status, .conflict)
    }

    func testRescheduleRaisesTheSequenceAndRechecksTheNotice() async throws {
        try await loadDemo()
        let facilitator = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        let session = try await convene("morelos")
        XCTAssertEqual(session.sequence, 0)
        var headers = try await bearer(for: facilitator)
        headers.contentType = .json
        let path = APIURL.session(.value("morelos"), .value(session.id!)).path

        let tooSoon = try await app.sendRequest(
            .PATCH, path, headers: headers,
            body: ByteBuffer(
                string:
                    #"{"date":"\#(localDay(1))","time":"10:00","place":"Otra sala","modality":"presencial"}"#))
        XCTAssertEqual(tooSoon.status, .unprocessableEntity)
        let moved = try await app.sendRequest(
            .PATCH, path, headers: headers,
            body: ByteBuffer(
                string:
                    #"{"date":"\#(localDay(8))","time":"11:00","place":"Otra sala","modality":"hibrida"}"#))
        XCTAssertEqual(moved.status, .ok, moved.body.string)
        XCTAssertEqual(try json(moved)["sequence"] as? Int, 1)
        XCTAssertEqual(try json(moved)["place"] as? String, "Otra sala")
        let placeOnly = try await app.sendRequest(
            .PATCH, path, headers: headers,
            body: ByteBuffer(
                string:
                    #"{"date":"\#(localDay(8))","time":"11:00","place":"Sala 3","modality":"hibrida"}"#))
        XCTAssertEqual(try json(placeOnly)["sequence"] as? Int, 2)
    }

    func testTimesAreMexicoCityWallClock() async throws {
        try await loadDemo()
        let session = try await convene("morelos")
        let clock = MexicoCityTime.wallClock(at: try XCTUnwrap(session.startsAt))
        XCTAssertEqual(clock.hour, 10)
        XCTAssertEqual(clock.minute, 0)
        XCTAssertEqual(RecordTime.localDate(session.startsAt!), localDay(7))
        XCTAssertEqual(session.endsAt!.timeIntervalSince(session.startsAt!), 7_200)
    }
}
