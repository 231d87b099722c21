import Foundation

// Northern states of Tabla 2: Baja California, Coahuila, Durango, Nuevo León,
// San Luis Potosí, Sinaloa, Sonora, Zacatecas.

extension DemoCatalog {
    static let bajaCalifornia = forum(
        "Baja California",
        seats: seats(1, 5, 1),
        rule: consensusThenMajority,
        ruleText: consensusThenMajorityText,
        holders: [
            // Tabla 3, marked *: the only government representative named served 2015–2016.
            formerGovernment(
                1, organization: "Congreso del Estado de Baja California",
                office: "Presidente de la Comisión de Transparencia y Participación Ciudadana del Congreso del Estado de Baja California"),
            // Tabla 4: three titulares, two of them followed by their ** suplente, and
            // CIMTRA (***): an organisation that integrated the STL originally, recorded as a
            // past term, not as a current titular. Seats 4 and 5 are vacant today.
            civil(1, organization: "Comisión Ciudadana de Derechos Humanos del Noroeste, A.C."),
            civil(1, .suplente, organization: "Trabajando por la Ciudad, A.C."),
            civil(2, organization: "Metrópoli – Index Frontera, A.C."),
            civil(2, .suplente, organization: "Centro de Capacitación y Recreación de Invidentes, A.C."),
            civil(3, organization: "Instituto para el Desarrollo de Administración Pública A.C."),
            civil(4, organization: "CIMTRA Coordinación Baja California", note: originalMemberNote, endedBeforeTables: true),
            guarantor(
                "Instituto de Transparencia, Acceso a la Información Pública y Protección de Datos Personales del Estado de Baja California",
                acronym: "ITAIPBC"),
        ],
        // Tabla 5, footnote *: served during 2016, so a past term; no successor is named.
        facilitator: facilitator(
            "Martín Vera Martínez", origin: "Academia – UABC", kind: .academia,
            note: "Fungió como facilitador durante 2016.", endedYear: 2016))

    static let coahuila = forum(
        "Coahuila",
        seats: seats(1, 5, 1),
        rule: consensusThenMajority,
        ruleText: consensusThenMajorityText,
        holders: [
            government(
                1, organization: "Secretaría de Fiscalización y Rendición de Cuentas del Estado de Coahuila",
                office: "Secretario de Fiscalización y Rendición de Cuentas"),
            // Tabla 4 names four organisations for five seats (seat 5 vacant); its footnote *
            // on the state applies to all of them.
            civil(1, organization: "Alianza Cívica Coahuila, A.C.", note: coahuilaRegionalNote),
            civil(2, organization: "Consejo Cívico de Instituciones de Coahuila", note: coahuilaRegionalNote),
            civil(3, organization: "CANACO", note: coahuilaRegionalNote),
            civil(4, organization: "Información y Participación Ciudadana, A.C.", note: coahuilaRegionalNote),
            guarantor("Instituto Coahuilense de Acceso a la Información Pública", acronym: "ICAI"),
        ],
        facilitator: facilitator(
            "Jesús Pimentel Martínez", origin: "Academia - UAdeC", kind: .academia))

    static let durango = forum(
        "Durango",
        seats: seats(1, 1, 1),
        rule: consensusThenMajority,
        ruleText: consensusThenMajorityText,
        holders: [
            government(1, organization: "Municipio de Durango", office: "Presidente Municipal de Durango"),
            government(
                1, .suplente, organization: "Secretaría de la Contraloría del Gobierno del Estado de Durango",
                office: "Secretario de la Contraloría del Gobierno del Estado"),
            civil(1, organization: "Consejo Ciudadano de Acceso a la Información Pública Municipal"),
            civil(1, .suplente, organization: "Consejo Coordinador Empresarial de Durango"),
            guarantor(
                "Instituto Duranguense de Acceso a la Información Pública y de Protección de Datos Personales",
                acronym: "IDAIP"),
        ],
        facilitator: facilitator(
            "Lorena Cazares", origin: "Academia – Colegio de Arquitectos", kind: .academia))

    static let nuevoLeon = forum(
        "Nuevo León",
        seats: seats(3, 3, 1),
        rule: consensusThenMajority,
        ruleText: consensusThenMajorityText,
        holders: [
            government(
                1, organization: "Coordinación Técnica de Gabinete y Eficiencia Gubernamental del Estado de Nuevo León",
                office: "Coordinador Técnico de Gabinete y Eficiencia Gubernamental"),
            government(
                2, organization: "H. Congreso del Estado de Nuevo León",
                office: "Presidente de la mesa directiva de la Septuagésima Cuarta Legislatura del H. Congreso del Estado"),
            // The magistrate presides over both the court and the Consejo de la Judicatura,
            // so the body is the judiciary as a whole.
            government(
                3, organization: "Poder Judicial del Estado de Nuevo León",
                office: "Magistrado Presidente del Tribunal Superior de Justicia y del Consejo de la Judicatura del estado de Nuevo León"),
            civil(1, organization: "Redes Quinto Poder"),
            civil(2, organization: "Cómo vamos Nuevo León"),
            civil(3, organization: "Codeando México"),
            guarantor(
                "Comisión de Transparencia y Acceso a la Información del Estado de Nuevo León",
                acronym: "COTAI"),
        ],
        facilitator: facilitator("Carmelo Cattafi", origin: "Academia – ITESM", kind: .academia))

