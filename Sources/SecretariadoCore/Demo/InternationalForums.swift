import Foundation

/// A multi-stakeholder forum of Tabla 1 («Modelos de representación en espacios
/// multiactor»): the guide's examples of how other Open Government Partnership countries
/// and Mexico's federal STT share seats among sectors.
///
/// The guide gives only the seats. Their decision rules are not in it, so every forum here
/// carries consensus with a simple-majority fallback (`consensus_then_majority`, simple)
/// as a stand-in, the rule most STLs of Tabla 2 use. Analyses of these forums are about
/// composition, not about the rule they really follow.
public struct InternationalForum: Hashable, Sendable {
    /// "mexico-stt", "sierra-leona", "peru", "brasil".
    public var slug: String
    public var country: Localized
    /// The forum's name as Tabla 1 gives it after the country.
    public var name: Localized
    /// Every sector with seats, in display order; observers are `voting: false`.
    public var sectors: [Sector]
    public var composition: Composition
    /// Not from the guide: see the type's documentation.
    public var rule: DecisionRule
    /// Tabla 1's "Representantes" cell, verbatim (Spanish).
    public var representativesText: String
    /// Where the row comes from.
    public var sourceNote: String

    public init(
        slug: String, country: Localized, name: Localized, sectors: [Sector],
        composition: Composition, rule: DecisionRule, representativesText: String,
        sourceNote: String
    ) {
        self.slug = slug
        self.country = country
        self.name = name
        self.sectors = sectors
        self.composition = composition
        self.rule = rule
        self.representativesText = representativesText
        self.sourceNote = sourceNote
    }
}

/// Tabla 1's four forums, in the table's order.
public enum InternationalForums {
    /// Peru's chambers of commerce sit as their own sector.
    public static let camaras: SectorCode = "camaras"
    /// Peru's three observers: seated, never voting.
    public static let observadores: SectorCode = "observadores"

    /// Tabla 1's source line.
    public static let tableSource =
        "Velasco, Ernesto, Designing and Managing and OGP Multistakeholder Forum: A Practical Handbook with Guidelines and Ideas, Open Government Partnership, Washington, 2016."

    /// The stand-in rule for every forum of Tabla 1 (the guide does not give theirs).
    public static let assumedRule = DecisionRule(kind: .consensusThenMajority)

    public static let all: [InternationalForum] = [mexicoSTT, sierraLeona, peru, brasil]

    public static func forum(slug: String) -> InternationalForum? {
        all.first { $0.slug == slug }
    }

    public static let mexicoSTT = InternationalForum(
        slug: "mexico-stt",
        country: Localized(es: "México", en: "Mexico"),
        name: Localized(es: "Secretariado Técnico Tripartita", en: "Tripartite Technical Secretariat"),
        sectors: Sector.guideSectors,
        composition: Composition(seats: [.gobierno: 1, .sociedadCivil: 1, .organismoGarante: 1]),
        rule: assumedRule,
        representativesText:
            "Representación del Gobierno de la República Representación del Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (INAI) Representación del CCSC",
        // The presentation's footnote ¹ says who holds the three representations.
        sourceNote:
            "\(tableSource) Hasta mayo de 2017, el STT se integraba por el INAI, por la Secretaría de la Función Pública (SFP) en representación del Ejecutivo Federal, y por el CCSC, al cual se han adherido dos organizaciones más, Contraloría Ciudadana y Observatorio Nacional Ciudadano. La representación actual del CCSC está a cargo de Cultura Ecológica."
    )

    public static let sierraLeona = InternationalForum(
        slug: "sierra-leona",
        country: Localized(es: "Sierra Leona", en: "Sierra Leone"),
        name: Localized(
            es: "Comité Directivo de Gobierno Abierto", en: "Open Government Steering Committee"),
        sectors: [.gobierno, .sociedadCivil],
        composition: Composition(seats: [.gobierno: 17, .sociedadCivil: 17]),
        rule: assumedRule,
        representativesText: "17 representantes de gobierno 17 representantes de organizaciones de la sociedad civil",
        sourceNote: tableSource)

    public static let peru = InternationalForum(
        slug: "peru",
        country: Localized(es: "Perú", en: "Peru"),
        name: Localized(
            es: "Comisión Multisectorial de Gobierno Abierto",
            en: "Multisectoral Open Government Commission"),
        sectors: [
            .gobierno, .sociedadCivil,
            Sector(
                code: camaras,
                name: Localized(
                    es: "Cámaras industriales y de comercio",
                    en: "Chambers of industry and commerce")),
            Sector(
                code: observadores,
                name: Localized(es: "Observadores", en: "Observers"), voting: false),
        ],
        composition: Composition(
            seats: [.gobierno: 5, .sociedadCivil: 3, camaras: 1, observadores: 3],
            nonVoting: [observadores]),
        rule: assumedRule,
        representativesText:
            "5 representantes de gobierno 3 representantes de organizaciones de la sociedad civil 1 representante de cámaras industriales y de comercio 3 observadores: Defensoría del Pueblo, Contralor de la República y Comisión Anticorrupción",
        sourceNote: tableSource)

    public static let brasil = InternationalForum(
        slug: "brasil",
        country: Localized(es: "Brasil", en: "Brazil"),
        name: Localized(
            es: "Comité Interministerial de Gobierno Abierto",
            en: "Interministerial Open Government Committee"),
        sectors: [.gobierno, .sociedadCivil],
        composition: Composition(seats: [.gobierno: 18, .sociedadCivil: 10]),
        rule: assumedRule,
        representativesText: "18 representantes provenientes de los Ministerios de Gobierno 10 representantes de organizaciones de la sociedad civil",
        sourceNote: tableSource)
}
