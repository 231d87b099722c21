import Fluent
import SecretariadoCore
import Vapor

/// A sector of one STL. Each STL keeps its own rows so that forums like Peru's can add
/// sectors or non-voting observers without touching the others.
final class SectorRecord: Model, @unchecked Sendable {
    static let schema = "sectors"

    @ID(key: .id) var id: UUID?
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    @Field(key: "code") var code: String
    @Field(key: "name_es") var nameEs: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "voting") var voting: Bool
    @Field(key: "position") var position: Int

    init() {}

    init(secretariatID: UUID, sector: Sector, position: Int) {
        self.$secretariat.id = secretariatID
        self.code = sector.code.rawValue
        self.nameEs = sector.name.es
        self.nameEn = sector.name.en
        self.voting = sector.voting
        self.position = position
    }

    var sector: Sector {
        Sector(code: SectorCode(code), name: Localized(es: nameEs, en: nameEn), voting: voting)
    }
}
