import Fluent
import SecretariadoCore
import Vapor

/// CRUD of an STL's organisations, seats and members for those allowed to edit its
/// composition (`.editComposition`); reads are public.
struct CompositionAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.organizations(.key).pathComponents, use: organizations).openAPI(.listOrganizations)
        routes.post(APIURL.organizations(.key).pathComponents, use: createOrganization).openAPI(.createOrganization)
        routes.put(APIURL.organization(.key, .key).pathComponents, use: updateOrganization).openAPI(.updateOrganization)
        routes.delete(APIURL.organization(.key, .key).pathComponents, use: deleteOrganization).openAPI(.deleteOrganization)
        routes.get(APIURL.seats(.key).pathComponents, use: seats).openAPI(.listSeats)
        routes.post(APIURL.seats(.key).pathComponents, use: createSeat).openAPI(.createSeat)
        routes.delete(APIURL.seat(.key, .key).pathComponents, use: deleteSeat).openAPI(.deleteSeat)
        routes.get(APIURL.members(.key).pathComponents, use: members).openAPI(.listMembers)
        routes.post(APIURL.members(.key).pathComponents, use: appoint).openAPI(.appointMember)
        routes.patch(APIURL.member(.key, .key).pathComponents, use: updateMember).openAPI(.updateMember)
        routes.delete(APIURL.member(.key, .key).pathComponents, use: endMember).openAPI(.endMember)
        routes.get(APIURL.sectors(.key).pathComponents, use: sectors).openAPI(.listSectors)
        routes.post(APIURL.sectors(.key).pathComponents, use: createSector).openAPI(.createSector)
        routes.delete(APIURL.sector(.key, .key).pathComponents, use: deleteSector).openAPI(.deleteSector)
    }

    // MARK: sectors

    @Sendable func sectors(req: Request) async throws -> [SectorDTO] {
        try await req.require(.readPublic)
        return try await SecretariatDetail.load(slug: try req.parameters.require("slug"), on: req.db).sectors.map(SectorDTO.init)
    }

    @Sendable func createSector(req: Request) async throws -> Response {
        let stl = try await editable(req)
        let sector = try await SectorWrites.create(try req.content.decode(SectorInput.self), in: stl, by: req.auditActor, on: req.db)
        return try await SectorDTO(sector.sector).encodeResponse(status: .created, for: req)
    }

    @Sendable func deleteSector(req: Request) async throws -> HTTPStatus {
        let stl = try await editable(req)
        try await SectorWrites.delete(code: try req.parameters.require("code"), in: stl, by: req.auditActor, on: req.db)
        return .noContent
    }

    // MARK: organisations

    @Sendable func organizations(req: Request) async throws -> [OrganizationDTO] {
        try await req.require(.readPublic)
        let detail = try await SecretariatDetail.load(slug: try req.parameters.require("slug"), on: req.db)
        let includePrivate = try await req.can(.readContactData(detail.id))
        return detail.organizations.map { OrganizationDTO($0, includePrivate: includePrivate) }
    }

    @Sendable func createOrganization(req: Request) async throws -> Response {
        let stl = try await editable(req)
        let organization = try await OrganizationWrites.create(
            try req.content.decode(OrganizationInput.self), in: stl, by: req.auditActor, on: req.db)
        return try await OrganizationDTO(organization, includePrivate: true).encodeResponse(status: .created, for: req)
    }

    @Sendable func updateOrganization(req: Request) async throws -> OrganizationDTO {
        let stl = try await editable(req)
        let organization = try await OrganizationWrites.update(
            try id(req), with: try req.content.decode(OrganizationInput.self), in: stl, by: req.auditActor, on: req.db)
        return OrganizationDTO(organization, includePrivate: true)
    }

    @Sendable func deleteOrganization(req: Request) async throws -> HTTPStatus {
        let stl = try await editable(req)
        try await OrganizationWrites.delete(try id(req), in: stl, by: req.auditActor, on: req.db)
        return .noContent
    }

    // MARK: seats

    @Sendable func seats(req: Request) async throws -> [SeatDTO] {
        try await req.require(.readPublic)
        let detail = try await SecretariatDetail.load(slug: try req.parameters.require("slug"), on: req.db)
        return detail.seats.map { SeatDTO($0.seat) }
    }

    @Sendable func createSeat(req: Request) async throws -> Response {
        let stl = try await editable(req)
        let seat = try await SeatWrites.create(try req.content.decode(SeatInput.self), in: stl, by: req.auditActor, on: req.db)
        return try await SeatDTO(seat).encodeResponse(status: .created, for: req)
    }

    @Sendable func deleteSeat(req: Request) async throws -> HTTPStatus {
        let stl = try await editable(req)
        try await SeatWrites.delete(try id(req), in: stl, by: req.auditActor, on: req.db)
        return .noContent
    }

    // MARK: members

    @Sendable func members(req: Request) async throws -> [MemberDTO] {
        try await req.require(.readPublic)
        let detail = try await SecretariatDetail.load(slug: try req.parameters.require("slug"), on: req.db)
        let includePrivate = try await req.can(.readContactData(detail.id))
        return detail.seats.flatMap { holders in
            holders.seat.terms.map { MemberDTO($0, seat: holders.seat, includePrivate: includePrivate) }
        }
    }

    @Sendable func appoint(req: Request) async throws -> Response {
        let stl = try await editable(req)
        let term = try await MemberWrites.appoint(try req.content.decode(MemberInput.self), in: stl, by: req.auditActor, on: req.db)
        let seat = try await term.$seat.get(on: req.db)
        return try await MemberDTO(term, seat: seat, includePrivate: true).encodeResponse(status: .created, for: req)
    }

    @Sendable func updateMember(req: Request) async throws -> MemberDTO {
        let stl = try await editable(req)
        let term = try await MemberWrites.update(
            try id(req), with: try req.content.decode(MemberUpdate.self), in: stl, by: req.auditActor, on: req.db)
        let seat = try await term.$seat.get(on: req.db)
        return MemberDTO(term, seat: seat, includePrivate: true)
    }

    /// Ends the term rather than erasing it: the rotation history is part of the record.
    @Sendable func endMember(req: Request) async throws -> HTTPStatus {
        let stl = try await editable(req)
        try await MemberWrites.end(try id(req), in: stl, by: req.auditActor, on: req.db)
        return .noContent
    }

    // MARK: helpers

    private func editable(_ req: Request) async throws -> Secretariat {
        let stl = try await req.stl(requiring: Permission.editComposition)
        return stl
    }

    private func id(_ req: Request) throws -> UUID {
        guard let id = req.parameters.get("id", as: UUID.self) else {
            throw AppError.notFound(.init(es: "Identificador no válido.", en: "Invalid identifier."))
        }
        return id
    }
}
