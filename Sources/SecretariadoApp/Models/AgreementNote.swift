import Fluent
import SecretariadoCore
import Vapor

/// A dated follow-up note on an acuerdo, with its evidence (facilitator function 5).
final class AgreementNote: Model, @unchecked Sendable {
    static let schema = "agreement_notes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "agreement_id") var agreement: Agreement
    /// The day the progress happened (Mexico City calendar).
    @Field(key: "noted_on") var notedOn: Date
    @Field(key: "text") var text: String
    @Field(key: "evidence_links") var evidenceLinks: [String]
    /// The status the note set, when it changed it.
    @OptionalField(key: "status") var status: AgreementStatus?
    /// Who wrote it, by name (never an e-mail: notes are public).
    @Field(key: "author") var author: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(agreementID: UUID, notedOn: Date, text: String, evidenceLinks: [String], status: AgreementStatus?, author: String) {
        self.$agreement.id = agreementID
        self.notedOn = notedOn
        self.text = text
        self.evidenceLinks = evidenceLinks
        self.status = status
        self.author = author
    }
}
