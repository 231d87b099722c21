import Fluent
import SecretariadoCore
import XCTest

@testable import SecretariadoApp

final class UserWritesTests: AppTestCase {
    func testCreatingAUserWithoutPasswordGeneratesOne() async throws {
        let (user, generated) = try await UserWrites.create(
            email: "Nueva@Example.org", name: "Nueva", password: nil, isAdmin: false, by: .system, on: db)

        XCTAssertEqual(user.email, "nueva@example.org")
        let password = try XCTUnwrap(generated)
        XCTAssertTrue(Passwords.verify(password, hash: user.passwordHash))
    }

    func testDuplicateEmailIsAConflictOnTheEmailField() async throws {
        _ = try await UserWrites.create(email: "a@b.mx", name: "A", password: "una-clave-larga", isAdmin: false, by: .system, on: db)

        do {
            _ = try await UserWrites.create(email: "A@B.mx", name: "A2", password: "una-clave-larga", isAdmin: false, by: .system, on: db)
            XCTFail("expected a conflict")
        } catch let error as AppError {
            XCTAssertEqual(error.status, .conflict)
            XCTAssertEqual(error.field, "email")
        }
    }

    func testShortPasswordsAreRefused() async throws {
        do {
            _ = try await UserWrites.create(email: "a@b.mx", name: "A", password: "corta", isAdmin: false, by: .system, on: db)
            XCTFail("expected invalid password")
        } catch let error as AppError {
            XCTAssertEqual(error.field, "password")
        }
        let count = try await User.query(on: db).count()
        XCTAssertEqual(count, 0)
    }

    func testRepresentativeGrantNeedsAnExistingSeat() async throws {
        try await loadDemo()
        let (user, _) = try await UserWrites.create(email: "rep@jalisco.mx", name: "Rep", password: nil, isAdmin: false, by: .system, on: db)

        let grant = try await UserWrites.grant(
            .init(secretariat: "jalisco", role: "representante", sector: "sociedad_civil", seatNumber: "4", holderRole: "suplente"), to: user,
            by: .system, on: db)
        XCTAssertEqual(grant.holderRole, .suplente)

        do {
            _ = try await UserWrites.grant(
                .init(secretariat: "jalisco", role: "representante", sector: "sociedad_civil", seatNumber: "9"), to: user, by: .system, on: db)
            XCTFail("seat 9 does not exist")
        } catch let error as AppError {
            XCTAssertEqual(error.field, "seatNumber")
        }
    }

    func testNewSecretariatStartsInFormationWithTheMinimumSeats() async throws {
        let stl = try await SecretariatWrites.create(.init(name: "Yucatán"), by: .system, on: db)

        XCTAssertEqual(stl.slug, "yucatan")
        XCTAssertEqual(stl.status, .enFormacion)
        let detail = try await SecretariatDetail.load(slug: "yucatan", on: db)
        XCTAssertEqual(detail.composition.seats, [.gobierno: 1, .sociedadCivil: 1, .organismoGarante: 1])
        XCTAssertTrue(BalanceCheck(detail.composition).isBalanced)
    }
}
