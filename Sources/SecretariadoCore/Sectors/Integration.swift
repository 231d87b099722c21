import Foundation

/// The guide's first minimum requirement as a fact of today rather than of the design: it
/// asks for titulares who exist, so a titular seat nobody holds (a vacancy) fails it even
/// when the seats are balanced. The design stays `BalanceCheck`; this adds the people.
public struct Integration: Hashable, Sendable {
    /// One titular seat as today's integration sees it.
    public struct SeatState: Hashable, Sendable {
        public let sector: SectorCode
        public let number: Int
        public let hasTitular: Bool
        /// When its last titular term ended; `nil` when it never had one.
        public let lastTitularEnd: Date?

        public init(sector: SectorCode, number: Int, hasTitular: Bool, lastTitularEnd: Date? = nil) {
            self.sector = sector
            self.number = number
            self.hasTitular = hasTitular
            self.lastTitularEnd = lastTitularEnd
        }
    }

    /// A titular seat without a current titular.
    public struct Vacancy: Hashable, Sendable {
        public let sector: SectorCode
        public let seat: Int
        /// The day its last titular term ended; `nil` means vacant since the seat was created.
        public let since: Date?

        public init(sector: SectorCode, seat: Int, since: Date?) {
            self.sector = sector
            self.seat = seat
            self.since = since
        }
    }

    public let design: BalanceCheck
    /// Vacant seats, by sector (guide sectors first) and seat number.
    public let vacancies: [Vacancy]

    /// `design` is the seat composition; `seats` may list every seat or only the vacant ones
    /// (seats with a titular add nothing beyond the composition).
    public init(design: Composition, seats: [SeatState]) {
        self.design = BalanceCheck(design)
        vacancies = seats.filter { !$0.hasTitular }
            .map { Vacancy(sector: $0.sector, seat: $0.number, since: $0.lastTitularEnd) }
            .sorted { ($0.sector, $0.seat) < ($1.sector, $1.seat) }
    }

    /// Every titular seat has its titular.
    public var isComplete: Bool { vacancies.isEmpty }

    /// The requirement holds today: balanced seats, all held.
    public var isCurrentlyBalanced: Bool { design.isBalanced && isComplete }

    /// «Integrado: …», or «Con vacantes: sin titular de gobierno desde el 31 de diciembre de 2016; …».
    public var explanation: Localized {
        guard !isComplete else {
            return design.isBalanced
                ? Localized(
                    es: "Integrado: cada asiento titular tiene hoy su titular.",
                    en: "Fully staffed: every full seat has its full member today.")
                : Localized(
                    es: "Cada asiento titular tiene hoy su titular, pero el diseño de asientos no cumple el requisito.",
                    en: "Every full seat has its full member today, but the seat design does not meet the requirement.")
        }
        let es = vacancies.map { vacancy in
            "sin titular de \(Sector.displayName(of: vacancy.sector).es.lowercased())\(seatSuffix(vacancy, "asiento")) "
                + (vacancy.since.map { "desde el \(MexicanFormat.date($0, language: .es))" } ?? "desde su creación")
        }
        let en = vacancies.map { vacancy in
            "no full member for \(Sector.displayName(of: vacancy.sector).en.lowercased())\(seatSuffix(vacancy, "seat")) "
                + (vacancy.since.map { "since \(MexicanFormat.date($0, language: .en))" } ?? "since its creation")
        }
        return Localized(
            es: "Con vacantes: " + es.joined(separator: "; ") + ".",
            en: "With vacancies: " + en.joined(separator: "; ") + ".")
    }

    /// The seat number only when the sector has more than one vacancy, so that the usual
    /// single vacancy reads plainly.
    private func seatSuffix(_ vacancy: Vacancy, _ word: String) -> String {
        vacancies.filter { $0.sector == vacancy.sector }.count > 1 ? " (\(word) \(vacancy.seat))" : ""
    }
}
