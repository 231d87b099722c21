import Fluent
import SecretariadoCore
import Vapor

/// The installation roadmap: ten steps, their status and evidence, and step 10.
/// Reading is public; recording needs `.manageInstallation`, installing `.installSecretariat`.
struct InstallationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.installation(.key).pathComponents, use: roadmap)
        routes.get(SiteURL.installationStep(.key, .key).pathComponents, use: step)
        routes.post(SiteURL.installationStep(.key, .key).pathComponents, use: updateStep)
        routes.post(SiteURL.installationStepEvidence(.key, .key).pathComponents, use: addEvidence)
        routes.post(SiteURL.installationInstall(.key).pathComponents, use: install)
    }

    @Sendable func roadmap(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let model = RoadmapPage.Model(
            roadmap: try await InstallationRoadmap.load(stl, on: req.db),
            canManage: try await req.can(.manageInstallation(stl.requireID())),
            canInstall: try await req.can(.installSecretariat(stl.requireID())),
            saved: req.wasSaved)
        return HTMLPage(RoadmapPage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func step(req: Request) async throws -> HTMLPage {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let step = try InstallationWrites.step(try req.stepNumber())
        let roadmap = try await InstallationRoadmap.load(stl, on: req.db)
        let canManage = try await req.can(.manageInstallation(stl.requireID()))
        var model = StepPage.Model(roadmap: roadmap, step: step, canManage: canManage, saved: req.wasSaved)
        if let recordID = roadmap.records[step.number]?.id {
            model.attachments.append(
                try await AttachmentsSection.model(
                    req, kind: .installationStep, targetID: recordID, in: stl,
                    title: req.language == .es ? "Documentos del paso" : "Step documents"))
        } else {
            model.attachHint = canManage && roadmap.isInFormation
        }
        if step.number == 10 && roadmap.isHistorical {
            model.attachments.append(
                try await AttachmentsSection.model(
                    req, kind: .historicalActa, targetID: stl.requireID(), in: stl,
                    title: req.language == .es
                        ? "Acta de instalación histórica (escaneo del original)" : "Historical installation act (scan of the original)"))
        }
        return HTMLPage(StepPage.View(model: model, context: PageContext(req)).html)
    }

    @Sendable func updateStep(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.manageInstallation)
        let number = try req.stepNumber()
        _ = try await InstallationWrites.updateStep(
            number, with: try req.content.decode(InstallationStepInput.self), in: stl, by: req.auditActor, on: req.db)
        return req.savedRedirect(to: SiteURL.installationStep(.value(stl.slug), .value(number)).path)
    }

    @Sendable func addEvidence(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.manageInstallation)
        let number = try req.stepNumber()
        _ = try await InstallationWrites.addEvidence(
            toStep: number, try req.content.decode(InstallationEvidenceInput.self), in: stl, by: req.auditActor, on: req.db)
        return req.savedRedirect(to: SiteURL.installationStep(.value(stl.slug), .value(number)).path)
    }

    @Sendable func install(req: Request) async throws -> Response {
        let stl = try await req.stl(requiring: Permission.installSecretariat)
        try await InstallationWrites.install(try req.content.decode(InstallInput.self), in: stl, by: req.auditActor, now: req.now, on: req.db)
        return req.savedRedirect(to: SiteURL.installation(.value(stl.slug)).path)
    }
}

extension Request {
    func stepNumber() throws -> Int {
        guard let number = parameters.get("number", as: Int.self) else {
            throw AppError.notFound(Localized(es: "Los pasos van del 1 al 10.", en: "Steps go from 1 to 10."))
        }
        return number
    }
}
