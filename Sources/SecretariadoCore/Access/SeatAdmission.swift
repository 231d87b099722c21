import Foundation

/// One seat an account was given: the seat, the role it was given as, whether the term it
/// was given for still runs, and whether the seat's sector votes.
public struct SeatClaim: Sendable, Hashable {
    public let seatID: UUID
    public let holderRole: HolderRole
    /// The account speaks for the seat only while the term it was granted for is current:
    /// ending the term ends the rights at once, whatever happens to the account.
    public let termIsCurrent: Bool
    /// Observer sectors have a voice but no vote.
    public let sectorVotes: Bool

    public init(seatID: UUID, holderRole: HolderRole, termIsCurrent: Bool, sectorVotes: Bool = true) {
        self.seatID = seatID
        self.holderRole = holderRole
        self.termIsCurrent = termIsCurrent
        self.sectorVotes = sectorVotes
    }
}

/// Who may vote on a motion or sign the minutes for a seat: the person whose current term
/// holds it — the titular when the attendance names them, the suplente standing in when
/// the attendance names the suplente — never the facilitator, never an observer sector,
/// and only while the vote is open and the session can still change. Plain values in, a
/// decision with its reason out: the web page, the API, the group commit and the minutes
/// all ask this one function.
public enum SeatAdmission {
    public enum Act: Sendable {
        /// A vote on a motion: needs the motion open, the session writable and started
        /// (`startsAt` read against `now`, see `SessionTimeGate`).
        case vote(motionOpen: Bool, sessionStatus: SessionStatus, startsAt: Date?, now: Date)
        /// A signature on final minutes: the session is concluded by then.
        case sign
    }

    public enum Reason: Sendable, Equatable {
        case facilitator
        case noSeat
        case termEnded
        case observerSector
        case absent
        case titularPresent
        case suplenteHolds
        case voteClosed
        case session(SessionWritability.Refusal)
        /// The session has not started: nothing is recorded before its scheduled start.
        case notStarted(startsAt: Date)

        /// True when the state of the session or motion refuses, rather than the person.
        public var isConflict: Bool {
            switch self {
            case .voteClosed, .session, .notStarted: true
            default: false
            }
        }

        public var message: Localized {
            switch self {
            case .facilitator:
                Localized(es: "La persona facilitadora tiene voz pero no voto.", en: "The facilitator has a voice but no vote.")
            case .noSeat:
                Localized(
                    es: "No ocupas ningún asiento en este secretariado: sólo votan sus representantes.",
                    en: "You hold no seat in this secretariat: only its representatives vote.")
            case .termEnded:
                Localized(
                    es: "Tu periodo en este asiento terminó: ahora lo ocupa otra persona, que es quien vota y firma.",
                    en: "Your term in this seat has ended: someone else holds it now, and they vote and sign.")
            case .observerSector:
                Localized(
                    es: "Tu sector participa como observador: tiene voz pero no voto.",
                    en: "Your sector takes part as an observer: it has a voice but no vote.")
            case .absent:
                Localized(
                    es: "Tu asiento no registró asistencia en esta sesión: sólo vota quien asistió.",
                    en: "Your seat's attendance was not recorded at this session: only those present vote.")
            case .titularPresent:
                Localized(
                    es: "El titular de tu asiento asistió: el suplente sólo vota en su ausencia.",
                    en: "Your seat's full member attended: the alternate votes only in their absence.")
            case .suplenteHolds:
                Localized(
                    es: "En esta sesión tu asiento lo ocupa su suplente: vota quien asistió.",
                    en: "At this session your seat is held by its alternate: whoever attended votes.")
            case .voteClosed:
                Localized(es: "La votación de esta moción ya está cerrada.", en: "Voting on this motion is already closed.")
            case .session(let refusal):
                refusal.message
            case .notStarted(let startsAt):
                SessionTimeGate.opensAt(startsAt)
            }
        }
    }

    public enum Decision: Sendable, Equatable {
        case admitted(seatID: UUID, as: HolderRole)
        case refused(Reason)

        public var reason: Reason? {
            if case .refused(let reason) = self { return reason }
            return nil
        }
    }

    /// - Parameters:
    ///   - claims: the seats the account was given in this secretariat.
    ///   - attendance: who attended for each seat at this session (absent when missing).
    ///   - isFacilitator: facilitators never vote, even holding a seat.
    public static func decide(
        claims: [SeatClaim], attendance: [UUID: Attendance], isFacilitator: Bool, act: Act
    ) -> Decision {
        if case .vote(let open, let status, let startsAt, let now) = act {
            if isFacilitator { return .refused(.facilitator) }
            if let refusal = SessionWritability.refusal(status) { return .refused(.session(refusal)) }
            if let startsAt, SessionTimeGate.notYetOpen(startsAt: startsAt, now: now) != nil {
                return .refused(.notStarted(startsAt: startsAt))
            }
            if !open { return .refused(.voteClosed) }
        }
        guard !claims.isEmpty else { return .refused(.noSeat) }
        let current = claims.filter(\.termIsCurrent)
        guard !current.isEmpty else { return .refused(.termEnded) }
        let voting: [SeatClaim]
        if case .vote = act {
            voting = current.filter(\.sectorVotes)
            guard !voting.isEmpty else { return .refused(.observerSector) }
        } else {
            voting = current
        }
        for claim in voting where (attendance[claim.seatID] ?? .absent).rawValue == claim.holderRole.rawValue {
            return .admitted(seatID: claim.seatID, as: claim.holderRole)
        }
        let claim = voting[0]
        switch (claim.holderRole, attendance[claim.seatID] ?? .absent) {
        case (_, .absent): return .refused(.absent)
        case (.suplente, .titular): return .refused(.titularPresent)
        default: return .refused(.suplenteHolds)
        }
    }
}
