import Fluent
import SecretariadoCore
import Vapor

/// Spending, outreach and the follow-up summaries in the API. Reads are public;
/// writes need `.editFollowUp` of the STL.
struct FinancesAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.expenses(.key).pathComponents, use: expenses).openAPI(.listExpenses)
        routes.post(APIURL.expenses(.key).pathComponents, use: recordExpense).openAPI(.recordExpense)
        routes.get(APIURL.expensesCSV(.key).pathComponents, use: expensesCSV).openAPI(.expensesCSV)
        routes.patch(APIURL.expense(.key, .key).pathComponents, use: correctExpense).openAPI(.correctExpense)
        routes.post(APIURL.expenseAnnul(.key, .key).pathComponents, use: annulExpense).openAPI(.annulExpense)
        routes.get(APIURL.outreach(.key).pathComponents, use: outreach).openAPI(.listOutreach)
        routes.post(APIURL.outreach(.key).pathComponents, use: recordOutreach).openAPI(.recordOutreach)
        routes.get(APIURL.outreachCSV(.key).pathComponents, use: outreachCSV).openAPI(.outreachCSV)
        routes.get(APIURL.followUp(.key).pathComponents, use: summary).openAPI(.followUpSummary)
        routes.get(APIURL.nationalFollowUp.pathComponents, use: nationalSummary).openAPI(.nationalFollowUpSummary)
        routes.get(APIURL.nationalExpensesCSV.pathComponents, use: nationalExpensesCSV).openAPI(.nationalExpensesCSV)
        routes.get(APIURL.nationalOutreachCSV.pathComponents, use: nationalOutreachCSV).openAPI(.nationalOutreachCSV)
    }

    @Sendable func expenses(req: Request) async throws -> ExpensesDTO {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        try APIQuery.requireNonEmpty(req, ["period"])
        let period = try FollowUpQuery.period(req)
        return try ExpensesDTO(try await FollowUpCSV.expenseRecords(of: stl, on: req.db), period: period)
    }

    @Sendable func recordExpense(req: Request) async throws -> Response {
        let stl = try await AgreementsAPI.editable(req)
        let expense = try await ExpenseWrites.record(try req.content.decode(ExpenseInput.self), in: stl, by: req.sessionActor(), on: req.db)
        return try await ExpenseDTO(expense).encodeResponse(status: .created, for: req)
    }

    @Sendable func correctExpense(req: Request) async throws -> ExpenseDTO {
        let stl = try await AgreementsAPI.editable(req)
        return ExpenseDTO(
            try await ExpenseWrites.correct(
                try req.pathID(), try req.content.decode(ExpenseInput.self), in: stl, by: req.sessionActor(), on: req.db))
    }

    @Sendable func annulExpense(req: Request) async throws -> ExpenseDTO {
        let stl = try await AgreementsAPI.editable(req)
        return ExpenseDTO(
            try await ExpenseWrites.annul(
                try req.pathID(), reason: try req.content.decode(AnnulInput.self).reason, in: stl, by: req.sessionActor(), on: req.db))
    }

    @Sendable func expensesCSV(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        return CSVExports.response(try await FollowUpCSV.expenses(of: stl, on: req.db), filename: "gastos-\(stl.slug).csv")
    }

    @Sendable func outreach(req: Request) async throws -> [OutreachDTO] {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        return try await FollowUpCSV.outreachActivities(of: stl, on: req.db).map(OutreachDTO.init)
    }

    @Sendable func recordOutreach(req: Request) async throws -> Response {
        let stl = try await AgreementsAPI.editable(req)
        let activity = try await OutreachWrites.record(try req.content.decode(OutreachInput.self), in: stl, by: req.sessionActor(), on: req.db)
        return try await OutreachDTO(activity).encodeResponse(status: .created, for: req)
    }

    @Sendable func outreachCSV(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        return CSVExports.response(try await FollowUpCSV.outreach(of: stl, on: req.db), filename: "difusion-\(stl.slug).csv")
    }

    @Sendable func summary(req: Request) async throws -> FollowUpSummaryDTO {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        return FollowUpSummaryDTO(try await FollowUpDashboard.load(stl, on: req.db), national: false)
    }

    @Sendable func nationalSummary(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        return try await PublicCache.respond(req) {
            try await FollowUpSummaryDTO(try await FollowUpDashboard.load(nil, on: req.db), national: true).encodeResponse(for: req)
        }
    }

    @Sendable func nationalExpensesCSV(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        return CSVExports.response(try await FollowUpCSV.expenses(of: nil, on: req.db), filename: "gastos.csv")
    }

    @Sendable func nationalOutreachCSV(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        return CSVExports.response(try await FollowUpCSV.outreach(of: nil, on: req.db), filename: "difusion.csv")
    }
}
