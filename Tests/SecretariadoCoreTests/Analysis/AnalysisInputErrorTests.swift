import SecretariadoCore
import XCTest

/// Bad input is rejected with messages that name the forum and the field.
final class AnalysisInputErrorTests: XCTestCase {
    private let durango =
        #"{"name": "Durango", "seats": {"gobierno": 1, "sociedad_civil": 1, "organismo_garante": 1}, "rule": {"kind": "consensus_then_majority"}}"#

    /// The error for a body, or a test failure when the body is accepted.
    private func error(_ json: String, file: StaticString = #filePath, line: UInt = #line) -> AnalysisInputError {
        switch AnalysisService.analyze(jsonData: Data(json.utf8)) {
        case .success:
            XCTFail("accepted: \(json)", file: file, line: line)
            return AnalysisInputError(issues: [])
        case .failure(let error):
            return error
        }
    }

    /// The message for a single forum whose `seats` and `rule` members are given.
    private func forumError(
        seats: String = #"{"gobierno": 4, "sociedad_civil": 4, "organismo_garante": 1}"#,
        rule: String = #"{"kind": "consensus_then_majority"}"#, extra: String = "",
        file: StaticString = #filePath, line: UInt = #line
    ) -> String {
        error(#"{"forums": [{"name": "Jalisco", "seats": \#(seats), "rule": \#(rule)\#(extra)}]}"#, file: file, line: line).message
    }

    func testInputThatIsNotJSONIsRejected() {
        XCTAssertEqual(
            error("forums: Jalisco").message,
            #"La entrada no es JSON válido; se espera {"forums": [{"name": …, "seats": {…}, "rule": {…}}]}."#)
    }

    func testTopLevelMustBeAnObject() {
        XCTAssertEqual(
            error("[1, 2]").message,
            #"La entrada debe ser un objeto JSON con la lista "forums" (se recibió una lista)."#)
    }

    func testMissingForumsIsRejected() {
        XCTAssertEqual(error("{}").message, "forums es obligatorio: una lista con al menos un foro")
    }

    func testEmptyForumsIsRejected() {
        XCTAssertEqual(error(#"{"forums": []}"#).message, "forums está vacío: debe tener al menos un foro")
    }

    func testUnknownTopLevelFieldIsRejected() {
        XCTAssertEqual(
            error(#"{"forums": [\#(durango)], "foros": []}"#).message,
            "foros no es un campo conocido (el único campo es forums)")
    }

    func testForumThatIsNotAnObjectIsNamedByIndex() {
        XCTAssertEqual(
            error(#"{"forums": [\#(durango), 5]}"#).message,
            "forums[1]: debe ser un objeto con name, seats y rule (se recibió 5)")
    }

    func testNegativeSeatsNameTheForumByIndexAndNameAndTheField() {
        let json =
            #"{"forums": [\#(durango), \#(durango), {"name": "Jalisco", "seats": {"gobierno": -1, "sociedad_civil": 4, "organismo_garante": 1}, "rule": {"kind": "consensus"}}]}"#

        XCTAssertEqual(
            error(json).message,
            #"forums[2] ("Jalisco"): seats.gobierno debe ser un número entero entre 0 y 200 (se recibió -1)"#)
    }

    func testFractionalBooleanAndTextSeatCountsAreRejected() {
        XCTAssertTrue(forumError(seats: #"{"gobierno": 2.5}"#).hasSuffix("seats.gobierno debe ser un número entero entre 0 y 200 (se recibió 2.5)"))
        XCTAssertTrue(forumError(seats: #"{"gobierno": true}"#).hasSuffix("(se recibió true)"))
        XCTAssertTrue(forumError(seats: #"{"gobierno": "4"}"#).hasSuffix(#"(se recibió "4")"#))
    }

    func testSeatCountAboveTheLimitIsRejected() {
        XCTAssertTrue(forumError(seats: #"{"gobierno": 201}"#).hasSuffix("(se recibió 201)"))
    }

    func testSeatsAddingUpAboveTheLimitAreRejected() {
        XCTAssertEqual(
            forumError(seats: #"{"gobierno": 100, "sociedad_civil": 100, "organismo_garante": 100}"#),
            #"forums[0] ("Jalisco"): seats suman 300 asientos; el máximo por foro es 200"#)
    }

    func testMalformedSectorCodeIsRejected() {
        XCTAssertEqual(
            forumError(seats: #"{"Sociedad Civil": 4}"#),
            #"forums[0] ("Jalisco"): seats tiene la clave "Sociedad Civil", que no es un código de sector válido: usa minúsculas sin acentos, dígitos y "_" (hasta 40), p. ej. "sociedad_civil""#
        )
    }

    func testTooManySectorsAreRejected() {
        let seats = (0...AnalysisLimits.maxSectorsPerForum).map { "\"s\($0)\": 1" }.joined(separator: ", ")

        XCTAssertEqual(forumError(seats: "{\(seats)}"), #"forums[0] ("Jalisco"): seats tiene 9 sectores; el máximo es 8"#)
    }

    func testObserversMustBeAList() {
        XCTAssertEqual(
            forumError(extra: #", "observers": "camaras""#),
            #"forums[0] ("Jalisco"): observers debe ser una lista de sectores sin voto (se recibió "camaras")"#)
    }

    func testEmptySeatsAreRejected() {
        XCTAssertEqual(forumError(seats: "{}"), #"forums[0] ("Jalisco"): seats debe tener al menos un sector"#)
    }

    func testMissingNameIsReportedWithoutAName() {
        XCTAssertEqual(
            error(#"{"forums": [{"seats": {"gobierno": 1}, "rule": {"kind": "consensus"}}]}"#).message,
            #"forums[0]: name es obligatorio: el nombre del foro, p. ej. "Jalisco""#)
    }

    func testUnknownKindIsRejected() {
        XCTAssertEqual(
            forumError(rule: #"{"kind": "mayoria"}"#),
            #"forums[0] ("Jalisco"): rule.kind debe ser consensus, majority o consensus_then_majority (se recibió "mayoria")"#)
    }

    func testMissingKindIsRejected() {
        XCTAssertEqual(
            forumError(rule: #"{"threshold": "simple"}"#),
            #"forums[0] ("Jalisco"): rule.kind es obligatorio: consensus, majority o consensus_then_majority"#)
    }

    func testMissingRuleIsRejected() {
        XCTAssertEqual(
            error(#"{"forums": [{"name": "Jalisco", "seats": {"gobierno": 1}}]}"#).message,
            #"forums[0] ("Jalisco"): rule es obligatorio: la regla de decisión, p. ej. {"kind": "consensus_then_majority"}"#)
    }

    func testUnknownThresholdIsRejected() {
        XCTAssertEqual(
            forumError(rule: #"{"kind": "majority", "threshold": "half"}"#),
            #"forums[0] ("Jalisco"): rule.threshold debe ser simple o two_thirds (se recibió "half")"#)
    }

    func testRequiredSectorMissingFromSeatsIsRejectedAsATypo() {
        XCTAssertEqual(
            forumError(rule: #"{"kind": "majority", "requireSectors": ["sociedad civil"]}"#),
            #"forums[0] ("Jalisco"): rule.requireSectors[0] nombra "sociedad civil", que no figura en seats (sectores: gobierno, sociedad_civil, organismo_garante)"#
        )
    }

    func testNonBooleanFlagIsRejected() {
        XCTAssertEqual(
            forumError(rule: #"{"kind": "majority", "requireEverySector": "yes"}"#),
            #"forums[0] ("Jalisco"): rule.requireEverySector debe ser true o false (se recibió "yes")"#)
    }

    func testUnknownRuleFieldIsRejectedRatherThanIgnored() {
        XCTAssertEqual(
            forumError(rule: #"{"kind": "majority", "requireSector": ["gobierno"]}"#),
            #"forums[0] ("Jalisco"): rule.requireSector no es un campo conocido (los campos son kind, threshold, base, requireSectors, requireEverySector y referToMesaTematica)"#
        )
    }

    func testObserverMissingFromSeatsIsRejected() {
        XCTAssertEqual(
            forumError(extra: #", "observers": ["camaras"]"#),
            #"forums[0] ("Jalisco"): observers[0] nombra "camaras", que no figura en seats (sectores: gobierno, sociedad_civil, organismo_garante)"#)
    }

    func testEveryProblemOfEveryForumIsReported() {
        let json =
            #"{"forums": [{"name": "A", "seats": {"gobierno": -1}, "rule": {"kind": "x"}}, {"name": "B", "seats": [], "rule": {"kind": "consensus"}}]}"#

        XCTAssertEqual(error(json).issues.map(\.path), ["forums[0].seats.gobierno", "forums[0].rule.kind", "forums[1].seats"])
    }

    func testTooManyProblemsAreCountedRatherThanListed() {
        let bad = #"{"name": "X", "seats": {"gobierno": -1, "otro": -1, "tercero": -1}, "rule": {"kind": "consensus"}}"#
        let json = "{\"forums\": [\(Array(repeating: bad, count: 20).joined(separator: ","))]}"

        let error = error(json)

        XCTAssertEqual(error.issues.count, AnalysisLimits.maxReportedIssues)
        XCTAssertTrue(error.message.hasSuffix("… y 10 problemas más."))
    }

    func testTooManyForumsAreRejected() {
        let json = "{\"forums\": [\(Array(repeating: durango, count: AnalysisLimits.maxForums + 1).joined(separator: ","))]}"

        XCTAssertEqual(error(json).message, "forums tiene 21 foros; el máximo es 20")
    }

    func testTooManySeatsAcrossTheRequestAreRejected() {
        let big = #"{"name": "X", "seats": {"gobierno": 100, "sociedad_civil": 100}, "rule": {"kind": "consensus"}}"#
        let json = "{\"forums\": [\(Array(repeating: big, count: 6).joined(separator: ","))]}"

        XCTAssertTrue(error(json).message.hasPrefix("forums suman 1200 asientos entre todos los foros"))
    }

    func testErrorHasAnEnglishMessageAndAJSONBody() throws {
        let error = error(#"{"forums": [{"name": "Jalisco", "seats": {"gobierno": -1}, "rule": {"kind": "consensus"}}]}"#)

        XCTAssertEqual(
            error.message(in: .en),
            #"forums[0] ("Jalisco"): seats.gobierno must be a whole number between 0 and 200 (got -1)"#)
        let body = try XCTUnwrap(JSONSerialization.jsonObject(with: error.jsonBody) as? [String: Any])
        XCTAssertEqual(body["error"] as? String, error.message)
        XCTAssertEqual((body["issues"] as? [[String: String]])?.first?["path"], "forums[0].seats.gobierno")
    }
}
