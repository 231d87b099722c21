import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Every follow-up write refuses the public (401), another STL's people and guarantor
/// staff (403), through the API and the site's forms, and writes nothing when it refuses;
/// the STL's facilitator and representatives get through. Reads stay public.
final class FollowUpAuthorizationTests: AppTestCase {
    private var plan: ActionPlan!
    private var commitment: Commitment!
    private var milestone: Milestone!
    private var agreement: Agreement!

    /// Morelos with a plan, a commitment, a milestone and an agreement; people of Morelos
    /// and Jalisco.
    private func prepare() async throws {
        try await loadDemo()
        let created = try await planWithCommitment("morelos", milestones: 1)
        (plan, commitment, milestone) = (created.0, created.1, created.2[0])
        let stl = try await Secretariat.find(slug: "morelos", on: db)
        agreement = try await AgreementWrites.create(
            AgreementCreateInput(title: "Publicar el calendario", owner: "Facilitación"), in: stl, by: facilitation, on: db)
        try await makeUser("fac@mor.mx", grants: [("morelos", .facilitador, nil, nil)])
        try await representative("rep@mor.mx", "morelos", "gobierno", 1)
        try await makeUser("garante@mor.mx", grants: [("morelos", .garante, nil, nil)])
        try await makeUser("fac@jal.mx", grants: [("jalisco", .facilitador, nil, nil)])
        try await representative("rep@jal.mx", "jalisco", "gobierno", 1)
    }

    private let outsiders = ["garante@mor.mx", "fac@jal.mx", "rep@jal.mx"]
    private var slug: Parameter<String> { .value("morelos") }

    private func apiWrites() -> [(HTTPMethod, String)] {
        let cid: Parameter<UUID> = .value(commitment.id!)
        return [
            (.POST, APIURL.agreements(slug).path),
            (.PATCH, APIURL.agreement(slug, .value(agreement.id!)).path),
            (.POST, APIURL.agreementNotes(slug, .value(agreement.id!)).path),
            (.POST, APIURL.actionPlans(slug).path),
            (.POST, APIURL.planCommitments(slug, .value(plan.id!)).path),
            (.PUT, APIURL.commitmentLevel(slug, cid).path),
            (.POST, APIURL.commitmentMilestones(slug, cid).path),
            (.PATCH, APIURL.milestone(slug, cid, .value(milestone.id!)).path),
            (.POST, APIURL.expenses(slug).path),
            (.POST, APIURL.outreach(slug).path),
        ]
    }

    private func formWrites() -> [String] {
        let cid: Parameter<UUID> = .value(commitment.id!)
        return [
            SiteURL.agreements(slug).path,
            SiteURL.agreementStatus(slug, .value(agreement.id!)).path,
            SiteURL.agreementNotes(slug, .value(agreement.id!)).path,
            SiteURL.actionPlans(slug).path,
            SiteURL.planCommitments(slug, .value(plan.id!)).path,
            SiteURL.commitmentLevel(slug, cid).path,
            SiteURL.commitmentMilestones(slug, cid).path,
            SiteURL.milestone(slug, cid, .value(milestone.id!)).path,
            SiteURL.finances(slug).path,
            SiteURL.outreach(slug).path,
        ]
    }

    func testTheAPIRefusesThePublicAndPeopleOfOtherSTLs() async throws {
        try await prepare()
        let before = try await auditCount()
        for (method, path) in apiWrites() {
            let anonymous = try await app.sendRequest(method, path, headers: jsonHeaders(), body: ByteBuffer(string: "{}"))
            XCTAssertEqual(anonymous.status, .unauthorized, "anonymous \(method) \(path)")
            for email in outsiders {
                let token = try await bearer(for: try await UserWrites.find(email: email, on: db))
                let refused = try await app.sendRequest(method, path, headers: jsonHeaders(token), body: ByteBuffer(string: "{}"))
                XCTAssertEqual(refused.status, .forbidden, "\(email) \(method) \(path)")
            }
        }
        let after = try await auditCount()
        XCTAssertEqual(after, before, "no refused call wrote anything")
    }

