import SecretariadoCore
import XCTest

final class PublicActorLabelTests: XCTestCase {
    func testAnAccountIsShownByNameOrRoleNeverByEmail() {
        XCTAssertEqual(PublicActorLabel.display("ana@ejemplo.org", accountName: "Ana Pérez", role: "Grupo promotor"), "Ana Pérez")
        XCTAssertEqual(PublicActorLabel.display("ana@ejemplo.org", accountName: nil, role: "Grupo promotor"), "Grupo promotor")
        XCTAssertEqual(
            PublicActorLabel.display("ana@ejemplo.org", accountName: "ana@ejemplo.org", role: "Grupo promotor"), "Grupo promotor",
            "an account named by its e-mail is still not shown")
        XCTAssertEqual(PublicActorLabel.display("ana@ejemplo.org", accountName: "  ", role: "Grupo promotor"), "Grupo promotor")
        XCTAssertEqual(PublicActorLabel.display("sistema", accountName: nil, role: "Grupo promotor"), "sistema")
    }
}
