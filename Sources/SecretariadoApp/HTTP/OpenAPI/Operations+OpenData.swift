extension APIOperation {
    static let openDataCatalog = APIOperation(
        id: "openDataCatalog", summary: "Catálogo de datos abiertos con licencia y fecha de actualización", tag: "datos-abiertos",
        replies: [.ok(.ref("OpenDataCatalog"))])
    static let secretariatsCSV = APIOperation(
        id: "secretariatsCSV", summary: "STL en CSV", tag: "datos-abiertos",
        replies: [.init(status: 200, description: "CSV", schema: .text, contentType: "text/csv")])
    static let membersCSV = APIOperation(
        id: "membersCSV", summary: "Integrantes de todos los STL en CSV", tag: "datos-abiertos",
        replies: [.init(status: 200, description: "CSV", schema: .text, contentType: "text/csv")])
    static let popolo = APIOperation(
        id: "popolo", summary: "Un STL en formato Popolo", tag: "datos-abiertos",
        replies: [.ok(.ref("Popolo")), .notFound])
    static let governance = APIOperation(
        id: "governance", summary: "Mecanismo de Gobernanza vigente (JSON y Markdown)", tag: "gobernanza",
        replies: [.ok(.ref("Governance")), .notFound])
    static let governanceVersions = APIOperation(
        id: "governanceVersions", summary: "Todas las versiones del Mecanismo de Gobernanza", tag: "gobernanza",
        replies: [.ok(.array(.ref("Governance"))), .notFound])
    static let governanceDrafts = APIOperation(
        id: "governanceDrafts", summary: "Propuestas de reforma del Mecanismo de Gobernanza, con sus diferencias", tag: "gobernanza",
        replies: [.ok(.array(.ref("GovernanceDraft"))), .notFound])
    static let proposeGovernance = APIOperation(
        id: "proposeGovernance",
        summary:
            "Proponer una nueva versión del Mecanismo de Gobernanza (facilitación y representantes de un STL instalado). Es un borrador: entra en vigor solo si una moción que la adopta (`governanceDraftId`) se decide adoptada en sesión",
        tag: "gobernanza", authenticated: true,
        body: .ref("GovernanceDraftInput"), replies: [.created(.ref("GovernanceDraft"))] + Reply.writeErrors)
    static let governanceDraft = APIOperation(
        id: "governanceDraft", summary: "Una propuesta de reforma con sus diferencias frente a la versión sobre la que se hizo", tag: "gobernanza",
        replies: [.ok(.ref("GovernanceDraft")), .notFound])
    static let analysis = APIOperation(
        id: "analysis",
        summary:
            "Análisis de reglas y poder de voto (mismo contrato que `secretariado analyze`). Límites por solicitud: 20 foros, 8 sectores y 200 asientos por foro, 1,000 asientos en total (422 si se exceden); 20 solicitudes seguidas por dirección y luego una cada 2 segundos (429); 2 segundos de cálculo (503)",
        tag: "analisis",
        body: .ref("AnalysisRequest"),
        replies: [.ok(.ref("AnalysisResponse")), .badRequest, .tooLarge, .unsupported, .invalid, .rateLimited, .unavailable])
}
