import Foundation

// Southern and south-eastern states of Tabla 2: Campeche, Oaxaca, Tabasco, Veracruz.

extension DemoCatalog {
    static let campeche = forum(
        "Campeche",
        seats: seats(2, 1, 1),
        rule: consensusThenMajority,
        ruleText: consensusThenMajorityText,
        holders: [
            // Tabla 3 alternates titular and ** suplente: seat 1 is the executive, seat 2
            // the Congress.
            government(
                1, organization: "Secretaría de Administración e Innovación Gubernamental del Estado de Campeche",
                office: "Secretario de Administración e Innovación Gubernamental"),
            government(1, .suplente, organization: "Secretaría de Gobierno del Estado de Campeche"),
            government(
                2, organization: "Congreso del Estado de Campeche",
                office: "Presidente de la Comisión de Transparencia y Acceso a la Información del Congreso del Estado de Campeche"),
            government(
                2, .suplente, organization: "Congreso del Estado de Campeche",
                office: "Presidente de la Comisión de Finanzas y Hacienda Pública del Congreso del Estado de Campeche"),
            civil(1, organization: "Visión de Mujer, Visión de Vida, A.C."),
            civil(1, .suplente, organization: "Creadores de Arte Popular del Estado de Campeche, A.C."),
            guarantor(
                "Comisión de Transparencia y Acceso a la Información Pública del Estado de Campeche",
                acronym: "COTAIPEC"),
        ],
        facilitator: facilitator("Andrés Hofmann Furth", origin: "Consultor", kind: .consultoria))

    static let oaxaca = forum(
        "Oaxaca",
        seats: seats(2, 2, 1),
        rule: consensusThenMajority,
        ruleText: consensusThenMajorityText,
        holders: [
            government(
                1, organization: "Secretaría de la Contraloría y Transparencia Gubernamental del Estado de Oaxaca",
                office: "Subsecretario de Transparencia y Participación Social de la Secretaría de la Contraloría y Transparencia Gubernamental"),
            // The guide names a municipal unit, not an office: kept as the body.
            government(
                2, organization: "Coordinación de Transparencia y Acceso a la Información Pública del Municipio de Oaxaca de Juárez"),
            civil(1, organization: "Solidaridad Internacional Kanda, A.C."),
            civil(2, organization: "Consejo de Colaboración Municipal de Oaxaca de Juárez"),
            guarantor(
                "Instituto de Acceso a la Información Pública y Protección de Datos Personales de Oaxaca",
                acronym: "IAIP Oaxaca"),
        ],
        facilitator: .vacant(note: facilitatorVacancyNote))

    static let tabasco = forum(
        "Tabasco",
        seats: seats(1, 1, 1),
        rule: consensusThenMajority,
        ruleText: consensusThenMajorityText,
        holders: [
            government(
                1, organization: "Coordinación General de Asuntos Jurídicos del Poder Ejecutivo del Estado de Tabasco",
                office: "Coordinador General de Asuntos Jurídicos del Poder Ejecutivo"),
            civil(1, organization: "Eges para el Desarrollo Social A.C."),
            guarantor(
                "Instituto Tabasqueño de Transparencia y Acceso a la Información Pública",
                acronym: "ITAIP"),
        ],
        facilitator: facilitator(
            "Gabriela Gallegos Sánchez",
            origin: "Academia – Universidad Autónoma Juárez de Tabasco", kind: .academia))

    static let veracruz = forum(
        "Veracruz",
        seats: seats(5, 2, 1),
        rule: DecisionRule(kind: .consensus, referToMesaTematica: true),
        ruleText: "Por consenso y a través de mesas temáticas de trabajo.",
        holders: [
            government(
                1, organization: "Contraloría General del Estado de Veracruz",
                office: "Director de Contraloría Social y Participación Ciudadana de la Contraloría General del Estado de Veracruz"),
            government(
                2, organization: "Servicios de Salud de Veracruz",
                office: "Encargada de Auditoría de los Servicios de Salud de Veracruz"),
            // "Titulares de las Unidades de Transparencia … de la Oficina de Fiscalización
            // Superior del Estado, del Municipio de Veracruz y de la Contraloría General del
            // Estado" is three holders, one per body, completing Tabla 2's five seats.
            government(
                3, organization: "Oficina de Fiscalización Superior del Estado de Veracruz",
                office: "Titular de la Unidad de Transparencia y Acceso a la Información Pública de la Oficina de Fiscalización Superior del Estado"),
            government(
                4, organization: "Municipio de Veracruz",
                office: "Titular de la Unidad de Transparencia y Acceso a la Información Pública del Municipio de Veracruz"),
            government(
                5, organization: "Contraloría General del Estado de Veracruz",
                office: "Titular de la Unidad de Transparencia y Acceso a la Información Pública de la Contraloría General del Estado"),
            civil(1, organization: "100 por Veracruz, A.C."),
            civil(2, organization: "Ciudadanos por Municipios Transparentes, A.C."),
            guarantor(
                "Instituto Veracruzano de Acceso a la Información y Protección de Datos Personales",
                acronym: "IVAI"),
        ],
        facilitator: facilitator(
            "Felipe Hevia de la Jara", origin: "Academia – CIESAS-Golfo", kind: .academia))
}
