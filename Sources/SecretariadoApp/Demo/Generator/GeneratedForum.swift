import Foundation
import SecretariadoCore

/// One generated STL's forum: its place, composition, rule, seats with holders (as models,
/// so the session code and `MinutesBuilder` can use them as they use loaded data), and the
/// facilitator. Everything comes from the STL's own random stream.
struct GeneratedForum {
    let number: Int
    let stl: Secretariat
    let charter: GovernanceMechanism
    let forum: ForumSeats
    let facilitatorName: String
    let installedOn: Date

    var rule: DecisionRule { charter.decision.rule }

    static func make(
        number: Int, installedOn: Date, maxRotations: Int, random: inout SeededRandom, ids: inout GeneratedIDs, into batch: inout GeneratedBatch
    ) -> GeneratedForum {
        let place = NationalNames.place(number)
        let (rule, ruleText) = Self.rule(&random)
        let stlID = ids.next()
        let stl = Secretariat(
            id: stlID, slug: slugify(place.name), name: place.name, level: place.level, state: place.state,
            status: .instalado, rule: rule, ruleText: ruleText, installedOn: installedOn)
        batch.secretariats.add([
            stlID, stl.slug, stl.name, stl.level.rawValue, stl.state, stl.status.rawValue,
            rule, ruleText, installedOn, installedOn, installedOn,
        ])
        for (position, sector) in Sector.guideSectors.enumerated() {
            batch.sectors.add([ids.next(), stlID, sector.code.rawValue, sector.name.es, sector.name.en, sector.voting, position])
        }
        let counts = composition(state: place.level == .estatal, &random)
        var seats: [Seat] = []
        for sector in SectorCode.guideSectors {
            for seatNumber in stride(from: 1, through: counts[sector] ?? 0, by: 1) {
                let seat = Seat(id: ids.next(), secretariatID: stlID, sector: sector.rawValue, number: seatNumber)
                batch.seats.add([seat.id!, stlID, seat.sector, seatNumber, installedOn])
                seat.$terms.value = holders(
                    of: seat, place: place, since: installedOn, maxRotations: maxRotations, random: &random, ids: &ids, into: &batch)
                seats.append(seat)
            }
        }
        let facilitator = person(&random)
        let facilitatorID = ids.next()
        batch.people.add([facilitatorID, facilitator, bind(nil as String?), bind(nil as String?), installedOn])
        batch.facilitatorTerms.add([
            ids.next(), stlID, facilitatorID, "Academia – \(random.pick(NationalNames.academies)) de \(place.state)",
            OrganizationKind.academia.rawValue, installedOn, bind(nil as Date?), bind(nil as String?), installedOn, stlID.uuidString,
        ])
        let charter = GovernanceMechanism.template(rule: rule, ruleText: ruleText)
        batch.governance.add([
            ids.next(), stlID, 1, charter, "Versión inicial del acta de instalación", "sistema", installedOn, CharterAmendment.Origin.acta.rawValue,
        ])
        return GeneratedForum(
            number: number, stl: stl, charter: charter,
            forum: ForumSeats(seats: seats.map(SeatHolders.init), nonVotingSectors: []),
            facilitatorName: facilitator, installedOn: installedOn)
    }

    /// Titular seats per sector. States have larger forums; most are balanced, some are
    /// not — as in the guide's Tabla 2 (Zacatecas 5-1-1).
    private static func composition(state: Bool, _ random: inout SeededRandom) -> [SectorCode: Int] {
        let base = state ? Int.random(in: 2...5, using: &random) : Int.random(in: 1...3, using: &random)
        var gobierno = base
        var sociedad = base
        switch Double.random(in: 0..<1, using: &random) {
        case ..<0.70: break
        case ..<0.85: gobierno += 1
        case ..<0.92: sociedad += 1
        default:
            gobierno = base + 3
            sociedad = 1
        }
        return [.gobierno: gobierno, .sociedadCivil: sociedad, .organismoGarante: state && random.chance(0.2) ? 2 : 1]
    }

