import Foundation

/// The 16 STLs installed by September 2017, transcribed from the guide: Tabla 2 (seats and
/// decision rule), Tabla 3 (government representatives), Tabla 4 (civil-society
/// organisations) and Tabla 5 (facilitators).
///
/// Transcription rules, kept the same for every state so that reviewers can check them:
/// - Seats are Tabla 2's titular seats. Holders never exceed them; where the guide names
///   fewer titulares than seats, the remaining seats stay without holders (vacancies).
/// - Entries marked ** in Tablas 3 and 4 are suplentes of the titular they follow, and
///   share that titular's seat number.
/// - When the guide names an office, `office` keeps its wording and `organization` is the
///   body that office heads; when it names a body, `organization` keeps its wording.
///   Where the guide's wording leaves the state implicit ("Congreso del Estado"), the
///   organization is qualified with it, because the national views and the Popolo export
///   list organisations of every STL side by side.
/// - The guide does not name the organismo garante seat; it is filled with the state's
///   guarantor body as of 2017, with a note saying so.
/// - `note` holds only the guide's footnotes (plus the one judgement for San Luis Potosí's
///   second civil-society organisation, which says so itself).
///
/// The state definitions live in `DemoCatalog+Norte.swift`, `DemoCatalog+Centro.swift` and
/// `DemoCatalog+Sur.swift`, grouped by region only to keep files short.
public enum DemoCatalog {
    /// Tabla 2's rows, in the table's (alphabetical) order.
    public static let forums: [DemoForum] = [
        bajaCalifornia, campeche, coahuila, durango, jalisco, michoacan, morelos, nuevoLeon,
        oaxaca, sanLuisPotosi, sinaloa, sonora, tabasco, tlaxcala, veracruz, zacatecas,
    ]

    /// The demo STL with this slug ("san-luis-potosi"), if any.
    public static func forum(slug: String) -> DemoForum? {
        forums.first { $0.slug == slug }
    }
}

// MARK: - Shared wording

extension DemoCatalog {
    /// Tabla 2's wording for the rule most STLs adopted.
    static let consensusThenMajorityText =
        "Por consenso y en caso de disenso se aplicará regla de mayoría."

    /// Tabla 3, footnote *.
    static let governmentTermEndedNote = "Representante gubernamental durante 2015 y 2016."
    static let governmentTermEndedYear = 2016

    /// Tabla 4, footnote ***, worded for one organisation.
    static let originalMemberNote = "Integró originalmente el STL; no figura como titular vigente."

    /// Tabla 5, footnote **, worded for Michoacán's named facilitator.
    static let michoacanFacilitatorsNote =
        "Uno de los facilitadores: cada sector designó a uno, con la finalidad de agilizar el ejercicio; la guía solo nombra a este."

    /// The guide's tables describe the STLs «a septiembre de 2017»: a term the guide shows as
    /// past without a year ended before then.
    public static let tablesDate = (year: 2017, month: 9, day: 1)

    /// Tabla 4, footnote * (Coahuila).
    static let coahuilaRegionalNote =
        "Fungen como representantes regionales de la sociedad civil coahuilense"

    /// Tabla 5, footnote ****, worded for one STL.
    static let facilitatorVacancyNote = "Pendiente el proceso para nombrar a un nuevo facilitador."

    /// The English of the notes the demo stores in Spanish, so English pages show no
    /// Spanish sentence; `nil` for any other text (people's own words stay as written).
    public static func english(of note: String) -> String? {
        [
            facilitatorVacancyNote: "The process to appoint a new facilitator is pending.",
            coahuilaRegionalNote: "They act as regional representatives of Coahuila's civil society",
            guarantorNote: "Local guarantor body (not named in the guide)",
            originalMemberNote: "Integrated the STL originally; not listed as a current titular.",
            michoacanFacilitatorsNote: "One of the facilitators: each sector appointed one, to speed up the work; the guide names only this one.",
            "Fungió como facilitador durante 2016.": "Served as facilitator during 2016.",
        ][note]
    }

    /// The note on every organismo garante holder: the guide counts the seat but never
    /// names the body, so the catalog names it from outside the guide.
    static let guarantorNote = "Organismo garante local (no nombrado en la guía)"
}

// MARK: - Builders

extension DemoCatalog {
    /// Tabla 2's three columns, in its order: gobierno, sociedad civil, órgano garante.
    static func seats(_ gobierno: Int, _ sociedadCivil: Int, _ organismoGarante: Int)
        -> [SectorCode: Int]
    {
        [.gobierno: gobierno, .sociedadCivil: sociedadCivil, .organismoGarante: organismoGarante]
    }

    /// A Tabla 3 entry.
    static func government(
        _ seat: Int, _ role: HolderRole = .titular, organization: String, office: String? = nil,
        note: String? = nil, endedYear: Int? = nil
    ) -> DemoHolder {
        DemoHolder(
            sector: .gobierno, seat: seat, role: role, organization: organization,
            organizationKind: .gobierno, office: office, note: note, endedYear: endedYear)
    }

    /// A Tabla 3 entry marked *: in the STL during 2015 and 2016 only.
    static func formerGovernment(_ seat: Int, organization: String, office: String) -> DemoHolder {
        government(
            seat, organization: organization, office: office, note: governmentTermEndedNote,
            endedYear: governmentTermEndedYear)
    }

    /// A Tabla 4 entry. Every organisation of Tabla 4 is recorded with kind
    /// `sociedadCivil`, business chambers and universities included, because that is the
    /// sector the guide places them in.
    static func civil(
        _ seat: Int, _ role: HolderRole = .titular, organization: String, office: String? = nil,
        note: String? = nil, endedBeforeTables: Bool = false
    ) -> DemoHolder {
        DemoHolder(
            sector: .sociedadCivil, seat: seat, role: role, organization: organization,
            organizationKind: .sociedadCivil, office: office, note: note, endedBeforeTables: endedBeforeTables)
    }

    /// The organismo garante's single seat, named as "Full name (ACRONYM)".
    static func guarantor(_ fullName: String, acronym: String) -> DemoHolder {
        DemoHolder(
            sector: .organismoGarante, seat: 1, role: .titular,
            organization: "\(fullName) (\(acronym))", organizationKind: .organismoGarante,
            note: guarantorNote)
    }

    /// A Tabla 5 facilitator; `origin` is the "Procedencia" column verbatim, dashes included.
    static func facilitator(
        _ name: String, origin: String, kind: OrganizationKind, note: String? = nil, endedYear: Int? = nil
    ) -> DemoFacilitator {
        DemoFacilitator(name: name, origin: origin, originKind: kind, note: note, endedYear: endedYear)
    }

    /// A row of Tabla 2–5; the slug is derived from the name so both stay in step.
    static func forum(
        _ name: String, seats: [SectorCode: Int], rule: DecisionRule, ruleText: String,
        holders: [DemoHolder], facilitator: DemoFacilitator
    ) -> DemoForum {
        DemoForum(
            slug: slugify(name), name: name, seats: seats, rule: rule, ruleText: ruleText,
            holders: holders, facilitator: facilitator)
    }
}

// MARK: - Rules of Tabla 2

extension DemoCatalog {
    /// "Por consenso y en caso de disenso se aplicará regla de mayoría."
    static let consensusThenMajority = DecisionRule(kind: .consensusThenMajority)
}
