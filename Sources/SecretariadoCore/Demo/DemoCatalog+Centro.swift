import Foundation

// Central and western states of Tabla 2: Jalisco, Michoacán, Morelos, Tlaxcala.

extension DemoCatalog {
    static let jalisco = forum(
        "Jalisco",
        seats: seats(4, 4, 1),
        rule: DecisionRule(kind: .consensusThenMajority, requireSectors: [.sociedadCivil]),
        ruleText: "Por consenso y en caso de disenso se aplicará regla de mayoría, con al menos un voto de sociedad civil.",
        holders: [
            government(
                1, organization: "Poder Ejecutivo del Estado de Jalisco",
                office: "Gobernador Constitucional del Estado"),
            government(
                2, organization: "Supremo Tribunal de Justicia del Estado de Jalisco",
                office: "Magistrado Presidente del Supremo Tribunal de Justicia"),
            government(
                3, organization: "Congreso del Estado de Jalisco",
                office: "Presidencia de la Mesa Directiva del Congreso del Estado"),
            government(
                4, organization: "Municipio de Guadalajara", office: "Presidente Municipal de Guadalajara"),
            // Tabla 4's line names one office and two groups by kind («Empresarios»,
            // «Activistas Sociales»): three titulares for Tabla 2's four seats, so seat 4 is
            // vacant rather than filled by splitting a name into two invented organisations.
            civil(
                1, organization: "Instituto Tecnológico y de Estudios Superiores de Occidente",
                office: "Rector del Instituto Tecnológico y de Estudios Superiores de Occidente"),
            civil(2, organization: "Empresarios"),
            civil(3, organization: "Activistas Sociales"),
            guarantor(
                "Instituto de Transparencia, Información Pública y Protección de Datos Personales del Estado de Jalisco",
                acronym: "ITEI"),
        ],
        facilitator: .vacant(note: facilitatorVacancyNote))

    static let michoacan = forum(
        "Michoacán",
        seats: seats(1, 1, 1),
        rule: consensusThenMajority,
        ruleText: consensusThenMajorityText,
        holders: [
            government(1, organization: "Secretaría de la Contraloría del Estado de Michoacán"),
            civil(1, organization: "Fundación Ciudadana para el Desarrollo Integral del Estado de Michoacán A.C."),
            guarantor(
                "Instituto Michoacano de Transparencia, Acceso a la Información y Protección de Datos Personales",
                acronym: "IMAIP"),
        ],
        // Tabla 5 names one facilitator, and its footnote ** says each sector designated
        // one: the one named is recorded, and the note says he is one of several.
        facilitator: facilitator(
            "Medardo Serna González",
            origin: "Academia – Universidad Michoacana de San Nicolás de Hidalgo", kind: .academia,
            note: michoacanFacilitatorsNote))

    static let morelos = forum(
        "Morelos",
        seats: seats(2, 1, 1),
        rule: DecisionRule(kind: .consensusThenMajority, requireEverySector: true),
        ruleText: "Por consenso y en caso de disenso se aplicará regla de mayoría, con al menos un voto de cada sector.",
        holders: [
            government(
                1, organization: "Tribunal Electoral del Estado de Morelos",
                office: "Magistrado Presidente del Tribunal Electoral del Estado de Morelos"),
            government(
                2, organization: "Secretaría de Hacienda del Estado de Morelos",
                office: "Secretario de Hacienda del Estado de Morelos"),
            civil(1, organization: "COPARMEX Morelos"),
            guarantor("Instituto Morelense de Información Pública y Estadística", acronym: "IMIPE"),
        ],
        facilitator: facilitator("Luz Stella Vallejo", origin: "Academia - UAEMor", kind: .academia))

    static let tlaxcala = forum(
        "Tlaxcala",
        seats: seats(1, 1, 1),
        rule: consensusThenMajority,
        ruleText: consensusThenMajorityText,
        holders: [
            // Tabla 3, marked *: served 2015–2016.
            formerGovernment(
                1, organization: "Municipio de Ixtacuixtla de Mariano Matamoros",
                office: "Presidente Municipal de Ixtacuixtla de Mariano Matamoros"),
            civil(1, organization: "Unión General Obrero Campesina y Popular Independiente, A.C."),
            guarantor(
                "Instituto de Acceso a la Información Pública y Protección de Datos Personales del Estado de Tlaxcala",
                acronym: "IAIPTlaxcala"),
        ],
        facilitator: .vacant(note: facilitatorVacancyNote))
}
