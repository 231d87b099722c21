import Fluent
import SecretariadoCore
import Vapor

/// Finances, outreach and the follow-up dashboards on the site. Reads are
/// public; writes need `.editFollowUp` of the STL.
struct FinancesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.finances(.key).pathComponents, use: finances)
        routes.post(SiteURL.finances(.key).pathComponents, use: recordExpense)
        routes.post(SiteURL.expense(.key, .key).pathComponents, use: correctExpense)
        routes.post(SiteURL.expenseAnnul(.key, .key).pathComponents, use: annulExpense)
        routes.get(SiteURL.outreach(.key).pathComponents, use: outreach)
        routes.post(SiteURL.outreach(.key).pathComponents, use: recordOutreach)
        routes.get(SiteURL.followUp(.key).pathComponents, use: dashboard)
        routes.get(SiteURL.nationalFollowUp.pathComponents, use: nationalDashboard)
    }

    @Sendable func finances(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let period = try FollowUpQuery.period(req)
        let expenses = try await FollowUpCSV.expenseRecords(of: stl, on: req.db)
        // Records from before the ceilings existed may not add up in Int64: the page still
        // lists them (with the forms to correct or annul them) and says so instead of a total.
        let totals = try? SpendingTotals(expenses.filter { !$0.isAnnulled }.map(\.expense), period: period)
        var model = FinancesPage.Model(
            stl: stl, expenses: expenses, totals: totals, period: period,
            canEdit: try await req.can(.editFollowUp(stl.requireID())), saved: req.wasSaved)
        let titles = Dictionary(
            expenses.compactMap { e in e.id.map { ($0, "\(RecordTime.localDate(e.spentOn)) — \(e.concept)") } },
            uniquingKeysWith: { a, _ in a })
        model.receipts = try await AttachmentsSection.models(
            req, kind: .expense, targetIDs: expenses.compactMap(\.id), in: stl, title: { titles[$0] }, canAttach: model.canEdit)
        return HTMLPage(FinancesPage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func recordExpense(req: Request) async throws -> Response {
        let stl = try await editable(req)
        _ = try await ExpenseWrites.record(try req.content.decode(ExpenseInput.self), in: stl, by: req.sessionActor(), on: req.db)
        return req.savedRedirect(to: SiteURL.finances(.value(stl.slug)).path)
    }

    @Sendable func correctExpense(req: Request) async throws -> Response {
        let stl = try await editable(req)
        _ = try await ExpenseWrites.correct(
            try req.pathID("expenseID"), try req.content.decode(ExpenseInput.self), in: stl, by: req.sessionActor(), on: req.db)
        return req.savedRedirect(to: SiteURL.finances(.value(stl.slug)).path)
    }

    @Sendable func annulExpense(req: Request) async throws -> Response {
        let stl = try await editable(req)
        _ = try await ExpenseWrites.annul(
            try req.pathID("expenseID"), reason: try req.content.decode(AnnulInput.self).reason, in: stl, by: req.sessionActor(), on: req.db)
        return req.savedRedirect(to: SiteURL.finances(.value(stl.slug)).path)
    }

    @Sendable func outreach(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let activities = try await FollowUpCSV.outreachActivities(of: stl, on: req.db)
        var model = OutreachPage.Model(
            stl: stl, activities: activities,
            canEdit: try await req.can(.editFollowUp(stl.requireID())), saved: req.wasSaved)
        let titles = Dictionary(
            activities.compactMap { a in a.id.map { ($0, "\(RecordTime.localDate(a.heldOn)) — \(a.title)") } },
            uniquingKeysWith: { a, _ in a })
        model.materials = try await AttachmentsSection.models(
            req, kind: .outreachActivity, targetIDs: activities.compactMap(\.id), in: stl, title: { titles[$0] }, canAttach: model.canEdit)
        return HTMLPage(OutreachPage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func recordOutreach(req: Request) async throws -> Response {
        let stl = try await editable(req)
        _ = try await OutreachWrites.record(try req.content.decode(OutreachInput.self), in: stl, by: req.sessionActor(), on: req.db)
        return req.savedRedirect(to: SiteURL.outreach(.value(stl.slug)).path)
    }

    @Sendable func dashboard(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let model = DashboardPage.Model(stl: stl, dashboard: try await FollowUpDashboard.load(stl, on: req.db))
        return HTMLPage(DashboardPage.View(model: model, context: PageContext(req)).html)
    }

    /// The country: aggregates (`NationalFollowUp`), 100 STLs a page (`?pagina=`), cached.
    @Sendable func nationalDashboard(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        return try await PublicCache.respond(req) {
            let dashboard = try await FollowUpDashboard.load(nil, on: req.db)
            let page = PortalPage(requested: req.query[Int.self, at: "pagina"], total: dashboard.lines.count)
            let model = DashboardPage.Model(stl: nil, dashboard: dashboard, page: page)
            return try await HTMLPage(DashboardPage.View(model: model, context: PageContext(req)).html).encodeResponse(for: req)
        }
    }

    private func editable(_ req: Request) async throws -> Secretariat {
        let stl = try await req.stl(requiring: Permission.editFollowUp)
        return stl
    }
}

/// Query parameters shared by the follow-up pages and API.
enum FollowUpQuery {
    /// `?period=month|quarter|year`; quarter by default.
    static func period(_ req: Request) throws -> SpendingTotals.Period {
        try FieldCheck.choice(req.query[String.self, at: "period"], "period", as: SpendingTotals.Period.self) ?? .quarter
    }
}
