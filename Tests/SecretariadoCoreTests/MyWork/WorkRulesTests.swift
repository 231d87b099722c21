import Foundation
import XCTest

@testable import SecretariadoCore

/// «Mi trabajo»'s rules: what waits for whom, from plain facts.
final class WorkRulesTests: XCTestCase {
    let stl = UUID()
    let other = UUID()
    let seat = UUID()
    let otherSeat = UUID()
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    var today: Date { now }

    private func representative(_ holder: HolderRole = .titular, sector: SectorCode = .sociedadCivil) -> WorkFacts {
        WorkFacts(
            grants: [Grant(secretariatID: stl, role: .representante, sector: sector, holderRole: holder)],
            seats: [.init(secretariatID: stl, seatID: seat, sector: sector, holderRole: holder)])
    }

    private func motion(attendance: [UUID: Attendance], voted: Set<UUID> = []) -> WorkFacts.OpenMotion {
        .init(id: UUID(), sessionID: UUID(), secretariatID: stl, title: "Aprobar el plan", attendance: attendance, votedSeats: voted)
    }

    func testAVoteIsWaitingOnlyForTheSeatThatSatAndHasNotVoted() {
        var facts = representative()
        facts.openMotions = [
            motion(attendance: [seat: .titular]),
            motion(attendance: [seat: .titular], voted: [seat]),
            motion(attendance: [seat: .absent]),
            motion(attendance: [:]),
            motion(attendance: [seat: .suplente]),
        ]
        let items = WorkRules.items(for: facts, now: now, today: today)
        XCTAssertEqual(items.map(\.kind), [.voteOpen])
        XCTAssertEqual(items.first?.sessionID, facts.openMotions[0].sessionID)
    }

    func testASuplenteVotesOnlyWhenTheSeatAttendedThroughThem() {
        var facts = representative(.suplente)
        facts.openMotions = [motion(attendance: [seat: .titular]), motion(attendance: [seat: .suplente])]
        XCTAssertEqual(WorkRules.items(for: facts, now: now, today: today).map(\.subjectID), [facts.openMotions[1].id])
    }

    func testAFacilitatorIsNeverAskedToVote() {
        var facts = representative()
        facts.grants.append(Grant(secretariatID: stl, role: .facilitador))
        facts.openMotions = [motion(attendance: [seat: .titular])]
        XCTAssertFalse(WorkRules.items(for: facts, now: now, today: today).contains { $0.kind == .voteOpen })
    }

    func testMinutesWaitForTheSeatsThatAttendedUntilTheySign() {
        var facts = representative()
        let session = UUID()
        facts.finalMinutes = [
            .init(sessionID: session, secretariatID: stl, sessionTitle: "Sesión ordinaria n.º 1", attendance: [seat: .titular], signedSeats: []),
            .init(sessionID: UUID(), secretariatID: stl, sessionTitle: "Sesión ordinaria n.º 2", attendance: [seat: .titular], signedSeats: [seat]),
            .init(sessionID: UUID(), secretariatID: stl, sessionTitle: "Sesión ordinaria n.º 3", attendance: [seat: .absent], signedSeats: []),
        ]
        let items = WorkRules.items(for: facts, now: now, today: today)
        XCTAssertEqual(items.map(\.kind), [.minutesToSign])
        XCTAssertEqual(items.first?.sessionID, session)
    }

    func testTheFacilitatorConvenesRequestsConductsSessionsAndIntegratesProposals() {
        let facts = WorkFacts(
            grants: [Grant(secretariatID: stl, role: .facilitador)],
            sessions: [
                .init(id: UUID(), secretariatID: stl, title: "Sesión extraordinaria", status: .solicitada, startsAt: nil),
                .init(id: UUID(), secretariatID: stl, title: "Sesión ordinaria n.º 4", status: .convocada, startsAt: now),
                .init(id: UUID(), secretariatID: stl, title: "Sesión ordinaria n.º 3", status: .concluida, startsAt: now),
                .init(id: UUID(), secretariatID: other, title: "Otra", status: .convocada, startsAt: now),
            ],
            proposals: [
                .init(id: UUID(), secretariatID: stl, title: "Datos abiertos", status: .pendiente),
                .init(id: UUID(), secretariatID: stl, title: "Ya integrada", status: .integrada),
            ])
        XCTAssertEqual(
            WorkRules.items(for: facts, now: now, today: today).map(\.kind),
            [.sessionRequest, .sessionToConduct, .proposalToIntegrate])
    }

