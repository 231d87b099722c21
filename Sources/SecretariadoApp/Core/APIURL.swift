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
    // Governance and analysis (issue 3)
    case governance(_ slug: Parameter<String>)
    case governanceVersions(_ slug: Parameter<String>)
    case analysis
    // Installation of an STL (#6)
    case installation(_ slug: Parameter<String>)
    case installationPromoters(_ slug: Parameter<String>)
    case installationRegistrations(_ slug: Parameter<String>)
    case installationElection(_ slug: Parameter<String>)
    case installationResults(_ slug: Parameter<String>)

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
        case .governance(let slug): return base + [slug.component("slug"), "governance"]
        case .governanceVersions(let slug): return base + [slug.component("slug"), "governance", "versions"]
        case .analysis: return ["api", "v1", "analysis"]
        // Installation of an STL (#6)
        case .installation(let slug): return base + [slug.component("slug"), "installation"]
        case .installationPromoters(let slug): return base + [slug.component("slug"), "installation", "promoter-group"]
        case .installationRegistrations(let slug): return base + [slug.component("slug"), "installation", "registrations"]
        case .installationElection(let slug): return base + [slug.component("slug"), "installation", "election"]
        case .installationResults(let slug): return base + [slug.component("slug"), "installation", "election", "results"]
        }
    }

}
