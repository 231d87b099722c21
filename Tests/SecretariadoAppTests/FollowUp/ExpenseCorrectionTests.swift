import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Money cannot overflow into 500s: single amounts and an STL's running total have
/// ceilings, and a wrong expense is corrected or annulled (kept, marked, out of the totals),
/// each with its audit entry.
final class ExpenseCorrectionTests: AppTestCase {
    private var token: HTTPHeaders = [:]
    private var stl: Secretariat!

    private func prepare() async throws {
        try await loadDemo()
        let user = try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        token = try await bearer(for: user)
        stl = try await Secretariat.find(slug: "morelos", on: db)
    }

    private func send(_ method: HTTPMethod, _ path: String, _ body: String) async throws -> (HTTPStatus, [String: Any]) {
        let res = try await app.sendRequest(method, path, headers: jsonHeaders(token), body: ByteBuffer(string: body))
        let object = (try? JSONSerialization.jsonObject(with: Data(res.body.readableBytesView))) as? [String: Any] ?? [:]
        return (res.status, object)
    }

    private func record(_ amount: String, concept: String = "Papelería") async throws -> (HTTPStatus, [String: Any]) {
        try await send(
            .POST, APIURL.expenses(.value("morelos")).path,
            #"{"spentOn":"2026-05-04","concept":"\#(concept)","source":"Organismo garante","amount":"\#(amount)"}"#)
    }

    private func total() async throws -> String? {
        let res = try await app.sendRequest(.GET, APIURL.expenses(.value("morelos")).path)
        XCTAssertEqual(res.status, .ok)
        return try res.content.get(String.self, at: "total")
    }

    func testASingleAmountAboveTenBillionIsRefused() async throws {
        try await prepare()
        let (ok, _) = try await record("10,000,000,000.00")
        XCTAssertEqual(ok, .created)
        let (status, body) = try await record("10,000,000,000.01")
        XCTAssertEqual(status, .unprocessableEntity)
        XCTAssertEqual(body["field"] as? String, "amount")
        XCTAssertTrue((body["reason"] as? String ?? "").contains("$10,000,000,000.00"), "\(body)")
    }

    func testTheRunningTotalIsCheckedBeforeInsert() async throws {
        try await prepare()
        // 99 entries at the single ceiling, written directly; the API takes the 100th and no more.
        for _ in 0..<99 {
            try await ExpenseRecord(
                secretariatID: stl.requireID(), spentOn: Date(), concept: "Grande", amount: ExpenseLimits.maximumEntry,
                source: "x", receiptURL: nil, recordedBy: "x"
            ).create(on: db)
        }
        let (hundredth, _) = try await record("10,000,000,000.00")
        XCTAssertEqual(hundredth, .created)
        let (status, body) = try await record("0.01")
        XCTAssertEqual(status, .unprocessableEntity)
        XCTAssertTrue((body["reason"] as? String ?? "").contains("excedería el máximo"), "\(body)")
        let total = try await total()
        XCTAssertEqual(total, "1000000000000.00")
    }

    /// What the review found: totals past Int64 made every finances read a 500 and left no
    /// way to fix the records. The page still answers, says so, and offers the annul form;
    /// annulling brings the totals back.
    func testOverflowingOldRecordsCanBeAnnulledFromAWorkingPage() async throws {
        try await prepare()
        let huge = MoneyMXN(centavos: Int64.max / 2 + 1)
        var ids: [UUID] = []
        for _ in 0..<2 {
            let expense = ExpenseRecord(
                secretariatID: try stl.requireID(), spentOn: Date(), concept: "Error de captura", amount: huge,
                source: "x", receiptURL: nil, recordedBy: "x")
            try await expense.create(on: db)
            ids.append(try expense.requireID())
        }
        let page = try await app.sendRequest(.GET, SiteURL.finances(.value("morelos")).path)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains("exceden el total que se puede calcular"))

        let (annulled, body) = try await send(
            .POST, APIURL.expenseAnnul(.value("morelos"), .value(ids[0])).path, #"{"reason":"Monto capturado por error"}"#)
        XCTAssertEqual(annulled, .ok, "\(body)")
        XCTAssertEqual(body["annulled"] as? Bool, true)
        let (corrected, _) = try await send(.PATCH, APIURL.expense(.value("morelos"), .value(ids[1])).path, #"{"amount":"1,234.50"}"#)
        XCTAssertEqual(corrected, .ok)
        let total = try await total()
        XCTAssertEqual(total, "1234.50")
        let summary = try await app.sendRequest(.GET, APIURL.followUp(.value("morelos")).path)
        XCTAssertEqual(summary.status, .ok)
        let national = try await app.sendRequest(.GET, APIURL.nationalFollowUp.path)
        XCTAssertEqual(national.status, .ok)
    }

    func testAnnulmentKeepsTheRecordMarkedAndOutOfTheTotalsWithItsAuditEntry() async throws {
        try await prepare()
        let (_, first) = try await record("100.00", concept: "Café")
        _ = try await record("50.00", concept: "Papelería")
        let id = try XCTUnwrap(first["id"] as? String)
        let before = try await auditCount()

        let (missingReason, reasonBody) = try await send(.POST, APIURL.expenseAnnul(.value("morelos"), .value(UUID(uuidString: id)!)).path, "{}")
        XCTAssertEqual(missingReason, .unprocessableEntity)
        XCTAssertEqual(reasonBody["field"] as? String, "reason")

        let (status, _) = try await send(
            .POST, APIURL.expenseAnnul(.value("morelos"), .value(UUID(uuidString: id)!)).path, #"{"reason":"Duplicado"}"#)
        XCTAssertEqual(status, .ok)
        let after = try await auditCount()
        XCTAssertEqual(after, before + 1)
        let summaries = try await AuditEntry.query(on: db).filter(\.$entity == "expense").all().map(\.summary)
        XCTAssertTrue(summaries.contains { $0.hasPrefix("Gasto anulado: Café") && $0.hasSuffix("Motivo: Duplicado") }, "\(summaries)")
        let total = try await total()
        XCTAssertEqual(total, "50.00")

        let list = try await app.sendRequest(.GET, APIURL.expenses(.value("morelos")).path)
        let items = try list.content.get([ExpenseItem].self, at: "items")
        XCTAssertEqual(items.count, 2, "the annulled expense stays listed")
        XCTAssertEqual(items.first { $0.id == id }?.annulReason, "Duplicado")
        let csv = try await app.sendRequest(.GET, APIURL.expensesCSV(.value("morelos")).path)
        XCTAssertTrue(csv.body.string.contains(",si,Duplicado"), csv.body.string)
        let page = try await app.sendRequest(.GET, SiteURL.finances(.value("morelos")).path)
        XCTAssertTrue(page.body.string.contains("Motivo: Duplicado"))

        let (again, _) = try await send(.POST, APIURL.expenseAnnul(.value("morelos"), .value(UUID(uuidString: id)!)).path, #"{"reason":"Otra vez"}"#)
        XCTAssertEqual(again, .conflict)
        let (change, _) = try await send(.PATCH, APIURL.expense(.value("morelos"), .value(UUID(uuidString: id)!)).path, #"{"amount":"1.00"}"#)
        XCTAssertEqual(change, .conflict, "an annulled expense is not changed")
    }

    func testACorrectionChangesOnlyTheFieldsGivenAndIsAudited() async throws {
        try await prepare()
        let (_, first) = try await record("100.00", concept: "Café")
        let id = UUID(uuidString: try XCTUnwrap(first["id"] as? String))!
        let (status, body) = try await send(.PATCH, APIURL.expense(.value("morelos"), .value(id)).path, #"{"amount":"120.00"}"#)
        XCTAssertEqual(status, .ok)
        XCTAssertEqual(body["amount"] as? String, "120.00")
        XCTAssertEqual(body["concept"] as? String, "Café")
        let summaries = try await AuditEntry.query(on: db).filter(\.$entity == "expense").all().map(\.summary)
        XCTAssertTrue(summaries.contains { $0.hasPrefix("Gasto corregido: Café, $120.00") }, "\(summaries)")
        let (tooBig, _) = try await send(.PATCH, APIURL.expense(.value("morelos"), .value(id)).path, #"{"amount":"10,000,000,000.01"}"#)
        XCTAssertEqual(tooBig, .unprocessableEntity)
        let (other, _) = try await send(.PATCH, APIURL.expense(.value("jalisco"), .value(id)).path, #"{"amount":"1.00"}"#)
        XCTAssertNotEqual(other, .ok, "another STL's expense is out of reach")
    }

    func testTheWebFormsCorrectAndAnnul() async throws {
        try await prepare()
        let (_, first) = try await record("100.00", concept: "Café")
        let id = UUID(uuidString: try XCTUnwrap(first["id"] as? String))!
        let browser = Browser(app)
        try await browser.login("fac@mor.mx")
        let page = try await browser.get(SiteURL.finances(.value("morelos")).path)
        XCTAssertTrue(page.body.string.contains(SiteURL.expenseAnnul(.value("morelos"), .value(id)).path))
        let corrected = try await browser.post(
            SiteURL.expense(.value("morelos"), .value(id)).path, form: ["amount": "80.00", "concept": "Café y agua"])
        XCTAssertEqual(corrected.status, .seeOther)
        let annulled = try await browser.post(SiteURL.expenseAnnul(.value("morelos"), .value(id)).path, form: ["reason": "Se pagó con otro recurso"])
        XCTAssertEqual(annulled.status, .seeOther)
        let expense = try await ExpenseRecord.find(id, on: db)
        XCTAssertEqual(expense?.amount.decimalString, "80.00")
        XCTAssertEqual(expense?.concept, "Café y agua")
        XCTAssertEqual(expense?.annulReason, "Se pagó con otro recurso")
    }
}

private struct ExpenseItem: Decodable {
    let id: String
    let annulled: Bool
    let annulReason: String?
}
