import Vapor

/// What the API description says of one route besides its method and path, which are read
/// from the route itself so that they can never disagree with what the server serves.
struct APIOperation: Sendable {
    struct QueryParameter: Sendable {
        let name: String
        let schema: Schema
        let description: String
    }

    struct Reply: Sendable {
        let status: Int
        let description: String
        let schema: Schema?
        var contentType = "application/json"
    }

    let id: String
    let summary: String
    let tag: String
    /// Whether the route needs a bearer token (writes and private reads).
    var authenticated = false
    var query: [QueryParameter] = []
    var body: Schema? = nil
    var replies: [Reply]
}

extension Route {
    private struct OperationKey: Hashable, Sendable {}

    /// Attaches the route's API description; `/openapi.json` is built from these.
    @discardableResult
    func openAPI(_ operation: APIOperation) -> Route {
        userInfo[AnySendableHashable(OperationKey())] = operation
        return self
    }

    var apiOperation: APIOperation? {
        userInfo[AnySendableHashable(OperationKey())] as? APIOperation
    }
}

extension APIOperation.Reply {
    static func ok(_ schema: Schema, _ description: String = "OK") -> Self { .init(status: 200, description: description, schema: schema) }
    static func created(_ schema: Schema) -> Self { .init(status: 201, description: "Creado", schema: schema) }
    static let noContent = Self(status: 204, description: "Hecho, sin contenido", schema: nil)
    static let badRequest = Self(status: 400, description: "Cuerpo o parámetros mal formados", schema: .ref("Error"))
    static let unauthorized = Self(status: 401, description: "Falta un token válido", schema: .ref("Error"))
    static let forbidden = Self(status: 403, description: "El rol no lo permite en este secretariado", schema: .ref("Error"))
    static let notFound = Self(status: 404, description: "No existe", schema: .ref("Error"))
    static let conflict = Self(status: 409, description: "Choca con el estado actual", schema: .ref("Error"))
    static let tooLarge = Self(status: 413, description: "Cuerpo demasiado grande", schema: .ref("Error"))
    static let unsupported = Self(status: 415, description: "Tipo de contenido no admitido", schema: .ref("Error"))
    static let invalid = Self(status: 422, description: "Un campo no es válido: `field` lo nombra", schema: .ref("Error"))
    static let rateLimited = Self(
        status: 429, description: "Demasiadas solicitudes desde esta dirección: espere los segundos de `Retry-After`", schema: .ref("Error"))
    static let unavailable = Self(
        status: 503, description: "No se pudo atender ahora (plazo agotado o almacenamiento lleno); no se guardó nada", schema: .ref("Error"))

    /// The errors any write can answer.
    static let writeErrors: [Self] = [.badRequest, .unauthorized, .forbidden, .notFound, .conflict, .tooLarge, .unsupported, .invalid]
}
