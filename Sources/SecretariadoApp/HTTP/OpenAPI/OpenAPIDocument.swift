import Vapor

/// `GET /openapi.json`: the OpenAPI 3.1 description, assembled from the routes the server
/// actually registered (method and path) and the `APIOperation` each carries.
enum OpenAPIDocument {
    static func json(for routes: [Route]) throws -> Data {
        var paths: [String: [String: Any]] = [:]
        for route in routes {
            guard let operation = route.apiOperation else { continue }
            paths[template(route.path), default: [:]][route.method.rawValue.lowercased()] = item(operation, route: route)
        }
        let document: [String: Any] = [
            "openapi": "3.1.0",
            "info": [
                "title": "Secretariado API",
                "version": "1.0.0",
                "description":
                    "Datos abiertos y gestión de los Secretariados Técnicos Locales de gobierno abierto. Los errores responden {\"error\": true, \"reason\", \"field\"}.",
                "license": ["name": "CC BY 4.0 (datos)", "identifier": "CC-BY-4.0"],
            ],
            "servers": [["url": "/"]],
            "paths": paths,
            "components": [
                "schemas": OpenAPIComponents.schemas.mapValues(\.json),
                "securitySchemes": [
                    "bearer": ["type": "http", "scheme": "bearer", "description": "Token creado en /cuenta o con `secretariado users token`"]
                ],
            ],
        ]
        return try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])
    }

    /// `/api/v1/secretariats/:slug` → `/api/v1/secretariats/{slug}`.
    static func template(_ path: [PathComponent]) -> String {
        "/"
            + path.map { component in
                if case .parameter(let name) = component { return "{\(name)}" }
                return component.description
            }.joined(separator: "/")
    }

    private static func item(_ operation: APIOperation, route: Route) -> [String: Any] {
        var parameters: [[String: Any]] = route.path.compactMap { component in
            guard case .parameter(let name) = component else { return nil }
            return ["name": name, "in": "path", "required": true, "schema": pathSchema(name).json]
        }
        parameters += operation.query.map {
            ["name": $0.name, "in": "query", "required": false, "description": $0.description, "schema": $0.schema.json]
        }
        var responses: [String: Any] = [:]
        for reply in operation.replies {
            var response: [String: Any] = ["description": reply.description]
            if let schema = reply.schema {
                response["content"] = [reply.contentType: ["schema": schema.json]]
            }
            responses["\(reply.status)"] = response
        }
        var item: [String: Any] = [
            "operationId": operation.id, "summary": operation.summary, "tags": [operation.tag],
            "parameters": parameters, "responses": responses,
        ]
        if let body = operation.body {
            item["requestBody"] = ["required": true, "content": ["application/json": ["schema": body.json]]]
        }
        if operation.authenticated { item["security"] = [["bearer": [String]()]] }
        return item
    }

    /// Path parameters by name, with an example that exists in the demo data so that
    /// generated requests reach real records.
    static func pathSchema(_ name: String) -> Schema {
        switch name {
        case "slug": .string(example: "jalisco")
        case "code": .string(example: "observadores")
        case "version", "number": .integer(minimum: 1)
        default: .uuid
        }
    }
}