    func testTheFormsRefuseThePublicAndPeopleOfOtherSTLs() async throws {
        try await prepare()
        let before = try await auditCount()
        let anonymous = Browser(app)
        for path in formWrites() {
            let res = try await anonymous.post(path, form: ["title": "x"])
            XCTAssertEqual(res.status, .unauthorized, "anonymous POST \(path)")
        }
        for email in outsiders {
            let browser = Browser(app)
            try await browser.login(email)
            for path in formWrites() {
                let res = try await browser.post(path, form: ["title": "x"])
                XCTAssertEqual(res.status, .forbidden, "\(email) POST \(path)")
            }
        }
        let after = try await auditCount()
        XCTAssertEqual(after, before)
    }

    func testTheFacilitatorAndARepresentativeOfTheSTLGetThrough() async throws {
        try await prepare()
        for email in ["fac@mor.mx", "rep@mor.mx"] {
            let token = try await bearer(for: try await UserWrites.find(email: email, on: db))
            let res = try await app.sendRequest(
                .POST, APIURL.expenses(slug).path, headers: jsonHeaders(token),
                body: ByteBuffer(string: #"{"spentOn":"2026-05-04","concept":"Café","amount":"150.00","source":"Donativo"}"#))
            XCTAssertEqual(res.status, .created, "\(email): \(res.body.string)")
            let status = try await app.sendRequest(
                .PATCH, APIURL.agreement(slug, .value(agreement.id!)).path, headers: jsonHeaders(token),
                body: ByteBuffer(string: #"{"status":"en_proceso"}"#))
            XCTAssertEqual(status.status, .ok, "\(email): \(status.body.string)")
        }
        let audited = try await AuditEntry.query(on: db).filter(\.$entity == "expense").count()
        XCTAssertEqual(audited, 2)
    }

    func testEverythingIsPublicToRead() async throws {
        try await prepare()
        let cid: Parameter<UUID> = .value(commitment.id!)
        let paths = [
            SiteURL.followUp(slug).path, SiteURL.nationalFollowUp.path, SiteURL.agreements(slug).path,
            SiteURL.agreement(slug, .value(agreement.id!)).path, SiteURL.actionPlans(slug).path,
            SiteURL.actionPlan(slug, .value(plan.id!)).path, SiteURL.commitment(slug, cid).path,
            SiteURL.finances(slug).path, SiteURL.outreach(slug).path,
            APIURL.agreements(slug).path, APIURL.agreement(slug, .value(agreement.id!)).path, APIURL.agreementsCSV(slug).path,
            APIURL.actionPlans(slug).path, APIURL.actionPlan(slug, .value(plan.id!)).path, APIURL.commitment(slug, cid).path,
            APIURL.commitmentsCSV(slug).path, APIURL.milestonesCSV(slug).path, APIURL.expenses(slug).path, APIURL.expensesCSV(slug).path,
            APIURL.outreach(slug).path, APIURL.outreachCSV(slug).path, APIURL.followUp(slug).path, APIURL.nationalFollowUp.path,
            OpenDataURL.agreementsCSV.path, APIURL.nationalCommitmentsCSV.path, APIURL.nationalMilestonesCSV.path,
            APIURL.nationalExpensesCSV.path, APIURL.nationalOutreachCSV.path,
        ]
        for path in paths {
            let res = try await app.sendRequest(.GET, path)
            XCTAssertEqual(res.status, .ok, path)
        }
        let page = try await app.sendRequest(.GET, SiteURL.actionPlans(slug).path)
        XCTAssertFalse(page.body.string.contains(SiteURL.planCommitments(slug, .value(plan.id!)).path), "no forms for the public")
        XCTAssertFalse(page.body.string.contains(#"name="startsOn""#), "no forms for the public")
    }

    func testRecordsOfAnotherSTLAreNotFoundThroughThisOne() async throws {
        try await prepare()
        let token = try await bearer(for: try await UserWrites.find(email: "fac@jal.mx", on: db))
        let res = try await app.sendRequest(
            .POST, APIURL.commitmentMilestones(.value("jalisco"), .value(commitment.id!)).path,
            headers: jsonHeaders(token), body: ByteBuffer(string: #"{"title":"Intruso"}"#))
        XCTAssertEqual(res.status, .notFound)
        let read = try await app.sendRequest(.GET, APIURL.commitment(.value("jalisco"), .value(commitment.id!)).path)
        XCTAssertEqual(read.status, .notFound)
    }
}
