import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Builders for session tests: representatives with seats, suplentes, convened sessions.
extension AppTestCase {
    /// The demo year of sessions (after `loadDemo()`).
    func loadDemoSessions() async throws {
        try await DemoSessionsLoader(db: db).load()
    }

    /// A representative holding seat `sector #number` of `slug` as titular or suplente.
    @discardableResult
    func representative(
        _ email: String, _ slug: String, _ sector: String, _ number: Int, as role: HolderRole = .titular,
        password: String = "contraseña-segura"
    ) async throws -> User {
        let user = try await makeUser(email, password: password)
        let stl = try await Secretariat.find(slug: slug, on: db)
        let seat = try await seat(slug, sector, number)
        // The account speaks for the seat through the position's current term.
        let term = try await SeatTerm.query(on: db).filter(\.$seat.$id == seat.requireID()).filter(\.$role == role).filter(\.$endsOn == nil).first()
        try await RoleGrant(
            userID: user.requireID(), secretariatID: stl.requireID(), role: .representante, sector: sector,
            seatID: seat.requireID(), holderRole: role, termID: term?.id
        ).create(on: db)
        return user
    }

    func seat(_ slug: String, _ sector: String, _ number: Int) async throws -> SecretariadoApp.Seat {
        let stl = try await Secretariat.find(slug: slug, on: db)
        let found = try await SecretariadoApp.Seat.query(on: db).filter(\.$secretariat.$id == stl.requireID())
            .filter(\.$sector == sector).filter(\.$number == number).first()
        return try XCTUnwrap(found)
    }

    /// Gives a seat a current suplente, so attendance can name them.
    func addSuplente(_ slug: String, _ sector: String, _ number: Int) async throws {
        let seat = try await seat(slug, sector, number)
        try await SeatTerm(seatID: seat.requireID(), role: .suplente, office: "Suplente de prueba").create(on: db)
    }

    /// The actor a signed-in user would be.
    func actor(_ user: User) async throws -> SessionActor {
        // The same grants a request would load: only those in force.
        let grants = try await Request.grants(of: user.requireID(), on: db)
        return SessionActor(
            audit: .init(user), userID: user.id, name: user.name,
            principal: Principal(userID: user.id, isAdmin: user.isAdmin, grants: grants))
    }

    var facilitation: SessionActor { .system(name: "Facilitación de prueba") }

    /// The present moment on the app's clock (the one every time rule reads).
    var now: Date { app.clock.now() }

    /// Moves the app's clock to the session's start (or leaves it where it is, if later):
    /// the session has begun, so its attendance, motions, votes and minutes can be recorded.
    /// The rule is never weakened for a test; the test waits for the session instead.
    func begin(_ session: StlSession) async throws {
        let current = try await unwrapped(try await StlSession.find(session.requireID(), on: db))
        app.clock.advance(to: try unwrapped(current.startsAt))
    }

    /// `AAAA-MM-DD` of the day `days` from today on the app's clock, in Mexico City.
    func localDay(_ days: Int) -> String {
        RecordTime.localDate(now.addingTimeInterval(TimeInterval(days) * 86_400))
    }

    /// An ordinary session convened a week ahead.
    func convene(_ slug: String, kind: String = "ordinaria", daysAhead: Int = 7, urgent: Bool = false) async throws -> StlSession {
        let stl = try await Secretariat.find(slug: slug, on: db)
        return try await SessionWrites.convene(
            ConveneInput(
                kind: kind, urgent: urgent ? "true" : nil, date: localDay(daysAhead), time: "10:00",
                durationMinutes: "120", place: "Sala de juntas", modality: "presencial"),
            in: stl, by: facilitation, now: now, on: db)
    }

    /// Attendance by seat label ("gobierno-1": .titular); unlisted seats are absent. The
    /// session begins first.
    func attend(_ session: StlSession, _ slug: String, _ present: [String: Attendance]) async throws {
        let stl = try await Secretariat.find(slug: slug, on: db)
        let forum = try await ForumSeats.load(stl, on: db)
        let lines = forum.seats.map { ($0.seat.id!, present[$0.seat.label] ?? .absent) }
        try await begin(session)
        _ = try await AttendanceWrites.record(lines, session: session.requireID(), in: stl, by: facilitation, now: now, on: db)
    }

    /// An agenda point (added while the agenda can still change, before the start) with a
    /// motion open for votes (once the session has begun).
    func openMotion(_ session: StlSession, _ slug: String, title: String = "Aprobar el plan de trabajo") async throws -> Motion {
        let stl = try await Secretariat.find(slug: slug, on: db)
        let item = try await agendaPoint(session, slug)
        try await begin(session)
        return try await MotionWrites.create(
            MotionInput(
                agendaItemId: item.requireID().uuidString, title: title, agreementOwner: "Sociedad civil", agreementOwnerSector: "sociedad_civil"),
            session: session.requireID(), in: stl, by: facilitation, now: now, on: db)
    }

    /// An agenda point: added through the service while the agenda still admits it.
    func agendaPoint(_ session: StlSession, _ slug: String, title: String = "Plan de trabajo") async throws -> AgendaItem {
        let stl = try await Secretariat.find(slug: slug, on: db)
        let current = try await unwrapped(try await StlSession.find(session.requireID(), on: db))
        if SessionTimeGate.agendaEditable(startsAt: current.startsAt, now: now) {
            return try await AgendaWrites.add(AgendaItemInput(title: title), to: session.requireID(), in: stl, by: facilitation, now: now, on: db)
        }
        // The test began the session before setting its agenda: the point is put in place
        // as the fixture it is, as if added before the start.
        let last = try await AgendaItem.query(on: db).filter(\.$session.$id == session.requireID()).max(\.$position) ?? 0
        let item = AgendaItem(
            sessionID: try session.requireID(), position: last + 1, title: title, description: nil,
            proposalID: nil, proposedBy: nil, links: [])
        try await item.create(on: db)
        return item
    }

    /// Puts a charter version changed by `change` in force directly, as the STL's starting
    /// point for a test (the amendment path itself is tested in `CharterAmendmentTests`).
    func amendCharter(_ slug: String, _ change: (inout GovernanceMechanism) -> Void) async throws {
        let stl = try await Secretariat.find(slug: slug, on: db)
        var document = try await Charter.current(for: stl, on: db)
        change(&document)
        let doc = document
        try await db.writeTransaction { db in
            try await GovernanceWrites.record(doc, note: "Prueba", origin: .acta, in: stl, by: .system, on: db)
        }
    }

    /// `XCTUnwrap` for values computed with `await` (its autoclosure cannot await).
    func unwrapped<T>(_ value: T?, file: StaticString = #filePath, line: UInt = #line) throws -> T {
        try XCTUnwrap(value, file: file, line: line)
    }

    func json(_ res: XCTHTTPResponse) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any])
    }
}

/// Regex helpers for reading ids out of the HTML, the way a person reads the page.
enum HTMLScan {
    static func all(_ pattern: String, in html: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(html.startIndex..., in: html)
        return regex.matches(in: html, range: range).map { match in
            (1..<match.numberOfRanges).map { i in
                Range(match.range(at: i), in: html).map { String(html[$0]) } ?? ""
            }
        }
    }

    static func first(_ pattern: String, in html: String) -> String? {
        all(pattern, in: html).first?.first
    }
}
