import SecretariadoCore
import Vapor

/// One row of `GET /api/v1/secretariats`: titular seats per sector keyed by
/// sector code, whether that seat design is balanced, and whether today's titulares fill
/// it (`integration`, `currentlyBalanced`).
struct SecretariatListItem: Content {
    let slug: String
    let name: String
    let level: String
    let status: String
    let seats: [String: Int]
    let balanced: Bool
    let url: String
    let integration: IntegrationDTO
    let currentlyBalanced: Bool
    /// Present, and true, only when the STL is invented by the demo / holds invented records.
    let demo: Bool?
    let demoRecords: Bool?

    init(_ summary: SecretariatSummary, demo snapshot: DemoContent.Snapshot) {
        slug = summary.slug
        name = summary.name
        level = summary.level.rawValue
        status = summary.status.rawValue
        seats = Dictionary(uniqueKeysWithValues: summary.composition.seats.map { ($0.key.rawValue, $0.value) })
        balanced = summary.balance.isBalanced
        url = APIURL.secretariat(.value(summary.slug)).path
        let integration = summary.integration
        self.integration = IntegrationDTO(integration)
        currentlyBalanced = integration.isCurrentlyBalanced
        demo = snapshot.invented.contains(summary.slug) ? true : nil
        demoRecords = snapshot.invented.contains(summary.slug) || snapshot.withRecords.contains(summary.slug) ? true : nil
    }
}

/// A page of a list: `items` plus where it is in the whole.
struct Page<Item: Content>: Content {
    let items: [Item]
    let metadata: Metadata

    struct Metadata: Content {
        let page: Int
        let per: Int
        let total: Int
    }
}
