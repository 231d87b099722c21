import Fluent
import SecretariadoCore
import Vapor

/// The record of resources the STL spent (facilitator function 6). Amounts are parsed
/// exactly and kept in centavos.
enum ExpenseWrites {
    static func record(_ input: ExpenseInput, in stl: Secretariat, by actor: SessionActor, on db: any Database) async throws -> ExpenseRecord {
        let spentOn = try FollowUpFields.requiredDate(input.spentOn, "spentOn")
        let concept = try FieldCheck.required(input.concept, "concept", maxLength: 200)
        let amount = try FollowUpFields.amount(input.amount, "amount")
        let source = try FieldCheck.required(input.source, "source", maxLength: 200)
        let receipt = try FieldCheck.url(input.receiptUrl, "receiptUrl")
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            let expense = ExpenseRecord(
                secretariatID: stlID, spentOn: spentOn, concept: concept, amount: amount, source: source,
                receiptURL: receipt, recordedBy: actor.name)
            try await expense.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stlID, action: .create, entity: "expense",
                entityID: expense.id?.uuidString,
                summary: "Gasto registrado: \(concept), \(amount.formatted()) (\(RecordTime.localDate(spentOn)))",
                before: nil as String?, after: Snapshot(expense))
            return expense
        }
    }

    private struct Snapshot: Encodable {
        let spentOn: String
        let concept: String
        let amount: String
        let source: String
        let receiptUrl: String?

        init(_ expense: ExpenseRecord) {
            spentOn = RecordTime.localDate(expense.spentOn)
            concept = expense.concept
            amount = expense.amount.decimalString
            source = expense.source
            receiptUrl = expense.receiptURL
        }
    }
}
