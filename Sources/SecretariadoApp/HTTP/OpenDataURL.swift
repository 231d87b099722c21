import Vapor

/// The open-data URLs: files under `/api/v1` meant to be downloaded as they are.
enum OpenDataURL: Sendable {
    case catalog
    case secretariatsCSV
    case membersCSV
    case popolo(_ slug: Parameter<String>)
    case openAPI
    // Sessions, voting, minutes and archive.
    case agreementsCSV

    var pathComponents: [PathComponent] {
        switch self {
        case .catalog: ["api", "v1", "opendata"]
        case .secretariatsCSV: ["api", "v1", "secretariats.csv"]
        case .membersCSV: ["api", "v1", "members.csv"]
        case .popolo(let slug): ["api", "v1", "secretariats", slug.component("slug"), "popolo.json"]
        case .openAPI: ["openapi.json"]
        // Sessions, voting, minutes and archive.
        case .agreementsCSV: ["api", "v1", "agreements.csv"]
        }
    }

    var path: String { "/" + pathComponents.map(\.description).joined(separator: "/") }
}
