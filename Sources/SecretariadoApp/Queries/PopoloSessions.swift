import Fluent
import SecretariadoCore
import Vapor

/// What the Popolo export needs of an STL's sessions: the public ones (convened, concluded,
/// cancelled), their motions, the votes of closed motions and the attendance. Four queries
/// run together, whatever the number of sessions: each joins its way to the STL instead of
/// asking once per session.
struct PopoloSessions: Sendable {
    let sessions: [StlSession]
    let motions: [Motion]
    let votes: [Vote]
    let attendance: [SeatAttendance]

    static let none = PopoloSessions(sessions: [], motions: [], votes: [], attendance: [])

    static func load(_ detail: SecretariatDetail, on db: any Database) async throws -> PopoloSessions {
        let id = detail.id
        async let sessions = StlSession.query(on: db).filter(\.$secretariat.$id == id)
            .filter(\.$status != .solicitada).filter(\.$startsAt != nil).sort(\.$startsAt).all()
        async let motions = Motion.query(on: db)
            .join(StlSession.self, on: \Motion.$session.$id == \StlSession.$id)
            .filter(StlSession.self, \.$secretariat.$id == id).filter(StlSession.self, \.$status != .solicitada)
            .sort(\.$createdAt).all()
        async let votes = Vote.query(on: db)
            .join(Motion.self, on: \Vote.$motion.$id == \Motion.$id)
            .join(StlSession.self, on: \Motion.$session.$id == \StlSession.$id)
            .filter(StlSession.self, \.$secretariat.$id == id).filter(Motion.self, \.$status == .cerrada)
            .all()
        async let attendance = SeatAttendance.query(on: db)
            .join(StlSession.self, on: \SeatAttendance.$session.$id == \StlSession.$id)
            .filter(StlSession.self, \.$secretariat.$id == id).filter(StlSession.self, \.$status != .solicitada)
            .all()
        return PopoloSessions(
            sessions: try await sessions, motions: try await motions, votes: try await votes, attendance: try await attendance)
    }
}
