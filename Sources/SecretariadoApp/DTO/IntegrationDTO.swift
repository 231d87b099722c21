import SecretariadoCore
import Vapor

/// Today's integration of an STL: whether every titular seat has its titular, and which do
/// not since when (`since` is `null` when the seat never had one). `balanced` beside it
/// keeps speaking of the seat design.
struct IntegrationDTO: Content {
    let complete: Bool
    let vacancies: [VacancyDTO]

    struct VacancyDTO: Content {
        let sector: String
        let seat: Int
        /// `YYYY-MM-DD`, the day the last titular term ended.
        let since: String?
    }

    init(_ integration: Integration) {
        complete = integration.isComplete
        vacancies = integration.vacancies.map {
            VacancyDTO(sector: $0.sector.rawValue, seat: $0.seat, since: $0.since.map(RecordTime.localDate))
        }
    }

    /// `since: null` must be written, not left out, so that clients can tell "since its
    /// creation" from a missing field.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(complete, forKey: .complete)
        try container.encode(vacancies, forKey: .vacancies)
    }

    private enum CodingKeys: String, CodingKey { case complete, vacancies }
}

extension IntegrationDTO.VacancyDTO {
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sector, forKey: .sector)
        try container.encode(seat, forKey: .seat)
        try container.encode(since, forKey: .since)
    }

    private enum CodingKeys: String, CodingKey { case sector, seat, since }
}
