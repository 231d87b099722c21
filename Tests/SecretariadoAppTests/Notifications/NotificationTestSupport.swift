import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// A transport that keeps what it is given, or fails as told.
final class RecordingTransport: MailTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var _delivered: [MailMessage] = []
    var failure: MailDeliveryError?

    var delivered: [MailMessage] { lock.withLock { _delivered } }

    func deliver(_ message: MailMessage) async throws -> String {
        if let failure { throw failure }
        lock.withLock { _delivered.append(message) }
        return "250 2.0.0 Ok: queued"
    }
}

extension AppTestCase {
    func outbox(kind: NotificationKind? = nil) async throws -> [OutboxMessage] {
        var query = OutboxMessage.query(on: db).sort(\.$createdAt)
        if let kind { query = query.filter(\.$kind == kind.rawValue) }
        return try await query.all()
    }

    func setLanguage(_ language: Language, for user: User) async throws {
        try await NotificationPreference(userID: user.requireID(), language: language, modes: [:], at: Date()).create(on: db)
    }

    /// Every current seat term of the STL gets a person with a contact address (the demo
    /// names organisations only); returns the addresses.
    func giveMembersAddresses(_ slug: String) async throws -> [String] {
        let stl = try await Secretariat.find(slug: slug, on: db)
        let seats = try await SecretariadoApp.Seat.query(on: db).filter(\.$secretariat.$id == stl.requireID()).all()
        let terms = try await SeatTerm.query(on: db).filter(\.$seat.$id ~~ seats.compactMap(\.id)).all()
        var out: [String] = []
        for (index, term) in terms.enumerated() {
            let email = "persona\(index)@\(slug).mx"
            let person = Person(name: "Persona \(index)", email: email)
            try await person.create(on: db)
            term.$person.id = try person.requireID()
            try await term.save(on: db)
            if term.isCurrent { out.append(email) }
        }
        return out
    }
}
