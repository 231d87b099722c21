import Foundation
import SecretariadoCore
import XCTest

final class PasswordPolicyTests: XCTestCase {
    func testAGoodPasswordPasses() {
        XCTAssertNil(PasswordPolicy.problem(with: "tres-llamas-en-Mérida"))
    }

    func testShortPasswordsAreRefused() {
        XCTAssertEqual(PasswordPolicy.problem(with: "corta1!"), .tooShort)
    }

    func testTheLimitIsInBytesNotCharacters() {
        // 40 characters but 80 bytes: bcrypt would silently ignore the last 8 bytes.
        let accented = String(repeating: "ñá", count: 20)
        XCTAssertEqual(accented.count, 40)
        XCTAssertEqual(PasswordPolicy.problem(with: accented), .tooLong)
        XCTAssertNil(PasswordPolicy.problem(with: String(repeating: "ñá-x", count: 12)))  // 72 bytes
        XCTAssertEqual(PasswordPolicy.problem(with: String(repeating: "abcdefgh", count: 9) + "z"), .tooLong)
    }

    func testCommonPasswordsAreRefusedInSpanishAndEnglishWhateverTheirCase() {
        for common in [
            "1234567890", "password123", "Contraseña2024!", "CONTRASEÑA123", "teamomucho", "qwertyuiop",
            "VivaMexico2025", "aaaaaaaaaaaa", "chivas1234567", "administrador",
        ] {
            XCTAssertEqual(PasswordPolicy.problem(with: common), .common, common)
        }
    }

    func testMessagesSayWhatToDoInBothLanguages() {
        XCTAssertTrue(PasswordPolicy.Problem.tooLong.message.es.contains("72 bytes"))
        XCTAssertTrue(PasswordPolicy.Problem.tooLong.message.en.contains("72 bytes"))
    }
}
