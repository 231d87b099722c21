import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// The one write wrapper against a real database: which failures it runs again, and how often.
final class WriteTransactionTests: AppTestCase {
    private actor Attempts {
        var count = 0
        func next() { count += 1 }
    }

    private static func user(_ email: String) -> User {
        User(email: email, name: email, passwordHash: "x", isAdmin: false)
    }

    func testAUniqueViolationThatPersistsIsRetriedAFewTimesThenSurfaced() async throws {
        try await WriteTransactionTests.user("uno@ejemplo.mx").create(on: db)
        let attempts = Attempts()
        do {
            try await db.writeTransaction { db in
                await attempts.next()
                try await WriteTransactionTests.user("uno@ejemplo.mx").create(on: db)
            }
            XCTFail("a second account with the same e-mail must fail")
        } catch {
            XCTAssertTrue((error as? any DatabaseError)?.isConstraintFailure ?? false, "\(error)")
            XCTAssertEqual(WriteFailure(error), .uniqueViolation)
        }
        let count = await attempts.count
        XCTAssertEqual(count, WriteRetryPolicy.maxUniqueRetries + 1)
        let users = try await User.query(on: db).count()
        XCTAssertEqual(users, 1)
    }

    func testARuleRefusalIsNotRetriedAndWritesNothing() async throws {
        let attempts = Attempts()
        do {
            try await db.writeTransaction { db in
                await attempts.next()
                try await WriteTransactionTests.user("dos@ejemplo.mx").create(on: db)
                throw AppError.conflict(field: nil, Localized(es: "No.", en: "No."))
            }
            XCTFail("the refusal must reach the caller")
        } catch is AppError {}
        let count = await attempts.count
        XCTAssertEqual(count, 1)
        let users = try await User.query(on: db).count()
        XCTAssertEqual(users, 0, "the attempt was rolled back")
    }

    func testANestedWriteRunsInsideTheOuterTransaction() async throws {
        let attempts = Attempts()
        do {
            try await db.writeTransaction { outer in
                try await outer.writeTransaction { inner in
                    await attempts.next()
                    XCTAssertTrue(inner.inTransaction)
                    try await WriteTransactionTests.user("tres@ejemplo.mx").create(on: inner)
                }
                throw AppError.conflict(field: nil, Localized(es: "No.", en: "No."))
            }
            XCTFail("the refusal must reach the caller")
        } catch is AppError {}
        let count = await attempts.count
        XCTAssertEqual(count, 1)
        let users = try await User.query(on: db).count()
        XCTAssertEqual(users, 0, "the inner write was part of the outer transaction and rolled back with it")
    }
}
