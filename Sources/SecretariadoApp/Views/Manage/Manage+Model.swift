import SecretariadoCore

enum ManagePage {
    /// `/stl/{slug}/gestion`: the facilitator's (or guarantor's, or admin's) forms to keep
    /// the composition current. Shows contact data, which only these roles may read.
    struct Model {
        let detail: SecretariatDetail
        let saved: Bool

        var slug: String { detail.secretariat.slug }

        /// "Gobierno 1" · "Government 1", in the page's language.
        func seatOptions(_ language: Language) -> [(String, String)] {
            detail.seats.map { holders in
                let sector = Sector.displayName(of: holders.sector)
                return (holders.seat.id!.uuidString, "\(sector[language]) \(holders.seat.number)")
            }
        }

        var organizationOptions: [(String, String)] {
            [("", "—")] + detail.organizations.map { ($0.id!.uuidString, $0.name) }
        }

        var currentTerms: [(SeatHolders, SeatTerm)] {
            detail.seats.flatMap { holders in [holders.titular, holders.suplente].compactMap { $0 }.map { (holders, $0) } }
        }
    }
}