    static let sanLuisPotosi = forum(
        "San Luis Potosí",
        seats: seats(1, 1, 1),
        rule: DecisionRule(kind: .consensus),
        ruleText: "Por consenso.",
        holders: [
            government(
                1, organization: "Contraloría General del Estado de San Luis Potosí",
                office: "Contralor General del Estado de San Luis Potosí"),
            government(
                1, .suplente, organization: "Municipio de San Luis Potosí",
                office: "Presidente Municipal de San Luis Potosí"),
            civil(1, organization: "Consejo Ciudadano de Transparencia de San Luis Potosí"),
            // Not marked ** in Tabla 4, but Tabla 2 gives one seat: the second organisation
            // can only be that seat's suplente.
            civil(
                1, .suplente, organization: "Industriales Potosinos, A.C.",
                note: "La guía enumera dos organizaciones para un solo asiento titular de sociedad civil; la segunda se registra como suplente."),
            guarantor(
                "Comisión Estatal de Garantía de Acceso a la Información Pública del Estado de San Luis Potosí",
                acronym: "CEGAIP"),
        ],
        facilitator: facilitator("Mario Eduardo Ibarra", origin: "Academia – UASLP", kind: .academia))

    static let sinaloa = forum(
        "Sinaloa",
        seats: seats(4, 3, 1),
        rule: DecisionRule(kind: .consensusThenMajority, requireEverySector: true),
        ruleText: "Por consenso y en caso de disenso se aplicará regla de mayoría. La mayoría debe considerar al menos un voto por cada sector.",
        holders: [
            // Tabla 3 runs four bodies together on one line; the first is printed
            // "Secretaria" (without accent) but the list is of bodies, so it is the Secretaría.
            government(1, organization: "Secretaría de Transparencia y Rendición de Cuentas del Estado de Sinaloa"),
            government(2, organization: "H. Congreso del Estado de Sinaloa"),
            government(3, organization: "Supremo Tribunal de Justicia del Estado de Sinaloa"),
            government(4, organization: "Instituto Electoral del Estado de Sinaloa (IEES)"),
            // Three titulares, then three ** suplentes, paired in order.
            civil(1, organization: "Iniciativa Sinaloa, A.C."),
            civil(2, organization: "Mexicanos Primero, Capítulo Sinaloa"),
            civil(3, organization: "Parlamento Ciudadano, A.C."),
            civil(1, .suplente, organization: "Confederación Patronal de la República Mexicana, (COPARMEX Sinaloa)"),
            civil(
                2, .suplente,
                organization: "Movimiento Interdisciplinario de Estudiantes y Egresados de la Universidad Autónoma de Sinaloa, MIUAS, A.C."),
            civil(3, .suplente, organization: "Vigilantes Ciudadanos por la Transparencia, A.C."),
            guarantor(
                "Comisión Estatal para el Acceso a la Información Pública del Estado de Sinaloa",
                acronym: "CEAIP"),
        ],
        facilitator: facilitator(
            "Ericka Cecilia Montoya Zavala", origin: "Academia - UAS", kind: .academia))

    static let sonora = forum(
        "Sonora",
        seats: seats(1, 1, 1),
        rule: consensusThenMajority,
        ruleText: consensusThenMajorityText,
        holders: [
            government(
                1, organization: "Secretaría de la Contraloría General del Estado de Sonora",
                office: "Secretario de la Contraloría General del Estado de Sonora"),
            civil(1, organization: "Sonora Ciudadana A.C."),
            guarantor(
                "Instituto Sonorense de Transparencia, Acceso a la Información Pública y Protección de Datos Personales",
                acronym: "ISTAI"),
        ],
        facilitator: facilitator(
            "Edgardo Carrillo", origin: "Organismo Garante – Dirección General de Difusión ISTAI",
            kind: .organismoGarante,
            note: "Su participación se oficializa por acuerdo del STL a partir de la salida del facilitador original."))

    static let zacatecas = forum(
        "Zacatecas",
        seats: seats(5, 1, 1),
        rule: consensusThenMajority,
        ruleText: consensusThenMajorityText,
        holders: [
            government(
                1, organization: "Secretaría de la Función Pública del Gobierno del Estado de Zacatecas",
                office: "Secretario de la Función Pública del Gobierno del Estado"),
            // "Titulares de la Unidad de Enlace … del Congreso del Estado y del Tribunal
            // Superior de Justicia del Estado" is two holders, one per body.
            government(
                2, organization: "Congreso del Estado de Zacatecas",
                office: "Titular de la Unidad de Enlace a la Información Pública del Congreso del Estado"),
            government(
                3, organization: "Tribunal Superior de Justicia del Estado de Zacatecas",
                office: "Titular de la Unidad de Enlace a la Información Pública del Tribunal Superior de Justicia del Estado"),
            government(
                4, organization: "Universidad Autónoma de Zacatecas",
                office: "Contralor Interno de la Universidad Autónoma de Zacatecas"),
            government(5, organization: "Municipio de Zacatecas", office: "Presidente Municipal de Zacatecas"),
            civil(1, organization: "Federación de Colegios y Asociaciones de Profesionistas de Zacatecas"),
            guarantor(
                "Instituto Zacatecano de Transparencia, Acceso a la Información y Protección de Datos Personales",
                acronym: "IZAI"),
        ],
        // Tabla 5 gives the facilitator's origin as the same federation that holds the
        // civil-society seat; transcribed as printed.
        facilitator: facilitator(
            "Fidel Álvarez González",
            origin: "Academia – Federación de Colegios y Asociaciones de Profesionistas", kind: .academia))
}
