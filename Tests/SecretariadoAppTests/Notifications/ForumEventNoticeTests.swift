import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Agenda, proposals, minutes, agreements and terms: who hears of them, once.
final class ForumEventNoticeTests: AppTestCase {
    private func recipients(_ kind: NotificationKind) async throws -> [String] {
        try await outbox(kind: kind).map(\.recipient).sorted()
    }

    func testAnAgendaPointTellsTheMembersAndTheProposalsAuthor() async throws {
        try await loadDemo()
        let rep = try await representative("rep@mor.mx", "morelos", "sociedad_civil", 1)
        _ = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        _ = try await makeUser("garante@mor.mx", grants: [("morelos", .garante, nil, nil)])
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        let proposal = try await ProposalWrites.submit(ProposalInput(title: "Transparencia presupuestaria"), in: stl, by: actor(rep), on: db)
        let session = try await convene("morelos")

        _ = try await AgendaWrites.add(
            AgendaItemInput(proposalId: proposal.requireID().uuidString), to: session.requireID(),
            in: stl, by: facilitation, now: now, on: db)

        let agenda = try await recipients(.agendaPublished)
        XCTAssertEqual(agenda, ["fac@mor.mx", "rep@mor.mx"], "members and facilitator, not the guarantor staff")
        let decided = try await outbox(kind: .proposalDecided)
        XCTAssertEqual(decided.map(\.recipient), ["rep@mor.mx"])
        XCTAssertTrue(try Outbox.decode(decided[0]).text.contains("Transparencia presupuestaria"))
    }

    func testAnAgendaPointOfARequestedSessionTellsNoMembers() async throws {
        try await loadDemo()
        let rep = try await representative("rep@mor.mx", "morelos", "sociedad_civil", 1)
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        let request = try await SessionWrites.request(SessionRequestInput(kind: "ordinaria", reason: "Plan"), in: stl, by: actor(rep), on: db)
        _ = try await AgendaWrites.add(AgendaItemInput(title: "Plan"), to: request.requireID(), in: stl, by: facilitation, now: now, on: db)
        let agenda = try await recipients(.agendaPublished)
        XCTAssertEqual(agenda, [])
    }

    private func finalisedSession() async throws -> (StlSession, Secretariat) {
        try await loadDemo()
        _ = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        let gobierno = try await representative("gob1@mor.mx", "morelos", "gobierno", 1)
        _ = try await representative("og@mor.mx", "morelos", "organismo_garante", 1)
        _ = try await representative("ausente@mor.mx", "morelos", "gobierno", 2)
        let session = try await convene("morelos")
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .titular, "organismo_garante-1": .titular])
        let motion = try await openMotion(session, "morelos")
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        _ = try await VoteWrites.cast(VoteInput(option: "a_favor"), on: motion.requireID(), in: stl, by: actor(gobierno), now: now, on: db)
        _ = try await MotionWrites.close(motion.requireID(), in: stl, by: facilitation, now: now, on: db)
        _ = try await MinutesWrites.finalise(session: session.requireID(), in: stl, by: facilitation, now: now, on: db)
        return (session, stl)
    }

    func testFinalisedMinutesAskTheAttendeesToSignAndRemindThemOnce() async throws {
        let (session, _) = try await finalisedSession()
        let asked = try await recipients(.minutesToSign)
        XCTAssertEqual(asked, ["gob1@mor.mx", "og@mor.mx"], "the absent member and the facilitator do not sign")
        let link = try Outbox.decode(try await outbox(kind: .minutesToSign)[0]).text
        XCTAssertTrue(link.contains(SiteURL.sessionMinutes(.value("morelos"), .value(try session.requireID())).path))

        try await MinutesNotices.remind(now: now.addingTimeInterval(4 * 86_400), on: db)
        let early = try await recipients(.signingReminder)
        XCTAssertEqual(early, [], "not before the signing period")
        try await MinutesNotices.remind(now: now.addingTimeInterval(5 * 86_400 + 60), on: db)
        try await MinutesNotices.remind(now: now.addingTimeInterval(6 * 86_400), on: db)
        let reminded = try await recipients(.signingReminder)
        XCTAssertEqual(reminded, ["gob1@mor.mx", "og@mor.mx"], "once each")
    }

    func testAnAgreementDueSoonAndThenOverdueIsToldOncePerStage() async throws {
        _ = try await finalisedSession()
        let owner = try await representative("soc@mor.mx", "morelos", "sociedad_civil", 1)
        _ = owner
        let agreement = try await unwrapped(Agreement.query(on: db).first())
        XCTAssertEqual(agreement.ownerSector, "sociedad_civil")
        agreement.dueOn = Date().addingTimeInterval(3 * 86_400)
        try await agreement.save(on: db)

        try await AgreementNotices.remind(now: Date(), on: db)
        try await AgreementNotices.remind(now: Date().addingTimeInterval(3_600), on: db)
        let due = try await recipients(.agreementDue)
        XCTAssertEqual(due, ["fac@mor.mx", "soc@mor.mx"], "the owning sector's representatives and the facilitator, once")
        try await AgreementNotices.remind(now: Date().addingTimeInterval(5 * 86_400), on: db)
        let overdue = try await recipients(.agreementOverdue)
        XCTAssertEqual(overdue, ["fac@mor.mx", "soc@mor.mx"])
        agreement.status = .cumplido
        try await agreement.save(on: db)
    }

    func testATermEndingWithin30DaysTellsTheMemberAndTheFacilitatorOnce() async throws {
        try await loadDemo()
        try await amendCharter("morelos") { $0.integration.termMonths = 24 }
        let rep = try await representative("rep@mor.mx", "morelos", "gobierno", 1)
        _ = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        let grant = try await unwrapped(RoleGrant.query(on: db).filter(\.$user.$id == rep.requireID()).first())
        let term = try await unwrapped(SeatTerm.find(grant.termID, on: db))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "America/Mexico_City")!
        term.startsOn = calendar.date(byAdding: .day, value: 10, to: calendar.date(byAdding: .month, value: -24, to: Date())!)!
        try await term.save(on: db)

        try await TermNotices.remind(now: Date(), on: db)
        try await TermNotices.remind(now: Date().addingTimeInterval(86_400), on: db)
        let told = try await recipients(.termEnding)
        XCTAssertEqual(told, ["fac@mor.mx", "rep@mor.mx"])
    }
}
