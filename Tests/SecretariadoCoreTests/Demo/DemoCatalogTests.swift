import XCTest

@testable import SecretariadoCore

/// Checks the demo catalogue against the guide's Tablas 2–5. The expected values are
/// written out again here, from the guide, rather than derived from the catalogue.
final class DemoCatalogTests: XCTestCase {
    /// Tabla 2, row by row: (name, gobierno, sociedad civil, órgano garante).
    private let tabla2: [(name: String, gobierno: Int, sociedadCivil: Int, garante: Int)] = [
        ("Baja California", 1, 5, 1),
        ("Campeche", 2, 1, 1),
        ("Coahuila", 1, 5, 1),
        ("Durango", 1, 1, 1),
        ("Jalisco", 4, 4, 1),
        ("Michoacán", 1, 1, 1),
        ("Morelos", 2, 1, 1),
        ("Nuevo León", 3, 3, 1),
        ("Oaxaca", 2, 2, 1),
        ("San Luis Potosí", 1, 1, 1),
        ("Sinaloa", 4, 3, 1),
        ("Sonora", 1, 1, 1),
        ("Tabasco", 1, 1, 1),
        ("Tlaxcala", 1, 1, 1),
        ("Veracruz", 5, 2, 1),
        ("Zacatecas", 5, 1, 1),
    ]

    private let expectedSlugs = [
        "baja-california", "campeche", "coahuila", "durango", "jalisco", "michoacan", "morelos",
        "nuevo-leon", "oaxaca", "san-luis-potosi", "sinaloa", "sonora", "tabasco", "tlaxcala",
        "veracruz", "zacatecas",
    ]

    private func holders(_ forum: DemoForum, _ sector: SectorCode, _ role: HolderRole) -> [DemoHolder] {
        forum.holders.filter { $0.sector == sector && $0.role == role }
    }

    func testCatalogueListsTabla2RowsInOrderWithAccentedNames() {
        let names = DemoCatalog.forums.map(\.name)

        XCTAssertEqual(names, tabla2.map(\.name))
    }

    func testSlugsAreTheContractSlugsInOrder() {
        let slugs = DemoCatalog.forums.map(\.slug)

        XCTAssertEqual(slugs, expectedSlugs)
        XCTAssertEqual(Set(slugs).count, slugs.count, "slugs must be unique")
    }

    func testSeatCountsEqualTabla2() {
        for row in tabla2 {
            let forum = DemoCatalog.forums.first { $0.name == row.name }

            XCTAssertEqual(
                forum?.seats,
                [.gobierno: row.gobierno, .sociedadCivil: row.sociedadCivil, .organismoGarante: row.garante],
                row.name)
        }
    }

    func testTitularsPerSectorNeverExceedTheSectorSeats() {
        for forum in DemoCatalog.forums {
            for (sector, seats) in forum.seats {
                let titulares = holders(forum, sector, .titular)

                XCTAssertLessThanOrEqual(titulares.count, seats, "\(forum.name) \(sector)")
            }
        }
    }

    func testEveryHolderSitsInAnExistingSeatOfItsSector() {
        for forum in DemoCatalog.forums {
            for holder in forum.holders {
                let seats = forum.seats[holder.sector] ?? 0

                XCTAssertTrue(
                    (1...max(seats, 1)).contains(holder.seat) && seats > 0,
                    "\(forum.name): \(holder.organization) in seat \(holder.seat) of \(seats)")
            }
        }
    }

    func testEachSeatHasAtMostOneTitularAndOneSuplente() {
        for forum in DemoCatalog.forums {
            let keys = forum.holders.map { "\($0.sector)#\($0.seat)#\($0.role)" }

            XCTAssertEqual(Set(keys).count, keys.count, forum.name)
        }
    }

    /// Decision: a suplente always shares its seat with a named titular. The guide's **
    /// entries all follow a titular, so no seat has a suplente but no titular.
    func testEverySuplenteSharesItsSeatWithATitular() {
        for forum in DemoCatalog.forums {
            for suplente in forum.holders where suplente.role == .suplente {
                let titular = forum.holders.first {
                    $0.sector == suplente.sector && $0.seat == suplente.seat && $0.role == .titular
                }

                XCTAssertNotNil(titular, "\(forum.name): \(suplente.organization) has no titular")
            }
        }
    }

