import Fluent
import SecretariadoCore
import Vapor

/// One use of resources by the STL (facilitator function 6), in exact centavos.
final class ExpenseRecord: Model, @unchecked Sendable {
    static let schema = "expenses"

    @ID(key: .id) var id: UUID?

    /// Invented by the demo loader (never set by a person's write): pages and exports say
    /// «Datos de demostración». Unset (NULL) on every record a person writes.
    @OptionalField(key: "demo") var demoMark: Bool?
    var isDemo: Bool { demoMark ?? false }
    @Parent(key: "secretariat_id") var secretariat: Secretariat
    @Field(key: "spent_on") var spentOn: Date
    @Field(key: "concept") var concept: String
    @Field(key: "amount_centavos") var amountCentavos: Int64
    /// Where the money came from: the guarantor body's budget, a grant, a contribution in kind…
    @Field(key: "source") var source: String
    @OptionalField(key: "receipt_url") var receiptURL: String?
    /// Who recorded it, by name.
    @Field(key: "recorded_by") var recordedBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    /// An annulled expense stays listed (marked, with its reason) but counts in no total.
    @OptionalField(key: "annulled_at") var annulledAt: Date?
    @OptionalField(key: "annul_reason") var annulReason: String?
    @OptionalField(key: "annulled_by") var annulledBy: String?

    init() {}

    init(secretariatID: UUID, spentOn: Date, concept: String, amount: MoneyMXN, source: String, receiptURL: String?, recordedBy: String) {
        self.$secretariat.id = secretariatID
        self.spentOn = spentOn
        self.concept = concept
        self.amountCentavos = amount.centavos
        self.source = source
        self.receiptURL = receiptURL
        self.recordedBy = recordedBy
    }

    var amount: MoneyMXN { MoneyMXN(centavos: amountCentavos) }

    var isAnnulled: Bool { annulledAt != nil }

    var expense: Expense { Expense(date: spentOn, concept: concept, amount: amount) }
}
