import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Signing minutes asks for the password again; guessing it there is slowed down exactly
/// like at sign-in, on the same per-account count.
final class SigningThrottleTests: AppTestCase {
    func testWrongPasswordsOnTheSigningFormAreThrottledLikeSignIn() async throws {
        try await loadDemo()
        let gobierno = try await representative("gob1@mor.mx", "morelos", "gobierno", 1)
        let session = try await convene("morelos")
        try await attend(session, "morelos", ["gobierno-1": .titular, "sociedad_civil-1": .titular, "organismo_garante-1": .titular])
        let motion = try await openMotion(session, "morelos")
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        _ = try await VoteWrites.cast(VoteInput(option: "a_favor"), on: motion.requireID(), in: stl, by: actor(gobierno), now: now, on: db)
        _ = try await MotionWrites.close(motion.requireID(), in: stl, by: facilitation, now: now, on: db)
        _ = try await MinutesWrites.finalise(session: session.requireID(), in: stl, by: facilitation, now: now, on: db)
        var headers = try await bearer(for: gobierno)
        headers.contentType = .json
        let path = APIURL.sessionMinutesSignatures(.value("morelos"), .value(session.id!)).path
        func sign(_ password: String) async throws -> XCTHTTPResponse {
            try await app.sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: #"{"password":"\#(password)"}"#))
        }
        for _ in 0...LoginDelay.perAccount.free {
            let res = try await sign("no-es-la-mía")
            XCTAssertEqual(res.status, .unprocessableEntity)
        }

        let tooSoon = try await sign("contraseña-segura")

        XCTAssertEqual(tooSoon.status, .tooManyRequests)
        XCTAssertNotNil(tooSoon.headers.first(name: "Retry-After"))
        let signatures = try await MinutesSignature.query(on: db).count()
        XCTAssertEqual(signatures, 0)
        let failures = try await LoginAttempt.query(on: db).filter(\.$email == "gob1@mor.mx").count()
        XCTAssertEqual(failures, LoginDelay.perAccount.free + 1, "counted on the account, like sign-in failures")

        for attempt in try await LoginAttempt.query(on: db).all() {
            attempt.at = attempt.at.addingTimeInterval(-LoginDelay.perAccount.cap)
            try await attempt.update(on: db)
        }
        let later = try await sign("contraseña-segura")
        XCTAssertEqual(later.status, .created, later.body.string)
    }
}