    func testHolderCountsPerSectorAndRoleMatchTablas3And4() {
        // (gobierno titulares, gobierno suplentes, sociedad civil titulares, sociedad civil suplentes)
        let expected: [String: [Int]] = [
            "baja-california": [1, 0, 4, 2],
            "campeche": [2, 2, 1, 1],
            "coahuila": [1, 0, 4, 0],
            "durango": [1, 1, 1, 1],
            "jalisco": [4, 0, 3, 0],
            "michoacan": [1, 0, 1, 0],
            "morelos": [2, 0, 1, 0],
            "nuevo-leon": [3, 0, 3, 0],
            "oaxaca": [2, 0, 2, 0],
            "san-luis-potosi": [1, 1, 1, 1],
            "sinaloa": [4, 0, 3, 3],
            "sonora": [1, 0, 1, 0],
            "tabasco": [1, 0, 1, 0],
            "tlaxcala": [1, 0, 1, 0],
            "veracruz": [5, 0, 2, 0],
            "zacatecas": [5, 0, 1, 0],
        ]

        for forum in DemoCatalog.forums {
            let counts = [
                holders(forum, .gobierno, .titular).count,
                holders(forum, .gobierno, .suplente).count,
                holders(forum, .sociedadCivil, .titular).count,
                holders(forum, .sociedadCivil, .suplente).count,
            ]

            XCTAssertEqual(counts, expected[forum.slug], forum.name)
        }
    }

    func testSeatsTheGuideLeavesUnnamedStayVacant() {
        let bajaCalifornia = DemoCatalog.forum(slug: "baja-california")!
        let coahuila = DemoCatalog.forum(slug: "coahuila")!

        let bajaSeat5 = bajaCalifornia.holders.filter { $0.sector == .sociedadCivil && $0.seat == 5 }
        let coahuilaSeat5 = coahuila.holders.filter { $0.sector == .sociedadCivil && $0.seat == 5 }

        XCTAssertTrue(bajaSeat5.isEmpty)
        XCTAssertTrue(coahuilaSeat5.isEmpty)
    }

    func testJaliscoCivilSocietyIsTheGuidesThreeEntriesAndSeatFourIsVacant() {
        let jalisco = DemoCatalog.forum(slug: "jalisco")!

        let civil = holders(jalisco, .sociedadCivil, .titular)

        // Tabla 4: «Rector del ITESO», «Empresarios», «Activistas Sociales»: one name, not two.
        XCTAssertEqual(
            civil.map(\.organization),
            [
                "Instituto Tecnológico y de Estudios Superiores de Occidente", "Empresarios", "Activistas Sociales",
            ])
        XCTAssertEqual(civil.map(\.seat), [1, 2, 3])
        XCTAssertFalse(jalisco.holders.contains { $0.organization == "Activistas" || $0.organization == "Sociales" })
    }

    func testCimtraIntegratedBajaCaliforniaOriginallyAndIsNotACurrentTitular() {
        let bajaCalifornia = DemoCatalog.forum(slug: "baja-california")!

        let cimtra = bajaCalifornia.holders.first { $0.organization.hasPrefix("CIMTRA") }!
        let currentCivil = bajaCalifornia.holders.filter { $0.sector == .sociedadCivil && $0.role == .titular && $0.isCurrent }

        XCTAssertFalse(cimtra.isCurrent)
        XCTAssertTrue(cimtra.endedBeforeTables)
        XCTAssertEqual(currentCivil.count, 3)
    }

    func testBajaCaliforniasFacilitatorServedIn2016Only() {
        let bajaCalifornia = DemoCatalog.forum(slug: "baja-california")!

        XCTAssertEqual(bajaCalifornia.facilitator.endedYear, 2016)
        XCTAssertEqual(DemoCatalog.forums.filter { $0.facilitator.endedYear != nil }.map(\.slug), ["baja-california"])
    }

