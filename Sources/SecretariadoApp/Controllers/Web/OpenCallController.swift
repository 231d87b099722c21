import Fluent
import SecretariadoCore
import Vapor

/// The open call (step 3): its public page, the registration form any organisation can
/// use without an account, and the guarantor's validation of the registrations.
struct OpenCallController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.installationCall(.key).pathComponents, use: show)
        routes.post(SiteURL.installationCall(.key).pathComponents, use: save)
        routes.post(SiteURL.installationCallClose(.key).pathComponents, use: close)
        routes.get(SiteURL.installationRegister(.key).pathComponents, use: registrationForm)
        routes.post(SiteURL.installationRegister(.key).pathComponents, use: register)
        routes.get(SiteURL.installationRegistrations(.key).pathComponents, use: registrations)
        routes.post(SiteURL.installationRegistrationDecision(.key, .key).pathComponents, use: decide)
    }

    @Sendable func show(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let id = try stl.requireID()
        let model = CallPage.Model(
            stl: stl, call: try await OpenCall.query(on: req.db).filter(\.$secretariat.$id == id).first(),
            registrations: try await CallRegistration.query(on: req.db).filter(\.$secretariat.$id == id)
                .sort(\.$organizationName).all(),
            canManage: try await req.can(.manageInstallation(id)), saved: req.wasSaved)
        return HTMLPage(CallPage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func save(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.manageInstallation)
        _ = try await OpenCallWrites.save(try req.content.decode(OpenCallInput.self), in: stl, by: req.auditActor, now: req.now, on: req.db)
        return req.savedRedirect(to: SiteURL.installationCall(.value(stl.slug)).path)
    }

    @Sendable func close(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.manageInstallation)
        try await OpenCallWrites.close(in: stl, by: req.auditActor, on: req.db)
        return req.savedRedirect(to: SiteURL.installationCall(.value(stl.slug)).path)
    }

    @Sendable func registrationForm(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        return try await registerPage(req, stl: stl, state: .form(input: nil, error: nil))
    }

    /// A mistake re-shows the form with what was typed and the message naming the field,
    /// with the error's status code: nobody retypes a whole registration.
    @Sendable func register(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let input = try req.content.decode(CallRegistrationInput.self)
        let source = req.remoteAddress?.ipAddress ?? "desconocida"
        do {
            let outcome = try await RegistrationWrites.register(input, from: source, in: stl, on: req.db)
            // A discarded (honeypot) sending gets a receipt like any other, that leads nowhere.
            let (name, receipt): (String, String) =
                switch outcome {
                case .registered(let registration, let receipt): (registration.organizationName, receipt)
                case .discarded: (input.organizationName ?? "", CredentialSeal.mintReceipt().code)
                }
            return try await registerPage(req, stl: stl, state: .received(name, receipt: receipt), status: .created)
        } catch let error as AppError {
            if case .tooManyRequests = error { throw error }
            // The form's own page again, with what was typed and the message by its field.
            req.formState = FormState(sentIn: req, problem: ErrorDescription(error, language: req.language))
            return try await registerPage(req, stl: stl, state: .form(input: input, error: nil), status: error.status)
        }
    }

    private func registerPage(_ req: Request, stl: Secretariat, state: RegisterPage.State, status: HTTPResponseStatus = .ok) async throws -> HTMLPage
    {
        let call = try await OpenCall.query(on: req.db).filter(\.$secretariat.$id == stl.requireID()).first()
        let model = RegisterPage.Model(stl: stl, call: call, state: state)
        return HTMLPage(RegisterPage.View(model: model, context: PageContext(req)).html, status: status)
    }

    @Sendable func registrations(req: Request) async throws -> HTMLPage {
        let stl = try await req.stl(requiring: Permission.manageInstallation)
        try await req.require(.readContactData(stl.requireID()))
        let registrations = try await CallRegistration.query(on: req.db).filter(\.$secretariat.$id == stl.requireID())
            .sort(\.$createdAt).all()
        var model = RegistrationsPage.Model(stl: stl, registrations: registrations, saved: req.wasSaved)
        let sections = try await AttachmentsSection.models(
            req, kind: .registration, targetIDs: registrations.compactMap(\.id), in: stl,
            title: { _ in req.language == .es ? "Documentos de la organización (privados)" : "The organisation's documents (private)" })
        model.documents = Dictionary(sections.map { ($0.targetID, $0) }, uniquingKeysWith: { a, _ in a })
        return HTMLPage(RegistrationsPage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func decide(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.manageInstallation)
        _ = try await OpenCallWrites.decide(
            try req.pathID(), try req.content.decode(RegistrationDecisionInput.self), in: stl, by: req.auditActor, on: req.db)
        return req.savedRedirect(to: SiteURL.installationRegistrations(.value(stl.slug)).path)
    }
}
