import Foundation
import SecretariadoCore
import XCTest

final class ArchiveTrustTests: XCTestCase {
    private let genesis = String(repeating: "0", count: 64)
    private let chain = ["a", "b", "c"].map { String(repeating: $0, count: 64) }

    func testWithoutTrustedDataCompletenessAndAuthorshipAreNotProven() {
        let result = ArchiveTrust.evaluate(
            chain: chain, genesis: genesis, keyUses: [.init(entry: 2, keyID: "k1", publicKey: "P1", signer: "Ana")])
        XCTAssertNil(result.failure)
        XCTAssertTrue(result.proven.isEmpty)
        XCTAssertEqual(result.unproven.count, 2)
        XCTAssertTrue(result.unproven[0].contains("completo"))
        XCTAssertTrue(result.unproven[1].contains("--keys"))
    }

    func testATruncatedChainContradictsTheTrustedHead() {
        let truncated = Array(chain.prefix(2))
        let result = ArchiveTrust.evaluate(chain: truncated, genesis: genesis, trustedHead: chain[2])
        XCTAssertEqual(result.failure?.contains("truncado o rehecho"), true, result.failure ?? "")
    }

    func testTheTrustedHeadProvesCompleteness() {
        let result = ArchiveTrust.evaluate(chain: chain, genesis: genesis, trustedHead: chain[2].uppercased())
        XCTAssertNil(result.failure)
        XCTAssertTrue(result.proven[0].contains("completo"))
    }

    func testAnOlderTrustedHeadProvesThePrefix() {
        let result = ArchiveTrust.evaluate(chain: chain, genesis: genesis, trustedHead: chain[0])
        XCTAssertNil(result.failure)
        XCTAssertTrue(result.proven[0].contains("Las primeras 1 entradas"))
    }

    func testAKeyOutsideTheTrustedSetIsRefused() {
        let uses = [
            ArchiveTrust.KeyUse(entry: 2, keyID: "k1", publicKey: "P1", signer: "Ana"),
            ArchiveTrust.KeyUse(entry: 3, keyID: "k9", publicKey: "FORJADA", signer: "Luis"),
        ]
        let unknown = ArchiveTrust.evaluate(chain: chain, genesis: genesis, trustedKeys: ["k1": "P1"], keyUses: uses)
        XCTAssertEqual(unknown.failure?.hasPrefix("Entrada 3: la clave k9 de Luis no está en el conjunto"), true, unknown.failure ?? "")
        let swapped = ArchiveTrust.evaluate(chain: chain, genesis: genesis, trustedKeys: ["k1": "P1", "k9": "P9"], keyUses: uses)
        XCTAssertEqual(swapped.failure?.hasPrefix("Entrada 3: la clave pública de Luis"), true, swapped.failure ?? "")
        let trusted = ArchiveTrust.evaluate(chain: chain, genesis: genesis, trustedKeys: ["k1": "P1", "k9": "FORJADA"], keyUses: uses)
        XCTAssertNil(trusted.failure)
        XCTAssertEqual(trusted.proven, ["Las 2 firmas usan claves del conjunto de confianza."])
    }

    func testANewerChainExtendingTheCheckpointIsProven() {
        let checkpoint = ArchiveTrust.Checkpoint(entries: 2, head: chain[1], signedAt: "2026-03-01T10:00:00Z")
        let result = ArchiveTrust.evaluate(chain: chain, genesis: genesis, checkpoint: checkpoint)
        XCTAssertNil(result.failure)
        XCTAssertTrue(result.proven[0].hasPrefix("El archivo extiende el punto de control"), result.proven[0])
        XCTAssertTrue(result.proven[0].contains("entradas 3 a 3"))
    }

    func testACheckpointWhoseHeadIsNotInTheChainFails() {
        let rewritten = ArchiveTrust.Checkpoint(entries: 2, head: String(repeating: "f", count: 64), signedAt: "2026-03-01T10:00:00Z")
        XCTAssertEqual(ArchiveTrust.evaluate(chain: chain, genesis: genesis, checkpoint: rewritten).failure?.contains("no extiende"), true)
        let longer = ArchiveTrust.Checkpoint(entries: 5, head: chain[2], signedAt: "2026-03-01T10:00:00Z")
        XCTAssertEqual(ArchiveTrust.evaluate(chain: chain, genesis: genesis, checkpoint: longer).failure?.contains("truncado"), true)
    }

    func testAnEmptyCheckpointIsExtendedByAnyChain() {
        let empty = ArchiveTrust.Checkpoint(entries: 0, head: genesis, signedAt: "2026-01-01T00:00:00Z")
        XCTAssertNil(ArchiveTrust.evaluate(chain: chain, genesis: genesis, checkpoint: empty).failure)
    }
}
