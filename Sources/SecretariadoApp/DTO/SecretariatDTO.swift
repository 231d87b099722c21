import SecretariadoCore
import Vapor

/// `GET /api/v1/secretariats/{slug}`: the STL with members, organisations and facilitator.
/// Contact data appear only for callers allowed to read them.
struct SecretariatDTO: Content {
    let slug: String
    let name: String
    let level: String
    let state: String
    let status: String
    let seats: [String: Int]
    let balanced: Bool
    let balanceExplanation: String
    let rule: DecisionRule
    let ruleText: String
    let sectors: [SectorDTO]
    let members: [MemberDTO]
    let organizations: [OrganizationDTO]
    let facilitator: FacilitatorDTO?
    let integration: IntegrationDTO
    let currentlyBalanced: Bool
    let integrationExplanation: String
    /// Present, and true, only when the whole STL is invented by the demo.
    let demo: Bool?
    /// Present, and true, when the STL holds records the demo invented.
    let demoRecords: Bool?

    init(_ detail: SecretariatDetail, includePrivate: Bool, language: Language) {
        let stl = detail.secretariat
        let composition = detail.composition
        let balance = BalanceCheck(composition)
        slug = stl.slug
        name = stl.name
        level = stl.level.rawValue
        state = stl.state
        status = stl.status.rawValue
        seats = Dictionary(uniqueKeysWithValues: composition.seats.map { ($0.key.rawValue, $0.value) })
        balanced = balance.isBalanced
        balanceExplanation = balance.explanation[language]
        rule = stl.rule
        ruleText = stl.ruleText
        sectors = detail.sectors.map(SectorDTO.init)
        members = detail.seats.flatMap { holders in
            (holders.seat.terms).map { MemberDTO($0, seat: holders.seat, includePrivate: includePrivate) }
        }
        organizations = detail.organizations.map { OrganizationDTO($0, includePrivate: includePrivate) }
        facilitator = detail.facilitator.map { FacilitatorDTO($0, includePrivate: includePrivate) }
        let integration = detail.integration
        self.integration = IntegrationDTO(integration)
        currentlyBalanced = integration.isCurrentlyBalanced
        integrationExplanation = integration.explanation[language]
        demo = stl.isDemo ? true : nil
        demoRecords = stl.hasDemoRecords ? true : nil
    }
}

struct SectorDTO: Content {
    let code: String
    let name: String
    let nameEn: String
    let voting: Bool

    init(_ sector: Sector) {
        code = sector.code.rawValue
        name = sector.name.es
        nameEn = sector.name.en
        voting = sector.voting
    }
}
