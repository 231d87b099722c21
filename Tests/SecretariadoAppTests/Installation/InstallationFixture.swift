import Fluent
@testable import SecretariadoApp
import SecretariadoCore
import XCTVapor
import XCTest

/// An STL in formation set up through the services, for tests that start partway along
/// the path: a published call, validated organisations, an election.
struct InstallationFixture {
    let db: any Database
    let stl: Secretariat

    static func make(on db: any Database, slug: String = "campeche-demo") async throws -> InstallationFixture {
        let stl = try await SecretariatWrites.create(SecretariatInput(name: "Prueba \(slug)", slug: slug), by: .system, on: db)
        return InstallationFixture(db: db, stl: stl)
    }

    func publishCall() async throws {
        let today = CalendarDate.today()
        _ = try await OpenCallWrites.save(
            OpenCallInput(title: "Convocatoria", body: "Texto", opensOn: CalendarDate.format(today),
                          closesOn: CalendarDate.format(today.addingTimeInterval(5 * 86_400))),
            in: stl, by: .system, on: db)
    }

    @discardableResult
    func register(_ name: String, kind: String = "sociedad_civil") async throws -> CallRegistration {
        let outcome = try await RegistrationWrites.register(
            CallRegistrationInput(organizationName: name, kind: kind, agendaKind: "sectorial", agenda: "Salud",
                                  evidenceLinks: "https://ejemplo.org/\(NameKey.make(name).replacingOccurrences(of: " ", with: "-"))",
                                  contactName: "Contacto", contactEmail: "contacto@\(NameKey.make(name).replacingOccurrences(of: " ", with: "")).example",
                                  privacyConsent: "si"),
            from: "fixture", in: stl, on: db)
        guard case .registered(let registration) = outcome else { throw Abort(.internalServerError) }
        return registration
    }

    @discardableResult
    func validate(_ registration: CallRegistration) async throws -> CallRegistration {
        try await OpenCallWrites.decide(registration.requireID(), RegistrationDecisionInput(decision: "validar"), in: stl, by: .system, on: db)
    }

    /// Validated organisations, an election with their tokens (nominations open).
    func election(organisations: [String], seats: Int = 1) async throws -> [String: String] {
        try await publishCall()
        for name in organisations { try await validate(try await register(name)) }
        let (_, issued) = try await ElectionWrites.create(
            ElectionInput(seats: "\(seats)", method: "pluralidad",
                          opensAt: InstallationFieldCheck.format(Date().addingTimeInterval(3600)),
                          closesAt: InstallationFieldCheck.format(Date().addingTimeInterval(86_400))),
            in: stl, by: .system, on: db)
        return Dictionary(uniqueKeysWithValues: issued.map { ($0.organizationName, $0.token) })
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