    func testSuplentesArePairedWithTheTitularTheyFollow() {
        func pair(_ slug: String, _ sector: SectorCode, _ seat: Int) -> [String] {
            let forum = DemoCatalog.forum(slug: slug)!
            return [HolderRole.titular, .suplente].compactMap { role in
                forum.holders.first { $0.sector == sector && $0.seat == seat && $0.role == role }
                    .map { $0.office ?? $0.organization }
            }
        }

        XCTAssertEqual(
            pair("campeche", .gobierno, 1),
            ["Secretario de Administración e Innovación Gubernamental", "Secretaría de Gobierno del Estado de Campeche"])
        XCTAssertEqual(
            pair("campeche", .gobierno, 2),
            [
                "Presidente de la Comisión de Transparencia y Acceso a la Información del Congreso del Estado de Campeche",
                "Presidente de la Comisión de Finanzas y Hacienda Pública del Congreso del Estado de Campeche",
            ])
        XCTAssertEqual(
            pair("durango", .gobierno, 1),
            ["Presidente Municipal de Durango", "Secretario de la Contraloría del Gobierno del Estado"])
        XCTAssertEqual(
            pair("san-luis-potosi", .gobierno, 1),
            ["Contralor General del Estado de San Luis Potosí", "Presidente Municipal de San Luis Potosí"])
        XCTAssertEqual(
            pair("san-luis-potosi", .sociedadCivil, 1),
            ["Consejo Ciudadano de Transparencia de San Luis Potosí", "Industriales Potosinos, A.C."])
        XCTAssertEqual(
            pair("sinaloa", .sociedadCivil, 1),
            ["Iniciativa Sinaloa, A.C.", "Confederación Patronal de la República Mexicana, (COPARMEX Sinaloa)"])
        XCTAssertEqual(
            pair("sinaloa", .sociedadCivil, 2),
            [
                "Mexicanos Primero, Capítulo Sinaloa",
                "Movimiento Interdisciplinario de Estudiantes y Egresados de la Universidad Autónoma de Sinaloa, MIUAS, A.C.",
            ])
        XCTAssertEqual(
            pair("sinaloa", .sociedadCivil, 3),
            ["Parlamento Ciudadano, A.C.", "Vigilantes Ciudadanos por la Transparencia, A.C."])
    }

    func testOnlyBajaCaliforniaAndTlaxcalaHaveGovernmentRepresentativesWhoServedUntil2016() {
        let ended = DemoCatalog.forums.filter { forum in
            forum.holders.contains { $0.endedYear == 2016 }
        }

        XCTAssertEqual(ended.map(\.slug), ["baja-california", "tlaxcala"])
        for forum in ended {
            let holder = forum.holders.first { $0.endedYear != nil }!
            XCTAssertEqual(holder.sector, .gobierno)
            XCTAssertEqual(holder.note, "Representante gubernamental durante 2015 y 2016.")
        }
    }

    func testEveryForumNamesItsGuarantorBodyAndSaysTheGuideDoesNot() {
        for forum in DemoCatalog.forums {
            let garantes = forum.holders.filter { $0.sector == .organismoGarante }

            XCTAssertEqual(garantes.count, 1, forum.name)
            XCTAssertEqual(garantes.first?.organizationKind, .organismoGarante, forum.name)
            XCTAssertEqual(garantes.first?.role, .titular, forum.name)
            XCTAssertEqual(garantes.first?.note, "Organismo garante local (no nombrado en la guía)", forum.name)
        }
    }

    func testHoldersCarryTheKindOfTheirSector() {
        for forum in DemoCatalog.forums {
            for holder in forum.holders {
                XCTAssertEqual(holder.organizationKind.naturalSector, holder.sector, forum.name)
            }
        }
    }

    func testFacilitatorVacanciesAreExactlyJaliscoOaxacaAndTlaxcala() {
        let vacant = DemoCatalog.forums.filter(\.facilitator.isVacant)

        XCTAssertEqual(vacant.map(\.slug), ["jalisco", "oaxaca", "tlaxcala"])
        for forum in vacant {
            XCTAssertEqual(
                forum.facilitator.note, "Pendiente el proceso para nombrar a un nuevo facilitador.")
        }
    }

    func testFacilitatorsMatchTabla5() {
        let expected: [String: (name: String, origin: String, kind: OrganizationKind)] = [
            "baja-california": ("Martín Vera Martínez", "Academia – UABC", .academia),
            "campeche": ("Andrés Hofmann Furth", "Consultor", .consultoria),
            "coahuila": ("Jesús Pimentel Martínez", "Academia - UAdeC", .academia),
            "durango": ("Lorena Cazares", "Academia – Colegio de Arquitectos", .academia),
            "michoacan": ("Medardo Serna González", "Academia – Universidad Michoacana de San Nicolás de Hidalgo", .academia),
            "morelos": ("Luz Stella Vallejo", "Academia - UAEMor", .academia),
            "nuevo-leon": ("Carmelo Cattafi", "Academia – ITESM", .academia),
            "san-luis-potosi": ("Mario Eduardo Ibarra", "Academia – UASLP", .academia),
            "sinaloa": ("Ericka Cecilia Montoya Zavala", "Academia - UAS", .academia),
            "sonora": ("Edgardo Carrillo", "Organismo Garante – Dirección General de Difusión ISTAI", .organismoGarante),
            "tabasco": ("Gabriela Gallegos Sánchez", "Academia – Universidad Autónoma Juárez de Tabasco", .academia),
            "veracruz": ("Felipe Hevia de la Jara", "Academia – CIESAS-Golfo", .academia),
            "zacatecas": ("Fidel Álvarez González", "Academia – Federación de Colegios y Asociaciones de Profesionistas", .academia),
        ]

        for forum in DemoCatalog.forums where !forum.facilitator.isVacant {
            let row = expected[forum.slug]

            XCTAssertEqual(forum.facilitator.name, row?.name, forum.name)
            XCTAssertEqual(forum.facilitator.origin, row?.origin, forum.name)
            XCTAssertEqual(forum.facilitator.originKind, row?.kind, forum.name)
        }
        XCTAssertEqual(expected.count + 3, DemoCatalog.forums.count)
    }

