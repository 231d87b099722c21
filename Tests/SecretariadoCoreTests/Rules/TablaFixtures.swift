import SecretariadoCore

/// The forums of the guide's Tabla 2 (the 16 STLs, September 2017) and Tabla 1 (other
/// multi-stakeholder forums), typed in here from the guide rather than taken from the demo
/// catalog, so that the tests check the code against the source.
enum Tabla {
    struct Forum {
        var name: String
        var seats: [SectorCode: Int]
        var observers: Set<SectorCode> = []
        var rule: DecisionRule

        var composition: Composition { Composition(seats: seats, nonVoting: observers) }
    }

    /// "Por consenso y en caso de disenso se aplicará regla de mayoría."
    static let consensusThenMajority = DecisionRule(kind: .consensusThenMajority)
    /// Jalisco: "… regla de mayoría, con al menos un voto de sociedad civil."
    static let jaliscoRule = DecisionRule(kind: .consensusThenMajority, requireSectors: [.sociedadCivil])
    /// Morelos and Sinaloa: "… con al menos un voto de cada sector."
    static let everySectorRule = DecisionRule(kind: .consensusThenMajority, requireEverySector: true)
    /// San Luis Potosí: "Por consenso."
    static let consensusOnly = DecisionRule(kind: .consensus)
    /// Veracruz: "Por consenso y a través de mesas temáticas de trabajo."
    static let veracruzRule = DecisionRule(kind: .consensus, referToMesaTematica: true)

    static func stl(_ name: String, _ gob: Int, _ osc: Int, _ og: Int, _ rule: DecisionRule = consensusThenMajority) -> Forum {
        Forum(name: name, seats: [.gobierno: gob, .sociedadCivil: osc, .organismoGarante: og], rule: rule)
    }

    static let dos: [Forum] = [
        stl("Baja California", 1, 5, 1),
        stl("Campeche", 2, 1, 1),
        stl("Coahuila", 1, 5, 1),
        stl("Durango", 1, 1, 1),
        stl("Jalisco", 4, 4, 1, jaliscoRule),
        stl("Michoacán", 1, 1, 1),
        stl("Morelos", 2, 1, 1, everySectorRule),
        stl("Nuevo León", 3, 3, 1),
        stl("Oaxaca", 2, 2, 1),
        stl("San Luis Potosí", 1, 1, 1, consensusOnly),
        stl("Sinaloa", 4, 3, 1, everySectorRule),
        stl("Sonora", 1, 1, 1),
        stl("Tabasco", 1, 1, 1),
        stl("Tlaxcala", 1, 1, 1),
        stl("Veracruz", 5, 2, 1, veracruzRule),
        stl("Zacatecas", 5, 1, 1),
    ]

    static func named(_ name: String) -> Forum { dos.first { $0.name == name }! }

    /// Tabla 1 gives compositions only; the tests apply the usual consensus → majority rule.
    static let uno: [Forum] = [
        Forum(
            name: "México – Secretariado Técnico Tripartita",
            seats: [.gobierno: 1, .organismoGarante: 1, .sociedadCivil: 1], rule: consensusThenMajority),
        Forum(name: "Sierra Leona", seats: [.gobierno: 17, .sociedadCivil: 17], rule: consensusThenMajority),
        Forum(
            name: "Perú",
            seats: [
                .gobierno: 5, .sociedadCivil: 3, "camaras": 1,
                "defensoria_del_pueblo": 1, "contraloria": 1, "comision_anticorrupcion": 1,
            ],
            observers: ["defensoria_del_pueblo", "contraloria", "comision_anticorrupcion"],
            rule: consensusThenMajority),
        Forum(name: "Brasil", seats: [.gobierno: 18, .sociedadCivil: 10], rule: consensusThenMajority),
    ]
}
