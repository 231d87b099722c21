import Fluent
import SecretariadoCore
import Vapor

/// `/api/v1/secretariats/{slug}/installation/…`: the roadmap, the Grupo Promotor, the
/// registrations (public fields only) and the election; the count only after the close.
struct InstallationAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.installation(.key).pathComponents, use: roadmap).openAPI(.installationRoadmap)
        routes.get(APIURL.installationPromoters(.key).pathComponents, use: promoters).openAPI(.installationPromoterGroup)
        routes.get(APIURL.installationRegistrations(.key).pathComponents, use: registrations).openAPI(.installationRegistrations)
        routes.get(APIURL.installationElection(.key).pathComponents, use: election).openAPI(.installationElection)
        routes.get(APIURL.installationResults(.key).pathComponents, use: results).openAPI(.installationElectionResults)
    }

    @Sendable func roadmap(req: Request) async throws -> InstallationRoadmapDTO {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        return InstallationRoadmapDTO(try await InstallationRoadmap.load(stl, on: req.db), language: req.language)
    }

    struct PromoterGroupDTO: Content {
        let members: [PromoterMemberDTO]
        let workRoute: [WorkRouteActivityDTO]
    }

    @Sendable func promoters(req: Request) async throws -> PromoterGroupDTO {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let id = try stl.requireID()
        let includePrivate = try await req.can(.readContactData(id))
        let members = try await PromoterMember.query(on: req.db).filter(\.$secretariat.$id == id).sort(\.$name).all()
        let activities = try await WorkRouteActivity.query(on: req.db).filter(\.$secretariat.$id == id).sort(\.$startsOn).all()
        return PromoterGroupDTO(
            members: members.map { PromoterMemberDTO($0, includePrivate: includePrivate) },
            workRoute: activities.map(WorkRouteActivityDTO.init))
    }

    @Sendable func registrations(req: Request) async throws -> [RegistrationDTO] {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        return try await CallRegistration.query(on: req.db).filter(\.$secretariat.$id == stl.requireID())
            .sort(\.$organizationName).all().map(RegistrationDTO.init)
    }

    @Sendable func election(req: Request) async throws -> ElectionDTO {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        guard let election = try await ElectionWrites.latest(in: stl.requireID(), on: req.db) else { throw ElectionWrites.noElection }
        return ElectionDTO(try await ElectionCount.load(election, on: req.db), slug: stl.slug)
    }

    @Sendable func results(req: Request) async throws -> ElectionResultsDTO {
        let stl = try await req.stl()
        guard let election = try await ElectionWrites.latest(in: stl.requireID(), on: req.db) else { throw ElectionWrites.noElection }
        try await req.require(election.closedAt == nil ? .readElectionPartialResults(stl.requireID()) : .readPublic)
        return ElectionResultsDTO(try await ElectionCount.load(election, on: req.db), language: req.language)
    }
}