    func testRepresentativesSeeOnlyTheirSectorsAgreementsThatAreOverdueOrDueSoon() {
        var facts = representative()
        func agreement(_ sector: SectorCode?, _ status: AgreementStatus, dueInDays days: Int?) -> WorkFacts.Agreement {
            .init(
                id: UUID(), secretariatID: stl, code: "ACU-1", title: "Publicar", ownerSector: sector, status: status,
                dueOn: days.map { today.addingTimeInterval(TimeInterval($0) * 86_400) })
        }
        facts.agreements = [
            agreement(.sociedadCivil, .pendiente, dueInDays: -3),
            agreement(.sociedadCivil, .enProceso, dueInDays: 5),
            agreement(.sociedadCivil, .pendiente, dueInDays: WorkRules.dueSoonDays + 10),
            agreement(.sociedadCivil, .cumplido, dueInDays: -3),
            agreement(.gobierno, .pendiente, dueInDays: -3),
            agreement(.sociedadCivil, .pendiente, dueInDays: nil),
        ]
        XCTAssertEqual(WorkRules.items(for: facts, now: now, today: today).map(\.kind), [.agreementOverdue, .agreementDueSoon])
    }

    func testInstallationTasksGoToGuarantorStaffOfAnSTLInFormation() {
        let schedule = ElectionSchedule(opensAt: now.addingTimeInterval(-7200), closesAt: now.addingTimeInterval(-3600), closedAt: nil)
        let installing = WorkFacts.Installation(secretariatID: stl, installed: false, pendingRegistrations: 2, election: schedule, currentStep: 6)
        let guarantor = WorkFacts(grants: [Grant(secretariatID: stl, role: .garante)], installations: [installing])
        let items = WorkRules.items(for: guarantor, now: now, today: today)
        XCTAssertEqual(items.map(\.kind), [.registrationsToDecide, .electionToClose, .installationStep])
        XCTAssertEqual(items.first?.number, 2)
        XCTAssertEqual(items.last?.number, 6)

        // Voting still open: nothing to close yet. A representative gets none of these.
        let open = WorkFacts.Installation(
            secretariatID: stl, installed: false, pendingRegistrations: 0,
            election: ElectionSchedule(opensAt: now, closesAt: now.addingTimeInterval(3600), closedAt: nil), currentStep: nil)
        XCTAssertTrue(WorkRules.items(for: WorkFacts(grants: guarantor.grants, installations: [open]), now: now, today: today).isEmpty)
        XCTAssertTrue(WorkRules.items(for: WorkFacts(grants: representative().grants, installations: [installing]), now: now, today: today).isEmpty)
        let installed = WorkFacts.Installation(secretariatID: stl, installed: true, pendingRegistrations: 2, election: schedule, currentStep: 6)
        XCTAssertTrue(WorkRules.items(for: WorkFacts(grants: guarantor.grants, installations: [installed]), now: now, today: today).isEmpty)
    }

    func testNoRoleNoWork() {
        let facts = WorkFacts(
            grants: [],
            openMotions: [motion(attendance: [seat: .titular])],
            sessions: [.init(id: UUID(), secretariatID: stl, title: "S", status: .solicitada, startsAt: nil)],
            proposals: [.init(id: UUID(), secretariatID: stl, title: "P", status: .pendiente)])
        XCTAssertTrue(WorkRules.items(for: facts, now: now, today: today).isEmpty)
    }

    private func warning(term: UUID, daysLeft: Int) -> TermEndWarning {
        let current = CurrentTerm(
            id: term, holderName: "Ana Ruiz", seat: Localized(es: "Gobierno #1", en: "Government #1"),
            role: .titular, startsOn: nil, endsOn: nil)
        return TermEndWarning(term: current, endsOn: now.addingTimeInterval(Double(daysLeft) * 86_400), daysLeft: daysLeft)
    }

    func testATermEndingIsListedForItsMemberAndTheFacilitatorOnly() {
        let own = UUID()
        let someoneElses = UUID()
        let warnings = [
            (secretariatID: stl, warning: warning(term: own, daysLeft: 12)),
            (secretariatID: stl, warning: warning(term: someoneElses, daysLeft: -3)),
        ]
        var member = WorkFacts(
            grants: [Grant(secretariatID: stl, role: .representante, sector: .gobierno, holderRole: .titular)],
            seats: [.init(secretariatID: stl, seatID: seat, sector: .gobierno, holderRole: .titular, termID: own)])
        member.termWarnings = warnings
        var facilitator = WorkFacts(grants: [Grant(secretariatID: stl, role: .facilitador)])
        facilitator.termWarnings = warnings
        var facilitatorElsewhere = WorkFacts(grants: [Grant(secretariatID: other, role: .facilitador)])
        facilitatorElsewhere.termWarnings = warnings

        let mine = WorkRules.items(for: member, now: now, today: today).filter { $0.kind == .termEnding }
        XCTAssertEqual(mine.map(\.subjectID), [own], "a member sees their own term, not the others'")
        XCTAssertEqual(mine.first?.number, 12)
        let all = WorkRules.items(for: facilitator, now: now, today: today).filter { $0.kind == .termEnding }
        XCTAssertEqual(all.map(\.subjectID), [own, someoneElses])
        XCTAssertTrue(WorkRules.items(for: facilitatorElsewhere, now: now, today: today).isEmpty)
    }
}
