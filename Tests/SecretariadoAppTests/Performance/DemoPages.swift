import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// The demo data on a stopped clock, and the read routes of the pages an STL works with:
/// what the HTML snapshots and the query budgets are taken over.
struct DemoPages {
    /// Noon of 25 November 2026 in Mexico City: December's session is convened, the year's
    /// others have concluded.
    static let now = MexicoCityTime.date(at: CivilDateTime(year: 2026, month: 11, day: 25, hour: 12)!)
    static let slug = "jalisco"

    let concluded: UUID
    let convened: UUID
    let plan: UUID?
    /// A motion of the concluded session, with its votes.
    let motion: UUID

    /// Loads the 16 STLs and the demo year of sessions with the app's clock stopped at `now`.
    static func load(in test: AppTestCase) async throws -> DemoPages {
        test.app.clock.set(now)
        try await test.loadDemo()
        _ = try await DemoSessionsLoader(db: test.db).load(now: now)
        let stl = try await Secretariat.find(slug: slug, on: test.db)
        func session(_ number: Int) async throws -> UUID {
            let found = try await StlSession.query(on: test.db).filter(\.$secretariat.$id == stl.requireID())
                .filter(\.$number == number).first()
            return try XCTUnwrap(found?.id, "session \(number) of \(slug)")
        }
        let plan = try await ActionPlan.query(on: test.db).filter(\.$secretariat.$id == stl.requireID()).sort(\.$createdAt).first()?.id
        let concluded = try await session(5)
        let motion = try await Motion.query(on: test.db).filter(\.$session.$id == concluded).sort(\.$createdAt).first()?.id
        return DemoPages(
            concluded: concluded, convened: try await session(12), plan: plan,
            motion: try XCTUnwrap(motion, "a motion in session 5"))
    }

    /// Web pages: a name for the snapshot file and the path.
    var webPages: [(name: String, path: String)] {
        let s = Parameter<String>.value(Self.slug)
        var pages: [(String, String)] = [
            ("home", SiteURL.home.path),
            ("comparativo", SiteURL.comparison.path),
            ("seguimiento", SiteURL.nationalFollowUp.path),
            ("stl", SiteURL.secretariat(s).path),
            ("sesiones", SiteURL.sessions(s).path),
            ("sesion-concluida", SiteURL.session(s, .value(concluded)).path),
            ("sesion-concluida-acta", SiteURL.sessionMinutes(s, .value(concluded)).path),
            ("sesion-convocada", SiteURL.session(s, .value(convened)).path),
            ("acuerdos", SiteURL.agreements(s).path),
            ("planes", SiteURL.actionPlans(s).path),
            ("finanzas", SiteURL.finances(s).path),
            ("seguimiento-stl", SiteURL.followUp(s).path),
        ]
        if let plan { pages.append(("plan", SiteURL.actionPlan(s, .value(plan)).path)) }
        return pages
    }

    /// API answers of the same routes.
    var apiPages: [(name: String, path: String)] {
        let s = Parameter<String>.value(Self.slug)
        return [
            ("api-stl", APIURL.secretariat(s).path),
            ("api-sesion", APIURL.session(s, .value(concluded)).path),
            ("api-sesiones", APIURL.sessions(s).path),
            ("api-sesion-mociones", APIURL.sessionMotions(s, .value(concluded)).path),
            ("api-sesion-acta", APIURL.sessionMinutes(s, .value(concluded)).path),
            ("api-mocion-votos", APIURL.motionVotes(s, .value(motion)).path),
            ("api-acuerdos", APIURL.agreements(s).path),
            ("api-planes", APIURL.actionPlans(s).path),
        ]
    }

    /// The demo representative of Jalisco's first seat, signed in (demo accounts have no
    /// usable password: the test gives this one a known one).
    static func member(in test: AppTestCase) async throws -> Browser {
        let stl = try await Secretariat.find(slug: slug, on: test.db)
        let seat = try await SecretariadoApp.Seat.query(on: test.db).filter(\.$secretariat.$id == stl.requireID())
            .sort(\.$sector).sort(\.$number).first()
        let seatID = try XCTUnwrap(seat?.id)
        let grant = try await RoleGrant.query(on: test.db).filter(\.$seat.$id == seatID)
            .filter(\.$role == .representante).filter(\.$holderRole == .titular).first()
        let found = try await User.find(XCTUnwrap(grant?.$user.id), on: test.db)
        let user = try XCTUnwrap(found)
        user.passwordHash = try Bcrypt.hash("contraseña-segura", cost: 4)
        try await user.save(on: test.db)
        let browser = Browser(test.app)
        try await browser.login(user.email)
        return browser
    }
}
