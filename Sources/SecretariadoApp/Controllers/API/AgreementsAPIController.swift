import Fluent
import SecretariadoCore
import Vapor

/// The agreements tracker's API: entering an agreement, one agreement with its
/// notes, adding a note, and the STL's CSV (the national one is open data's,
/// `OpenDataURL.agreementsCSV`). The list and the status change are registered with
/// the sessions API (`VotingAPIController`) and answered by `AgreementsAPI` below.
struct AgreementsAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(APIURL.agreements(.key).pathComponents, use: create).openAPI(.createAgreement)
        routes.get(APIURL.agreement(.key, .key).pathComponents, use: show).openAPI(.getAgreement)
        routes.post(APIURL.agreementNotes(.key, .key).pathComponents, use: note).openAPI(.addAgreementNote)
        routes.get(APIURL.agreementsCSV(.key).pathComponents, use: csv).openAPI(.secretariatAgreementsCSV)
    }

    @Sendable func create(req: Request) async throws -> Response {
        let stl = try await AgreementsAPI.editable(req)
        let agreement = try await AgreementWrites.create(
            try req.content.decode(AgreementCreateInput.self), in: stl, by: req.sessionActor(), on: req.db)
        return try await AgreementDetailDTO(try await AgreementTracker.row(agreement.requireID(), in: stl, on: req.db))
            .encodeResponse(status: .created, for: req)
    }

    @Sendable func show(req: Request) async throws -> AgreementDetailDTO {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        return AgreementDetailDTO(try await AgreementTracker.row(try req.pathID(), in: stl, on: req.db))
    }

    @Sendable func note(req: Request) async throws -> Response {
        let stl = try await AgreementsAPI.editable(req)
        let note = try await AgreementWrites.addNote(
            try req.pathID(), try req.content.decode(AgreementNoteInput.self), in: stl, by: req.sessionActor(), on: req.db)
        return try await AgreementNoteDTO(note).encodeResponse(status: .created, for: req)
    }

    @Sendable func csv(req: Request) async throws -> Response {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let filter = try AgreementFilter(req, strict: true)
        return CSVExports.response(try await FollowUpCSV.agreements(of: stl, filter: filter, on: req.db), filename: "acuerdos-\(stl.slug).csv")
    }
}

/// The agreement list and status change of the API, shared with `VotingAPIController`.
enum AgreementsAPI {
    /// The STL's agreements as filtered by the query string (status, owner, sector, session).
    static func list(_ req: Request) async throws -> [AgreementDTO] {
        try await req.require(.readPublic)
        let stl = try await req.stl()
        let filter = try AgreementFilter(req, strict: true)
        return try await AgreementTracker.rows(of: stl.requireID(), on: req.db).filter(filter.matches).map { AgreementDTO($0.agreement) }
    }

    static func setStatus(_ req: Request) async throws -> AgreementDTO {
        let stl = try await editable(req)
        return AgreementDTO(
            try await AgreementWrites.setStatus(
                try req.pathID(), try req.content.decode(AgreementUpdateInput.self), in: stl, by: req.sessionActor(), on: req.db))
    }

    static func editable(_ req: Request) async throws -> Secretariat {
        let stl = try await req.stl(requiring: Permission.editFollowUp)
        return stl
    }
}