    /// The decision schemes of Tabla 2 and two variants, in rough proportion.
    private static func rule(_ random: inout SeededRandom) -> (DecisionRule, String) {
        switch Double.random(in: 0..<1, using: &random) {
        case ..<0.60:
            return (DecisionRule(kind: .consensusThenMajority), "Consenso; en caso de disenso, mayoría simple de los presentes.")
        case ..<0.70:
            return (
                DecisionRule(kind: .consensusThenMajority, requireSectors: [.sociedadCivil]),
                "Consenso; en caso de disenso, mayoría simple con al menos un voto de sociedad civil."
            )
        case ..<0.80:
            return (
                DecisionRule(kind: .consensusThenMajority, requireEverySector: true),
                "Consenso; en caso de disenso, mayoría simple con al menos un voto de cada sector."
            )
        case ..<0.88:
            return (
                DecisionRule(kind: .consensusThenMajority, threshold: .twoThirds),
                "Consenso; en caso de disenso, mayoría de dos terceras partes de los presentes."
            )
        case ..<0.94:
            return (DecisionRule(kind: .consensus), "Por consenso.")
        default:
            return (
                DecisionRule(kind: .consensus, referToMesaTematica: true),
                "Por consenso; sin consenso, el asunto se turna a una mesa temática."
            )
        }
    }

    /// A seat's current titular (sometimes vacant), often a suplente, and for civil society
    /// the past holders of its rotation.
    private static func holders(
        of seat: Seat, place: (name: String, state: String, level: SecretariatLevel), since: Date, maxRotations: Int,
        random: inout SeededRandom, ids: inout GeneratedIDs, into batch: inout GeneratedBatch
    ) -> [SeatTerm] {
        let sector = SectorCode(seat.sector)
        let stlID = seat.$secretariat.id
        let (organizationName, kind, office): (String, OrganizationKind, String?) =
            switch sector {
            case .gobierno:
                (
                    "\(NationalNames.governmentBodies[(seat.number - 1) % NationalNames.governmentBodies.count]) de \(place.name)", .gobierno,
                    "Titular de la dependencia"
                )
            case .sociedadCivil: ("\(random.pick(NationalNames.civilSocietyKinds)) \(place.name) \(seat.number)", .sociedadCivil, nil)
            default:
                (
                    "Instituto de Transparencia y Acceso a la Información de \(place.state)", .organismoGarante,
                    seat.number == 1 ? "Comisionada presidenta" : "Comisionado"
                )
            }
        let organization = Organization(id: ids.next(), secretariatID: stlID, name: organizationName, kind: kind)
        batch.organizations.add([
            organization.id!, stlID, organizationName, kind.rawValue, bind(nil as String?), bind(nil as String?), bind(nil as String?), since,
        ])
        var terms: [SeatTerm] = []
        func term(_ role: HolderRole, starts: Date, ends: Date?, vacant: Bool = false) {
            var person: Person?
            if !vacant {
                person = Person(id: ids.next(), name: Self.person(&random))
                batch.people.add([person!.id!, person!.name, bind(nil as String?), bind(nil as String?), starts])
            }
            let term = SeatTerm(
                id: ids.next(), seatID: seat.id!, role: role, personID: person?.id, organizationID: organization.id,
                office: vacant ? nil : (role == .suplente ? "Suplente" : office), startsOn: starts, endsOn: ends,
                note: vacant ? "Vacante" : nil)
            term.$person.value = .some(person)
            term.$organization.value = .some(organization)
            batch.seatTerms.add([
                term.id!, seat.id!, role.rawValue, bind(person?.id), organization.id!, bind(term.office),
                starts, bind(ends), bind(term.note), starts, bind(term.currentSlot),
            ])
            terms.append(term)
        }
        // Civil society rotates every two years: the older holders are history.
        var start = since
        if sector == .sociedadCivil {
            for _ in 0..<Int.random(in: 0...min(3, maxRotations), using: &random) {
                let end = start.addingTimeInterval(730 * 86_400)
                term(.titular, starts: start, ends: end)
                start = end
            }
        }
        // A few titular seats are vacant, never a sector's only seat (the forum would lose
        // its quorum for good).
        term(.titular, starts: start, ends: nil, vacant: seat.number > 1 && random.chance(0.03))
        if random.chance(0.5) { term(.suplente, starts: start, ends: nil) }
        return terms
    }

    static func person(_ random: inout SeededRandom) -> String {
        "\(random.pick(NationalNames.givenNames)) \(random.pick(NationalNames.surnames)) \(random.pick(NationalNames.surnames))"
    }
}
