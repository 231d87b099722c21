import Fluent
import SecretariadoCore
import Vapor

/// The record of resources the STL spent (facilitator function 6). Amounts are parsed
/// exactly and kept in centavos; an STL's running total is checked before each write
/// (`ExpenseLimits`) so that no total can overflow. A wrong entry is corrected or annulled
/// (kept, marked, out of every total), never deleted, each with its audit entry.
enum ExpenseWrites {
    static func record(_ input: ExpenseInput, in stl: Secretariat, by actor: SessionActor, on db: any Database) async throws -> ExpenseRecord {
        let spentOn = try FollowUpFields.requiredDate(input.spentOn, "spentOn")
        let concept = try FieldCheck.required(input.concept, "concept", maxLength: 200)
        let amount = try FollowUpFields.amount(input.amount, "amount")
        let source = try FieldCheck.required(input.source, "source", maxLength: 200)
        let receipt = try FieldCheck.url(input.receiptUrl, "receiptUrl")
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            try await RowLock.secretariat(stlID, on: db)
            try await checkTotal(adding: amount, in: stlID, except: nil, on: db)
            let expense = ExpenseRecord(
                secretariatID: stlID, spentOn: spentOn, concept: concept, amount: amount, source: source,
                receiptURL: receipt, recordedBy: actor.name)
            try await expense.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stlID, action: .create, entity: .expense,
                entityID: expense.id?.uuidString,
                summary: "Gasto registrado: \(concept), \(amount.formatted()) (\(RecordTime.localDate(spentOn)))",
                change: .after(Snapshot(expense)))
            return expense
        }
    }

    /// Changes the fields given (the others stay); an annulled expense cannot be changed.
    static func correct(_ id: UUID, _ input: ExpenseInput, in stl: Secretariat, by actor: SessionActor, on db: any Database) async throws
        -> ExpenseRecord
    {
        let spentOn = try input.spentOn.flatMap { $0.isEmpty ? nil : $0 }.map { try FollowUpFields.requiredDate($0, "spentOn") }
        let concept = try FieldCheck.optional(input.concept, "concept", maxLength: 200)
        let amount = try input.amount.flatMap { $0.isEmpty ? nil : $0 }.map { try FollowUpFields.amount($0, "amount") }
        let source = try FieldCheck.optional(input.source, "source", maxLength: 200)
        let receipt = try FieldCheck.url(input.receiptUrl, "receiptUrl")
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            try await RowLock.secretariat(stlID, on: db)
            let expense = try await find(id, in: stlID, on: db)
            guard !expense.isAnnulled else {
                throw AppError.conflict(
                    field: nil,
                    Localized(
                        es: "Este gasto está anulado; registre uno nuevo si hace falta.", en: "This expense is annulled; record a new one if needed.")
                )
            }
            let before = Snapshot(expense)
            if let amount {
                try await checkTotal(adding: amount, in: stlID, except: id, on: db)
                expense.amountCentavos = amount.centavos
            }
            if let spentOn { expense.spentOn = spentOn }
            if let concept { expense.concept = concept }
            if let source { expense.source = source }
            if input.receiptUrl != nil { expense.receiptURL = receipt }
            try await expense.update(on: db)
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stlID, action: .update, entity: .expense,
                entityID: id.uuidString,
                summary: "Gasto corregido: \(expense.concept), \(expense.amount.formatted()) (\(RecordTime.localDate(expense.spentOn)))",
                change: .changed(from: before, to: Snapshot(expense)))
            return expense
        }
    }

    /// Marks the expense annulled with its reason: it stays listed and leaves every total.
    static func annul(_ id: UUID, reason: String?, in stl: Secretariat, by actor: SessionActor, on db: any Database) async throws -> ExpenseRecord {
        let reason = try FieldCheck.required(reason, "reason", maxLength: 500)
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            let expense = try await find(id, in: stlID, on: db)
            guard !expense.isAnnulled else {
                throw AppError.conflict(field: nil, Localized(es: "Este gasto ya está anulado.", en: "This expense is already annulled."))
            }
            let before = Snapshot(expense)
            expense.annulledAt = Date()
            expense.annulReason = reason
            expense.annulledBy = actor.name
            try await expense.update(on: db)
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stlID, action: .update, entity: .expense,
                entityID: id.uuidString,
                summary: "Gasto anulado: \(expense.concept), \(expense.amount.formatted()). Motivo: \(reason)",
                change: .changed(from: before, to: Snapshot(expense)))
            return expense
        }
    }

    private static func find(_ id: UUID, in stlID: UUID, on db: any Database) async throws -> ExpenseRecord {
        guard let expense = try await ExpenseRecord.query(on: db).filter(\.$id == id).filter(\.$secretariat.$id == stlID).first() else {
            throw AppError.notFound(Localized(es: "No existe ese gasto en este STL.", en: "There is no such expense in this STL."))
        }
        return expense
    }

    /// The STL's other current expenses plus `amount` must stay within `ExpenseLimits.maximumTotal`.
    private static func checkTotal(adding amount: MoneyMXN, in stlID: UUID, except: UUID?, on db: any Database) async throws {
        let query = ExpenseRecord.query(on: db).filter(\.$secretariat.$id == stlID).filter(\.$annulledAt == nil)
        if let except { query.filter(\.$id != except) }
        let others = try await query.all(\.$amountCentavos).map(MoneyMXN.init(centavos:))
        do {
            try ExpenseLimits.check(adding: amount, to: others)
        } catch {
            throw AppError.invalid(field: "amount", error.message)
        }
    }

    private struct Snapshot: Encodable {
        let spentOn: String
        let concept: String
        let amount: String
        let source: String
        let receiptUrl: String?
        let annulled: Bool
        let annulReason: String?

        init(_ expense: ExpenseRecord) {
            spentOn = RecordTime.localDate(expense.spentOn)
            concept = expense.concept
            amount = expense.amount.decimalString
            source = expense.source
            receiptUrl = expense.receiptURL
            annulled = expense.isAnnulled
            annulReason = expense.annulReason
        }
    }
}
