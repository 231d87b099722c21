import SecretariadoCore

enum ManagePage {
    /// `/stl/{slug}/gestion`: the facilitator's (or guarantor's, or admin's) forms to keep
    /// the composition current, with the contact data only these roles may read. National
    /// coordination reads the same page without forms or contact data.
    struct Model {
        let detail: SecretariatDetail
        let saved: Bool
        /// The reader may change the composition: forms and «end term» buttons.
        let canEdit: Bool
        /// The reader may see people's e-mails and telephones.
        let showContacts: Bool
        /// Terms ending within 30 days, or over with nobody relieving their holder.
        let termWarnings: [TermEndWarning]
        /// The current facilitator's independence warnings, shown whoever named them.
        var facilitatorWarnings: [Localized] = []

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
