extension APIOperation {
    static let paging: [QueryParameter] = [
        .init(name: "page", schema: .integer(minimum: 1, maximum: PageRequest.maxPage), description: "Página, desde 1"),
        .init(name: "per", schema: .integer(minimum: 1, maximum: PageRequest.maxPer), description: "Elementos por página (100 por omisión)"),
    ]

    static let listSecretariats = APIOperation(
        id: "listSecretariats",
        summary:
            "Lista de STL con titulares por sector, equilibrio del diseño (balanced) e integración actual con vacantes (integration, currentlyBalanced)",
        tag: "secretariados",
        query: paging, replies: [.ok(.ref("SecretariatPage")), .invalid])
    static let createSecretariat = APIOperation(
        id: "createSecretariat", summary: "Crear un STL (en formación)", tag: "secretariados", authenticated: true,
        body: .ref("SecretariatInput"), replies: [.created(.ref("Secretariat"))] + Reply.writeErrors)
    static let showSecretariat = APIOperation(
        id: "showSecretariat", summary: "Un STL: integrantes, organizaciones, facilitación, regla", tag: "secretariados",
        replies: [.ok(.ref("Secretariat")), .notFound])
    static let auditLog = APIOperation(
        id: "auditLog", summary: "Bitácora de cambios del STL", tag: "secretariados", authenticated: true,
        query: paging, replies: [.ok(.ref("AuditPage")), .unauthorized, .forbidden, .notFound, .invalid])
}
