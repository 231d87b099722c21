import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// A fresh application per test, on in-memory SQLite, or on PostgreSQL when `DATABASE_URL`
/// is set (as `.ci/run` does): the schema is reverted and migrated so every test starts empty.
class AppTestCase: XCTestCase {
    var app: Application!

    override func setUp() async throws {
        try await super.setUp()
        app = try await Application.make(.testing)
        try await configure(app)
        try await app.autoRevert()
        try await app.autoMigrate()
    }

    override func tearDown() async throws {
        try await app.asyncShutdown()
        app = nil
        try await super.tearDown()
    }

    var db: any Database { app.db }

    /// The 16 STLs of the guide.
    func loadDemo() async throws {
        try await DemoLoader(db: db).load()
    }

    @discardableResult
    func makeUser(
        _ email: String, password: String = "contraseña-segura", admin: Bool = false,
        grants: [(slug: String, role: StlRole, sector: String?, seat: Int?)] = []
    ) async throws -> User {
        let user = User(email: email, name: email, passwordHash: try Bcrypt.hash(password, cost: 4), isAdmin: admin)
        try await user.create(on: db)
        for grant in grants {
            let stl = try await Secretariat.find(slug: grant.slug, on: db)
            var seatID: UUID?
            if let sector = grant.sector, let number = grant.seat {
                seatID = try await Seat.query(on: db).filter(\.$secretariat.$id == stl.requireID())
                    .filter(\.$sector == sector).filter(\.$number == number).first()?.id
            }
            // A representative speaks for the seat through its current titular term.
            let termID =
                try await seatID.asyncMap { seatID in
                    try await SeatTerm.query(on: db).filter(\.$seat.$id == seatID).filter(\.$role == .titular).filter(\.$endsOn == nil).first()?.id
                } ?? nil
            try await RoleGrant(
                userID: user.requireID(), secretariatID: stl.requireID(), role: grant.role,
                sector: grant.sector, seatID: seatID, holderRole: grant.role == .representante ? .titular : nil,
                termID: grant.role == .representante ? termID : nil
            ).create(on: db)
        }
        return user
    }

    /// A bearer token for the user, as `Authorization` headers.
    func bearer(for user: User) async throws -> HTTPHeaders {
        let minted = APITokens.mint()
        try await APIToken(userID: user.requireID(), name: "pruebas", tokenHash: minted.hash).create(on: db)
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: minted.token)
        return headers
    }

    func auditCount() async throws -> Int {
        try await AuditEntry.query(on: db).count()
    }
}
