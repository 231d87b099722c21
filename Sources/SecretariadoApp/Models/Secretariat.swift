import Fluent
import SecretariadoCore
import Vapor

/// One STL: the forum of an entidad federativa or a municipality.
final class Secretariat: Model, @unchecked Sendable {
    static let schema = "secretariats"

    @ID(key: .id) var id: UUID?

    /// Invented by the demo loader (never set by a person's write): pages and exports say
    /// «Datos de demostración». Unset (NULL) on every record a person writes.
    @OptionalField(key: "demo") var demoMark: Bool?
    var isDemo: Bool { demoMark ?? false }
    /// Holds demo records (sessions, agreements, plans…) among the guide's real data.
    @OptionalField(key: "demo_records") var demoRecordsMark: Bool?
    var hasDemoRecords: Bool { isDemo || (demoRecordsMark ?? false) }
    @Field(key: "slug") var slug: String
    @Field(key: "name") var name: String
    @Field(key: "level") var level: SecretariatLevel
    /// The state it belongs to (for a municipal STL, the state of the municipality).
    @Field(key: "state") var state: String
    @Field(key: "status") var status: SecretariatStatus
    @Field(key: "rule") var rule: DecisionRule
    /// The decision rule as the STL words it (Tabla 2 for the demo).
    @Field(key: "rule_text") var ruleText: String
    @OptionalField(key: "installed_on") var installedOn: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Children(for: \.$secretariat) var sectors: [SectorRecord]
    @Children(for: \.$secretariat) var seats: [Seat]
    @Children(for: \.$secretariat) var organizations: [Organization]

    init() {}

    init(
        id: UUID? = nil, slug: String, name: String, level: SecretariatLevel, state: String,
        status: SecretariatStatus, rule: DecisionRule, ruleText: String, installedOn: Date? = nil
    ) {
        self.id = id
        self.slug = slug
        self.name = name
        self.level = level
        self.state = state
        self.status = status
        self.rule = rule
        self.ruleText = ruleText
        self.installedOn = installedOn
    }
}

enum SecretariatLevel: String, Codable, CaseIterable, Sendable {
    case estatal
    case municipal

    var label: Localized {
        switch self {
        case .estatal: Localized(es: "Estatal", en: "State")
        case .municipal: Localized(es: "Municipal", en: "Municipal")
        }
    }
}

enum SecretariatStatus: String, Codable, CaseIterable, Sendable {
    case enFormacion = "en_formacion"
    case instalado

    var label: Localized {
        switch self {
        case .enFormacion: Localized(es: "En formación", en: "Being formed")
        case .instalado: Localized(es: "Instalado", en: "Installed")
        }
    }
}
