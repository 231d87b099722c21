import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// The issue's acceptance path, through the HTML forms only: a facilitator and three
/// representatives of different sectors (one a suplente standing in) convene a session,
/// build its agenda from proposals, take attendance, vote motions decided by Morelos's rule
/// (majority needs a vote of every sector), finalise and sign the minutes; the public then
/// downloads the archive and verifies it, and a changed row makes verification fail.
final class SessionJourneyTests: AppTestCase {
    let password = "contraseña-segura"

    func testFacilitatorAndThreeRepresentativesRunASessionThePublicCanVerify() async throws {
        try await loadDemo()
        let bootstrapped = try await AdminBootstrap.ensureAdmin(on: db)
        let adminPassword = try XCTUnwrap(bootstrapped?.password)
        let admin = Browser(app)
        try await admin.login(bootstrapped!.email, password: adminPassword)

        // The administrator creates the four accounts and their roles in Morelos.
        let people: [(email: String, name: String, grant: [String: String])] = [
            ("luz@uaem.mx", "Luz Stella Vallejo", ["role": "facilitador"]),
            ("hacienda@morelos.gob.mx", "Secretaría de Hacienda", ["role": "representante", "sector": "gobierno", "seatNumber": "1"]),
            (
                "mariana@coparmex.mx", "Mariana Suplente",
                ["role": "representante", "sector": "sociedad_civil", "seatNumber": "1", "holderRole": "suplente"]
            ),
            ("imipe@imipe.org.mx", "IMIPE", ["role": "representante", "sector": "organismo_garante", "seatNumber": "1"]),
        ]
        for person in people {
            let created = try await admin.post(SiteURL.adminUsers.path, form: ["email": person.email, "name": person.name, "password": password])
            XCTAssertEqual(created.status, .ok)
            let user = try await UserWrites.find(email: person.email, on: db)
            var grant = person.grant
            grant["secretariat"] = "morelos"
            let granted = try await admin.post(SiteURL.adminUserGrants(.value(user.id!)).path, form: grant)
            XCTAssertEqual(granted.status, .seeOther, granted.body.string)
        }
        let facilitator = Browser(app)
        try await facilitator.login("luz@uaem.mx", password: password)
        let gobierno = Browser(app)
        try await gobierno.login("hacienda@morelos.gob.mx", password: password)
        let sociedad = Browser(app)
        try await sociedad.login("mariana@coparmex.mx", password: password)
        let garante = Browser(app)
        try await garante.login("imipe@imipe.org.mx", password: password)

        // The facilitator registers the civil-society seat's suplente.
        let manage = try await facilitator.get("/stl/morelos/gestion").body.string
        let civilSeat = try XCTUnwrap(
            HTMLScan.first(#"<option value="([0-9A-F-]{36})">Sociedad civil 1"#, in: manage)
                ?? HTMLScan.all(#"<option value="([0-9A-F-]{36})">([^<]*)</option>"#, in: manage).first { $0[1].contains("ociedad") }?.first)
        let appointed = try await facilitator.post(
            "/stl/morelos/gestion/integrantes",
            form: [
                "seatId": civilSeat, "role": "suplente", "personName": "Mariana Suplente", "appointmentReference": "designacion_directa",
                "appointmentReason": "Prueba: designación fuera de la elección", "confirmDirectAppointment": "on",
            ])
        XCTAssertEqual(appointed.status, .seeOther, appointed.body.string)

        // Representatives propose agenda points and one asks for a session.
        for (browser, title) in [(gobierno, "Informe de avance del Plan de Acción Local"), (sociedad, "Mesa temática de contrataciones abiertas")] {
            let proposed = try await browser.post("/stl/morelos/propuestas", form: ["title": title, "links": "https://example.org/anexo.pdf"])
            XCTAssertEqual(proposed.status, .seeOther, proposed.body.string)
        }
        let requested = try await sociedad.post(
            "/stl/morelos/sesiones/solicitudes", form: ["kind": "ordinaria", "reason": "Revisar el avance del PAL"])
        XCTAssertEqual(requested.status, .seeOther, requested.body.string)
        let draftList = try await garante.get("/stl/morelos/propuestas")
        XCTAssertTrue(draftList.body.string.contains("Mesa temática de contrataciones abiertas"), "representatives see the proposals")

        // The facilitator convenes the requested session a week ahead.
        let sessionsPage = try await facilitator.get("/stl/morelos/sesiones").body.string
        let requestID = try XCTUnwrap(HTMLScan.first(#"<option value="([0-9A-F-]{36})">Ordinaria — Mariana Suplente"#, in: sessionsPage))
        let convened = try await facilitator.post(
            "/stl/morelos/sesiones",
            form: [
                "requestId": requestID, "kind": "ordinaria", "date": localDay(7), "time": "10:00",
                "durationMinutes": "120", "place": "Sala del IMIPE, Cuernavaca", "modality": "hibrida",
            ])
        XCTAssertEqual(convened.status, .seeOther, convened.body.string)
        let conductPath = try XCTUnwrap(convened.headers.first(name: .location)?.components(separatedBy: "?").first)
        let sessionPath = conductPath.replacingOccurrences(of: "/conducir", with: "")
        XCTAssertEqual(sessionPath, "/stl/morelos/sesiones/\(requestID)")

        // Agenda: both proposals, from the facilitator's desk.
        var conduct = try await facilitator.get(conductPath).body.string
        let proposalIDs = HTMLScan.all(#"<option value="([0-9A-F-]{36})">([^<]+) — "#, in: conduct).map(\.[0])
        XCTAssertEqual(proposalIDs.count, 2)
        for id in proposalIDs {
            let added = try await facilitator.post(sessionPath + "/orden-del-dia", form: ["proposalId": id])
            XCTAssertEqual(added.status, .seeOther, added.body.string)
        }
        let draftAgenda = try await sociedad.get(sessionPath)
        XCTAssertTrue(draftAgenda.body.string.contains("Informe de avance del Plan de Acción Local"))

        // Until 10:00 on the day, the desk says when attendance opens and offers no form.
        conduct = try await facilitator.get(conductPath).body.string
        XCTAssertTrue(conduct.contains("Se podrá registrar a partir del"))
        XCTAssertFalse(conduct.contains(sessionPath + "/asistencia\""), "no attendance form before the start")
        try await begin(try unwrapped(try await StlSession.find(UUID(uuidString: requestID), on: db)))

        // Attendance: the civil-society titular is absent, the suplente stands in; one
        // government seat is absent.
        conduct = try await facilitator.get(conductPath).body.string
        let seats = Dictionary(
            uniqueKeysWithValues: HTMLScan.all(#"<label for="f-seat_([0-9A-F-]{36})">([^<]+)</label>"#, in: conduct).map { ($0[1], $0[0]) })
        XCTAssertEqual(seats.count, 4)
        XCTAssertTrue(conduct.contains("Suplente (titular ausente): Mariana Suplente"), "the UI offers the suplente for the seat that has one")
        let attendance = try await facilitator.post(
            sessionPath + "/asistencia",
            form: [
                "seat_\(try XCTUnwrap(seats["Gobierno 1"]))": "titular",
                "seat_\(try XCTUnwrap(seats["Gobierno 2"]))": "ausente",
                "seat_\(try XCTUnwrap(seats["Sociedad civil 1"]))": "suplente",
                "seat_\(try XCTUnwrap(seats["Organismo garante 1"]))": "titular",
            ])
        XCTAssertEqual(attendance.status, .seeOther, attendance.body.string)

        // Two motions on the first point.
        conduct = try await facilitator.get(conductPath).body.string
        XCTAssertTrue(conduct.contains("Hay quórum: están presentes 3 de 4 asientos con voto (1 por suplente)."))
        let itemID = try XCTUnwrap(HTMLScan.first(#"<option value="([0-9A-F-]{36})">1\. "#, in: conduct))
        for title in ["Aprobar el informe de avance", "Crear la mesa temática de contrataciones abiertas"] {
            let motion = try await facilitator.post(
                sessionPath + "/mociones",
                form: [
                    "agendaItemId": itemID, "title": title, "agreementOwner": "Secretaría de Hacienda",
                    "agreementOwnerSector": "gobierno", "agreementDueOn": localDay(60),
                ])
            XCTAssertEqual(motion.status, .seeOther, motion.body.string)
        }

        // Each representative votes from the session page.
        let votes: [(Browser, [String])] = [
            (gobierno, ["a_favor", "a_favor"]), (sociedad, ["a_favor", "a_favor"]), (garante, ["abstencion", "en_contra"]),
        ]
        for (browser, options) in votes {
            let page = try await browser.get(sessionPath).body.string
            let motionIDs = HTMLScan.all(#"/mociones/([0-9A-F-]{36})/votar"#, in: page).map(\.[0])
            XCTAssertEqual(motionIDs.count, 2, "each representative who sat sees both vote forms")
            for (motionID, option) in zip(motionIDs, options) {
                let voted = try await browser.post(sessionPath + "/mociones/\(motionID)/votar", form: ["option": option])
                XCTAssertEqual(voted.status, .seeOther, voted.body.string)
            }
        }

        // The facilitator closes both votes: the rule decides.
        conduct = try await facilitator.get(conductPath).body.string
        for motionID in HTMLScan.all(#"/mociones/([0-9A-F-]{36})/cerrar"#, in: conduct).map(\.[0]) {
            let closed = try await facilitator.post(sessionPath + "/mociones/\(motionID)/cerrar", form: [:])
            XCTAssertEqual(closed.status, .seeOther, closed.body.string)
        }
        let decided = try await sociedad.get(sessionPath).body.string
        XCTAssertTrue(decided.contains("Adoptado por consenso: 2 votos a favor y ninguno en contra (1 abstención)."), decided)
        XCTAssertTrue(
            decided.contains(
                "No adoptado: no hubo consenso (hubo 1 voto en contra); la mayoría requiere al menos un voto a favor de organismo garante y no hubo ninguno."
            ))
        XCTAssertTrue(decided.contains("ACU-"), "the adopted motion became an agreement")

        // Minutes: draft notes, then final.
        conduct = try await facilitator.get(conductPath).body.string
        let discussionField = try XCTUnwrap(HTMLScan.first(#"name="(discussion_[0-9A-F-]{36})""#, in: conduct))
        let drafted = try await facilitator.post(
            sessionPath + "/minuta",
            form: [discussionField: "Se revisó el informe y se debatió la mesa temática.", "notes": "Sesión sin incidentes."])
        XCTAssertEqual(drafted.status, .seeOther, drafted.body.string)
        let finalised = try await facilitator.post(sessionPath + "/minuta/finalizar", form: [:])
        XCTAssertEqual(finalised.status, .seeOther, finalised.body.string)

        // The three who sat sign with their password.
        for browser in [gobierno, sociedad, garante] {
            let page = try await browser.get(sessionPath).body.string
            XCTAssertTrue(page.contains("Firmar la minuta"))
            let signed = try await browser.post(sessionPath + "/minuta/firmar", form: ["decision": "firma", "password": password])
            XCTAssertEqual(signed.status, .seeOther, signed.body.string)
        }
        let published = try await app.sendRequest(.GET, sessionPath)
        XCTAssertTrue(published.body.string.contains("Mariana Suplente"))
        XCTAssertEqual(HTMLScan.all(#"<td>Firma</td>"#, in: published.body.string).count, 3, "the public sees three signatures")
        let agreements = try await app.sendRequest(.GET, "/stl/morelos/acuerdos")
        XCTAssertTrue(agreements.body.string.contains("Aprobar el informe de avance"))
        XCTAssertFalse(agreements.body.string.contains("Crear la mesa temática"), "the motion not adopted is no agreement")

        // The public downloads the archive and verifies it offline.
        let archive = try await app.sendRequest(.GET, "/api/v1/secretariats/morelos/archive")
        XCTAssertEqual(archive.status, .ok)
        let report = try ArchiveVerifier.verify(Data(archive.body.readableBytesView))
        XCTAssertNil(report.failure)
        XCTAssertEqual(report.entries, 4)
        XCTAssertEqual(report.minutes, 1)
        XCTAssertEqual(report.signatures, 3)

        // Someone edits the stored minutes directly in the database…
        let stored = try await Minutes.query(on: db).filter(\.$session.$id == UUID(uuidString: requestID)!).first()
        let minutes = try XCTUnwrap(stored)
        let original = try XCTUnwrap(minutes.document)
        minutes.document = original.replacingOccurrences(of: "\"option\":\"en_contra\"", with: "\"option\":\"a_favor\"")
        XCTAssertNotEqual(minutes.document, original)
        try await minutes.update(on: db)
        // …and verification names the entry and what failed.
        let tampered = try await app.sendRequest(.GET, "/api/v1/secretariats/morelos/archive")
        let failed = try ArchiveVerifier.verify(Data(tampered.body.readableBytesView))
        let date = RecordTime.localDate(Date().addingTimeInterval(7 * 86_400))
        XCTAssertEqual(
            failed.failure?.description,
            "Entrada 1 (minuta de la sesión \(date)): el resumen SHA-256 no coincide con el documento")
    }
}
