import Fluent
import SecretariadoCore
import Vapor

/// The request's scope, the same way in every controller, web and API: the STL named by
/// the path's `slug`, with the permission the handler needs in it; ids from the path as
/// UUIDs; records looked up inside that STL only; and the post/redirect/get answer.
extension Request {
    /// The STL named by the `slug` path parameter (404 when there is none).
    func stl() async throws -> Secretariat {
        try await Secretariat.find(slug: try parameters.require("slug"), on: db)
    }

    /// The STL named by the `slug` path parameter, once the user holds `permission` in it
    /// (401 without a session, 403 without the permission).
    func stl(requiring permission: (UUID) -> Permission) async throws -> Secretariat {
        let stl = try await self.stl()
        try await require(permission(try stl.requireID()))
        return stl
    }

    /// The path parameter `name` as a UUID; anything else is a 404 (no such record).
    func pathID(_ name: String = "id") throws -> UUID {
        guard let id = parameters.get(name, as: UUID.self) else {
            throw AppError.notFound(Localized(es: "Identificador no válido.", en: "Invalid identifier."))
        }
        return id
    }

    /// The record whose id is the path parameter `name`, if it belongs to `stl`: another
    /// STL's record is as absent as one that does not exist (404, the record's own message).
    func record<Record: STLRecord>(_ type: Record.Type, _ name: String = "id", in stl: Secretariat) async throws -> Record {
        guard let id = parameters.get(name, as: UUID.self),
            let record = try await Record.find(id, on: db),
            record[keyPath: Record.secretariatKey].id == stl.id
        else { throw Record.notFoundInSTL }
        return record
    }

    /// The STL named by `slug` and its session whose id is the path parameter `name`
    /// (404 when the session is another STL's).
    func stlSession(_ name: String = "id") async throws -> (Secretariat, StlSession) {
        let stl = try await self.stl()
        return (stl, try await SessionScope.session(try pathID(name), in: stl, on: db))
    }

    /// Whether this page is shown right after a successful save (`savedRedirect`).
    var wasSaved: Bool { query[String.self, at: "guardado"] != nil }

    /// Post/redirect/get after a save: a reload never submits twice, and the page it lands
    /// on says the change was saved (`?guardado=1`, read by `wasSaved`).
    func savedRedirect(to path: String) -> Response {
        redirect(to: path + "?guardado=1", redirectType: .normal)
    }
}
