import Vapor

/// Every `/api/v1` URL: registers the API routes, builds links in responses, and is the
/// list the OpenAPI description is checked against.
enum APIURL: Sendable {
    case secretariats
    case secretariat(_ slug: Parameter<String>)
    case organizations(_ slug: Parameter<String>)
    case organization(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case seats(_ slug: Parameter<String>)
    case seat(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case members(_ slug: Parameter<String>)
    case member(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case audit(_ slug: Parameter<String>)
    // Governance and analysis
    case governance(_ slug: Parameter<String>)
    case governanceVersions(_ slug: Parameter<String>)
    case governanceDrafts(_ slug: Parameter<String>)
    case governanceDraft(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case analysis
    // Installation of an STL
    case installation(_ slug: Parameter<String>)
    case installationPromoters(_ slug: Parameter<String>)
    case installationRegistrations(_ slug: Parameter<String>)
    case installationElection(_ slug: Parameter<String>)
    case installationResults(_ slug: Parameter<String>)
    // Sessions, voting, minutes and archive.
    case sessions(_ slug: Parameter<String>)
    case sessionsCalendar(_ slug: Parameter<String>)
    case sessionRequests(_ slug: Parameter<String>)
    case session(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case sessionCancel(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case sessionAgenda(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case sessionAgendaItem(_ slug: Parameter<String>, _ id: Parameter<UUID>, _ itemId: Parameter<UUID>)
    case sessionAttendance(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case sessionMotions(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case sessionMinutes(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case sessionMinutesFinalise(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case sessionMinutesSignatures(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case motionVotes(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case motionClose(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case proposals(_ slug: Parameter<String>)
    case proposalDecline(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case agreements(_ slug: Parameter<String>)
    case agreement(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case archive(_ slug: Parameter<String>)
    case documents(_ slug: Parameter<String>)
    case document(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case documentUpload(_ slug: Parameter<String>, _ kind: Parameter<String>, _ targetID: Parameter<UUID>)
    case keys(_ slug: Parameter<String>)
    case archiveCheckpoint(_ slug: Parameter<String>)
    case archiveCheckpoints(_ slug: Parameter<String>)
    case platformKey
    // Follow-up: agreements, action plan, finances and outreach.
    case agreementsCSV(_ slug: Parameter<String>)
    case agreementNotes(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case actionPlans(_ slug: Parameter<String>)
    case actionPlan(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case planCommitments(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case commitment(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case commitmentLevel(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case commitmentMilestones(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case milestone(_ slug: Parameter<String>, _ commitmentID: Parameter<UUID>, _ id: Parameter<UUID>)
    case commitmentsCSV(_ slug: Parameter<String>)
    case milestonesCSV(_ slug: Parameter<String>)
    case expenses(_ slug: Parameter<String>)
    case expensesCSV(_ slug: Parameter<String>)
    case expense(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case expenseAnnul(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case outreach(_ slug: Parameter<String>)
    case outreachCSV(_ slug: Parameter<String>)
    case followUp(_ slug: Parameter<String>)
    case nationalFollowUp
    case nationalCommitmentsCSV
    case nationalMilestonesCSV
    case nationalExpensesCSV
    case nationalOutreachCSV

    // Custom sectors and observers
    case sectors(_ slug: Parameter<String>)
    case sector(_ slug: Parameter<String>, _ code: Parameter<String>)
    // Accounts: one's own API tokens, and the grants of any account (administrators).
    case accountTokens
    case accountToken(_ id: Parameter<UUID>)
    case userGrants(_ userID: Parameter<UUID>)
    case userGrant(_ userID: Parameter<UUID>, _ id: Parameter<UUID>)

    var pathComponents: [PathComponent] { components }

    var path: String {
        "/" + components.map(\.description).joined(separator: "/")
    }

    private var components: [PathComponent] {
        let base: [PathComponent] = ["api", "v1", "secretariats"]
        switch self {
        case .secretariats: return base
        case .secretariat(let slug): return base + [slug.component("slug")]
        case .organizations(let slug): return base + [slug.component("slug"), "organizations"]
        case .organization(let slug, let id):
            return base + [slug.component("slug"), "organizations", id.component("id")]
        case .seats(let slug): return base + [slug.component("slug"), "seats"]
        case .seat(let slug, let id): return base + [slug.component("slug"), "seats", id.component("id")]
        case .members(let slug): return base + [slug.component("slug"), "members"]
        case .member(let slug, let id): return base + [slug.component("slug"), "members", id.component("id")]
        case .audit(let slug): return base + [slug.component("slug"), "audit"]
        case .sectors(let slug): return base + [slug.component("slug"), "sectors"]
        case .sector(let slug, let code): return base + [slug.component("slug"), "sectors", code.component("code")]
        case .governance(let slug): return base + [slug.component("slug"), "governance"]
        case .governanceVersions(let slug): return base + [slug.component("slug"), "governance", "versions"]
        case .governanceDrafts(let slug): return base + [slug.component("slug"), "governance", "drafts"]
        case .governanceDraft(let slug, let id): return base + [slug.component("slug"), "governance", "drafts", id.component("id")]
        case .analysis: return ["api", "v1", "analysis"]
        case .accountTokens: return ["api", "v1", "account", "tokens"]
        case .accountToken(let id): return ["api", "v1", "account", "tokens", id.component("id")]
        case .userGrants(let user): return ["api", "v1", "users", user.component("userId"), "grants"]
        case .userGrant(let user, let id): return ["api", "v1", "users", user.component("userId"), "grants", id.component("id")]
        // Installation of an STL
        case .installation(let slug): return base + [slug.component("slug"), "installation"]
        case .installationPromoters(let slug): return base + [slug.component("slug"), "installation", "promoter-group"]
        case .installationRegistrations(let slug): return base + [slug.component("slug"), "installation", "registrations"]
        case .installationElection(let slug): return base + [slug.component("slug"), "installation", "election"]
        case .installationResults(let slug): return base + [slug.component("slug"), "installation", "election", "results"]
        // Sessions, voting, minutes and archive.
        case .sessions(let slug): return base + [slug.component("slug"), "sessions"]
        case .sessionsCalendar(let slug): return base + [slug.component("slug"), "sessions.ics"]
        case .sessionRequests(let slug): return base + [slug.component("slug"), "sessions", "requests"]
        case .session(let slug, let id): return base + [slug.component("slug"), "sessions", id.component("id")]
        case .sessionCancel(let slug, let id): return base + [slug.component("slug"), "sessions", id.component("id"), "cancel"]
        case .sessionAgenda(let slug, let id): return base + [slug.component("slug"), "sessions", id.component("id"), "agenda"]
        case .sessionAgendaItem(let slug, let id, let item):
            return base + [slug.component("slug"), "sessions", id.component("id"), "agenda", item.component("itemId")]
        case .sessionAttendance(let slug, let id): return base + [slug.component("slug"), "sessions", id.component("id"), "attendance"]
        case .sessionMotions(let slug, let id): return base + [slug.component("slug"), "sessions", id.component("id"), "motions"]
        case .sessionMinutes(let slug, let id): return base + [slug.component("slug"), "sessions", id.component("id"), "minutes"]
        case .sessionMinutesFinalise(let slug, let id): return base + [slug.component("slug"), "sessions", id.component("id"), "minutes", "finalize"]
        case .sessionMinutesSignatures(let slug, let id):
            return base + [slug.component("slug"), "sessions", id.component("id"), "minutes", "signatures"]
        case .motionVotes(let slug, let id): return base + [slug.component("slug"), "motions", id.component("id"), "votes"]
        case .motionClose(let slug, let id): return base + [slug.component("slug"), "motions", id.component("id"), "close"]
        case .proposals(let slug): return base + [slug.component("slug"), "proposals"]
        case .proposalDecline(let slug, let id): return base + [slug.component("slug"), "proposals", id.component("id"), "decline"]
        case .agreements(let slug): return base + [slug.component("slug"), "agreements"]
        case .agreement(let slug, let id): return base + [slug.component("slug"), "agreements", id.component("id")]
        case .archive(let slug): return base + [slug.component("slug"), "archive"]
        case .documents(let slug): return base + [slug.component("slug"), "documents"]
        case .document(let slug, let id): return base + [slug.component("slug"), "documents", id.component("id")]
        case .documentUpload(let slug, let kind, let target):
            return base + [slug.component("slug"), "documents", kind.component("kind"), target.component("targetID")]
        case .keys(let slug): return base + [slug.component("slug"), "keys"]
        case .archiveCheckpoint(let slug): return base + [slug.component("slug"), "archive", "checkpoint"]
        case .archiveCheckpoints(let slug): return base + [slug.component("slug"), "archive", "checkpoints"]
        case .platformKey: return ["api", "v1", "platform-key"]
        // Follow-up: agreements, action plan, finances and outreach.
        case .agreementsCSV(let slug): return base + [slug.component("slug"), "agreements.csv"]
        case .agreementNotes(let slug, let id): return base + [slug.component("slug"), "agreements", id.component("id"), "notes"]
        case .actionPlans(let slug): return base + [slug.component("slug"), "action-plans"]
        case .actionPlan(let slug, let id): return base + [slug.component("slug"), "action-plans", id.component("id")]
        case .planCommitments(let slug, let id): return base + [slug.component("slug"), "action-plans", id.component("id"), "commitments"]
        case .commitment(let slug, let id): return base + [slug.component("slug"), "commitments", id.component("id")]
        case .commitmentLevel(let slug, let id): return base + [slug.component("slug"), "commitments", id.component("id"), "level"]
        case .commitmentMilestones(let slug, let id): return base + [slug.component("slug"), "commitments", id.component("id"), "milestones"]
        case .milestone(let slug, let commitment, let id):
            return base + [slug.component("slug"), "commitments", commitment.component("id"), "milestones", id.component("milestoneId")]
        case .commitmentsCSV(let slug): return base + [slug.component("slug"), "commitments.csv"]
        case .milestonesCSV(let slug): return base + [slug.component("slug"), "milestones.csv"]
        case .expenses(let slug): return base + [slug.component("slug"), "expenses"]
        case .expensesCSV(let slug): return base + [slug.component("slug"), "expenses.csv"]
        case .expense(let slug, let id): return base + [slug.component("slug"), "expenses", id.component("id")]
        case .expenseAnnul(let slug, let id): return base + [slug.component("slug"), "expenses", id.component("id"), "annul"]
        case .outreach(let slug): return base + [slug.component("slug"), "outreach"]
        case .outreachCSV(let slug): return base + [slug.component("slug"), "outreach.csv"]
        case .followUp(let slug): return base + [slug.component("slug"), "followup"]
        case .nationalFollowUp: return ["api", "v1", "followup"]
        case .nationalCommitmentsCSV: return ["api", "v1", "commitments.csv"]
        case .nationalMilestonesCSV: return ["api", "v1", "milestones.csv"]
        case .nationalExpensesCSV: return ["api", "v1", "expenses.csv"]
        case .nationalOutreachCSV: return ["api", "v1", "outreach.csv"]
        }
    }

}