    func testFacilitatorFootnotesOfTabla5() {
        let notes = Dictionary(
            uniqueKeysWithValues: DemoCatalog.forums.compactMap { forum in
                forum.facilitator.isVacant ? nil : forum.facilitator.note.map { (forum.slug, $0) }
            })

        XCTAssertEqual(
            notes,
            [
                "baja-california": "Fungió como facilitador durante 2016.",
                "michoacan":
                    "Uno de los facilitadores: cada sector designó a uno, con la finalidad de agilizar el ejercicio; la guía solo nombra a este.",
                "sonora": "Su participación se oficializa por acuerdo del STL a partir de la salida del facilitador original.",
            ])
    }

    func testDecisionRulesFollowTabla2() {
        let rules = Dictionary(uniqueKeysWithValues: DemoCatalog.forums.map { ($0.slug, $0.rule) })

        for slug in expectedSlugs where !["jalisco", "morelos", "sinaloa", "san-luis-potosi", "veracruz"].contains(slug) {
            XCTAssertEqual(rules[slug], DecisionRule(kind: .consensusThenMajority), slug)
        }
        XCTAssertEqual(rules["jalisco"], DecisionRule(kind: .consensusThenMajority, requireSectors: [.sociedadCivil]))
        XCTAssertEqual(rules["morelos"], DecisionRule(kind: .consensusThenMajority, requireEverySector: true))
        XCTAssertEqual(rules["sinaloa"], DecisionRule(kind: .consensusThenMajority, requireEverySector: true))
        XCTAssertEqual(rules["san-luis-potosi"], DecisionRule(kind: .consensus))
        XCTAssertEqual(rules["veracruz"], DecisionRule(kind: .consensus, referToMesaTematica: true))
    }

    func testRuleTextsAreTabla2Wording() {
        let texts = Dictionary(uniqueKeysWithValues: DemoCatalog.forums.map { ($0.slug, $0.ruleText) })
        let usual = "Por consenso y en caso de disenso se aplicará regla de mayoría."

        XCTAssertEqual(texts["jalisco"], "Por consenso y en caso de disenso se aplicará regla de mayoría, con al menos un voto de sociedad civil.")
        XCTAssertEqual(texts["morelos"], "Por consenso y en caso de disenso se aplicará regla de mayoría, con al menos un voto de cada sector.")
        XCTAssertEqual(
            texts["sinaloa"],
            "Por consenso y en caso de disenso se aplicará regla de mayoría. La mayoría debe considerar al menos un voto por cada sector.")
        XCTAssertEqual(texts["san-luis-potosi"], "Por consenso.")
        XCTAssertEqual(texts["veracruz"], "Por consenso y a través de mesas temáticas de trabajo.")
        XCTAssertEqual(texts.values.filter { $0 == usual }.count, 11)
    }

    func testLookupBySlugFindsTheForumAndRejectsUnknownSlugs() {
        let found = DemoCatalog.forum(slug: "san-luis-potosi")
        let missing = DemoCatalog.forum(slug: "chihuahua")

        XCTAssertEqual(found?.name, "San Luis Potosí")
        XCTAssertNil(missing)
    }

    func testBalanceReflectsTabla2() {
        let balanced = DemoCatalog.forums.filter { BalanceCheck($0.composition).isBalanced }.map(\.slug)

        XCTAssertEqual(
            balanced,
            ["durango", "jalisco", "michoacan", "nuevo-leon", "oaxaca", "san-luis-potosi", "sonora", "tabasco", "tlaxcala"])
    }
}
