import Foundation

/// What waits for whom, from plain facts. Each rule mirrors the permission that lets the
/// person act on the item, so nothing is listed that they could not do:
/// - representatives: votes open for the seat they sat for (titular, or suplente only when
///   the titular was absent), final minutes their seat attended and has not signed, and the
///   agreements their sector owns that are overdue or due soon;
/// - facilitators (who have voice but no vote): session requests to convene, convened
///   sessions to conduct and close with minutes, proposals to integrate into an agenda;
/// - guarantor staff and facilitators of an STL in formation: registrations to decide, an
///   election ready to close, and the installation step under way;
/// - terms ending within 30 days, or ended without a successor: a member their own, the
///   facilitator every one of their STL (who asks the sector to appoint the successor).
public enum WorkRules {
    /// How far ahead an agreement counts as due.
    public static let dueSoonDays = 14

    public static func items(for facts: WorkFacts, now: Date, today: Date) -> [WorkItem] {
        var items: [WorkItem] = []
        items += votes(facts)
        items += minutesToSign(facts)
        items += facilitation(facts)
        items += agreements(facts, today: today)
        items += installation(facts, now: now)
        items += terms(facts)
        return items
    }

    /// The seat the person sits for at a session, given how it attended: a titular sits
    /// when the seat attended as titular, a suplente only when it attended as suplente.
    public static func seatPresent(_ seats: [WorkFacts.SeatHold], in stl: UUID, attendance: [UUID: Attendance]) -> WorkFacts.SeatHold? {
        seats.first { hold in
            hold.secretariatID == stl && attendance[hold.seatID]?.rawValue == hold.holderRole.rawValue
        }
    }

    static func holds(_ facts: WorkFacts, _ role: StlRole, in stl: UUID) -> Bool {
        facts.grants.contains { $0.secretariatID == stl && $0.role == role }
    }

    static func terms(_ facts: WorkFacts) -> [WorkItem] {
        let ownTerms = Set(facts.seats.compactMap(\.termID))
        return facts.termWarnings.compactMap { stl, warning in
            guard holds(facts, .facilitador, in: stl) || ownTerms.contains(warning.term.id) else { return nil }
            return WorkItem(
                kind: .termEnding, secretariatID: stl, subjectID: warning.term.id, number: warning.daysLeft,
                title: "\(warning.term.holderName) (\(warning.term.seat.es))", date: warning.endsOn)
        }
    }

    static func votes(_ facts: WorkFacts) -> [WorkItem] {
        facts.openMotions.compactMap { motion in
            // Voice but no vote: a facilitator never votes, even holding a seat.
            guard !holds(facts, .facilitador, in: motion.secretariatID),
                let seat = seatPresent(facts.seats, in: motion.secretariatID, attendance: motion.attendance),
                !motion.votedSeats.contains(seat.seatID)
            else { return nil }
            return WorkItem(
                kind: .voteOpen, secretariatID: motion.secretariatID, subjectID: motion.id, sessionID: motion.sessionID, title: motion.title)
        }
    }

    static func minutesToSign(_ facts: WorkFacts) -> [WorkItem] {
        facts.finalMinutes.compactMap { minutes in
            guard let seat = seatPresent(facts.seats, in: minutes.secretariatID, attendance: minutes.attendance),
                !minutes.signedSeats.contains(seat.seatID)
            else { return nil }
            return WorkItem(
                kind: .minutesToSign, secretariatID: minutes.secretariatID, subjectID: minutes.sessionID, sessionID: minutes.sessionID,
                title: minutes.sessionTitle)
        }
    }

    static func facilitation(_ facts: WorkFacts) -> [WorkItem] {
        let sessions: [WorkItem] = facts.sessions.compactMap { session in
            guard holds(facts, .facilitador, in: session.secretariatID) else { return nil }
            switch session.status {
            case .solicitada:
                return WorkItem(
                    kind: .sessionRequest, secretariatID: session.secretariatID, subjectID: session.id, sessionID: session.id, title: session.title,
                    date: session.startsAt)
            case .convocada:
                return WorkItem(
                    kind: .sessionToConduct, secretariatID: session.secretariatID, subjectID: session.id, sessionID: session.id, title: session.title,
                    date: session.startsAt)
            case .concluida, .cancelada:
                return nil
            }
        }
        let proposals: [WorkItem] = facts.proposals.compactMap { proposal in
            guard proposal.status == .pendiente, holds(facts, .facilitador, in: proposal.secretariatID) else { return nil }
            return WorkItem(kind: .proposalToIntegrate, secretariatID: proposal.secretariatID, subjectID: proposal.id, title: proposal.title)
        }
        return sessions + proposals
    }

    static func agreements(_ facts: WorkFacts, today: Date) -> [WorkItem] {
        let horizon = today.addingTimeInterval(TimeInterval(dueSoonDays) * 86_400)
        return facts.agreements.compactMap { agreement in
            guard let sector = agreement.ownerSector,
                facts.seats.contains(where: { $0.secretariatID == agreement.secretariatID && $0.sector == sector }),
                let dueOn = agreement.dueOn
            else { return nil }
            let status = AgreementStatus.effective(stored: agreement.status, dueOn: dueOn, today: today)
            let kind: WorkItem.Kind
            if status == .vencido {
                kind = .agreementOverdue
            } else if !status.isClosed, dueOn <= horizon {
                kind = .agreementDueSoon
            } else {
                return nil
            }
            return WorkItem(
                kind: kind, secretariatID: agreement.secretariatID, subjectID: agreement.id, title: "\(agreement.code) \(agreement.title)",
                date: dueOn)
        }
    }

    static func installation(_ facts: WorkFacts, now: Date) -> [WorkItem] {
        facts.installations.flatMap { stl -> [WorkItem] in
            let id = stl.secretariatID
            guard !stl.installed, holds(facts, .garante, in: id) || holds(facts, .facilitador, in: id) else { return [] }
            var items: [WorkItem] = []
            if stl.pendingRegistrations > 0 {
                items.append(WorkItem(kind: .registrationsToDecide, secretariatID: id, number: stl.pendingRegistrations, title: ""))
            }
            if let election = stl.election, election.phase(at: now) == .porCerrar {
                items.append(WorkItem(kind: .electionToClose, secretariatID: id, title: "", date: election.closesAt))
            }
            if let number = stl.currentStep {
                items.append(WorkItem(kind: .installationStep, secretariatID: id, number: number, title: stl.currentStepTitle))
            }
            return items
        }
    }
}
