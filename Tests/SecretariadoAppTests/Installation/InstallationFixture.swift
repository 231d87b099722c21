import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// An STL in formation set up through the services, for tests that start partway along
/// the path: a published call, validated organisations, an election.
struct InstallationFixture {
    let db: any Database
    let stl: Secretariat
    /// Each registered organisation's private receipt code, by name.
    let receipts = Receipts()

    final class Receipts: @unchecked Sendable {
        var codes: [String: String] = [:]
    }

    static func make(on db: any Database, slug: String = "campeche-demo") async throws -> InstallationFixture {
        let stl = try await SecretariatWrites.create(SecretariatInput(name: "Prueba \(slug)", slug: slug), by: .system, on: db)
        return InstallationFixture(db: db, stl: stl)
    }

    func publishCall() async throws {
        let today = CalendarDate.today()
        _ = try await OpenCallWrites.save(
            OpenCallInput(
                title: "Convocatoria", body: "Texto", opensOn: CalendarDate.format(today),
                closesOn: CalendarDate.format(today.addingTimeInterval(5 * 86_400))),
            in: stl, by: .system, now: Date(), on: db)
    }

    @discardableResult
    func register(_ name: String, kind: String = "sociedad_civil") async throws -> CallRegistration {
        let outcome = try await RegistrationWrites.register(
            CallRegistrationInput(
                organizationName: name, kind: kind, agendaKind: "sectorial", agenda: "Salud",
                evidenceLinks: "https://ejemplo.org/\(NameKey.make(name).replacingOccurrences(of: " ", with: "-"))",
                contactName: "Contacto", contactEmail: "contacto@\(NameKey.make(name).replacingOccurrences(of: " ", with: "")).example",
                privacyConsent: "si"),
            from: "fixture", in: stl, on: db)
        guard case .registered(let registration, let receipt) = outcome else { throw Abort(.internalServerError) }
        receipts.codes[registration.organizationName] = receipt
        return registration
    }

    @discardableResult
    func validate(_ registration: CallRegistration) async throws -> CallRegistration {
        try await OpenCallWrites.decide(registration.requireID(), RegistrationDecisionInput(decision: "validar"), in: stl, by: .system, on: db)
    }

    /// Validated organisations, an election, and the tokens each organisation opened
    /// through its receipt (nominations open).
    func election(organisations: [String], seats: Int = 1) async throws -> [String: String] {
        try await publishCall()
        for name in organisations { try await validate(try await register(name)) }
        _ = try await ElectionWrites.create(
            ElectionInput(
                seats: "\(seats)", method: "pluralidad",
                opensAt: InstallationFieldCheck.format(Date().addingTimeInterval(3600)),
                closesAt: InstallationFieldCheck.format(Date().addingTimeInterval(86_400))),
            in: stl, by: .system, on: db)
        var tokens: [String: String] = [:]
        for name in organisations { tokens[name] = try await reveal(name) }
        return tokens
    }

    /// The organisation's credential, opened once through its receipt.
    func reveal(_ organisation: String) async throws -> String {
        try await RegistrationReceipt.reveal(receipts.codes[organisation]!, in: stl, on: db).token
    }

    /// Each organisation nominates one person of its own; then voting opens.
    func nominateAndOpen(_ tokens: [String: String]) async throws -> [String: UUID] {
        var candidates: [String: UUID] = [:]
        for (organisation, token) in tokens.sorted(by: { $0.key < $1.key }) {
            let registration = try await CallRegistration.query(on: db).filter(\.$organizationName == organisation).first()!
            let candidate = try await BallotWrites.nominate(
                token: token, NominationInput(personName: "Persona de \(organisation)", registrationId: registration.id!.uuidString),
                in: stl, on: db)
            candidates[organisation] = candidate.id!
        }
        try await ElectionWrites.openVoting(in: stl, by: .system, on: db)
        return candidates
    }
}
