import SecretariadoCore

// Sessions, voting, minutes, agreements, the archive and the calendar. Schemas
// are the `Session…` entries of `OpenAPIComponents`; bodies are the input DTOs of
// `DTO/SessionInputs.swift`, whose fields the services validate (422 names the field).
extension APIOperation {
    /// Reads that members only see while a session is a request or a draft.
    static let memberReadErrors: [Reply] = [.unauthorized, .forbidden, .notFound]

    static let listSessions = APIOperation(
        id: "listSessions", summary: "Sesiones del STL, la más reciente primero (las solicitudes, sólo para sus integrantes)",
        tag: "sesiones", replies: [.ok(.array(.ref("Session"))), .notFound])
    static let conveneSession = APIOperation(
        id: "conveneSession", summary: "Convocar una sesión (nueva o a partir de una solicitud) con la anticipación del Mecanismo de Gobernanza",
        tag: "sesiones", authenticated: true, body: .ref("ConveneInput"),
        replies: [.created(.ref("Session"))] + Reply.writeErrors)
    static let requestSession = APIOperation(
        id: "requestSession", summary: "Solicitar a la persona facilitadora que convoque una sesión",
        tag: "sesiones", authenticated: true, body: .ref("SessionRequestInput"),
        replies: [.created(.ref("Session"))] + Reply.writeErrors)
    static let showSession = APIOperation(
        id: "showSession", summary: "Una sesión: orden del día, asistencia, quórum, mociones y acuerdos",
        tag: "sesiones", replies: [.ok(.ref("SessionDetail"))] + memberReadErrors)
    static let editSession = APIOperation(
        id: "editSession", summary: "Cambiar fecha, lugar o modalidad de una sesión convocada",
        tag: "sesiones", authenticated: true, body: .ref("ConveneInput"),
        replies: [.ok(.ref("Session"))] + Reply.writeErrors)
    static let cancelSession = APIOperation(
        id: "cancelSession", summary: "Cancelar una sesión, con su motivo",
        tag: "sesiones", authenticated: true, body: .ref("CancelInput"),
        replies: [.ok(.ref("Session"))] + Reply.writeErrors)
    static let addAgendaItem = APIOperation(
        id: "addAgendaItem", summary: "Agregar un punto al orden del día (propio o de una propuesta pendiente)",
        tag: "sesiones", authenticated: true, body: .ref("AgendaItemInput"),
        replies: [.created(.ref("AgendaItem"))] + Reply.writeErrors)
    static let editAgendaItem = APIOperation(
        id: "editAgendaItem", summary: "Cambiar el título, la descripción o el lugar de un punto del orden del día (hasta que la sesión comienza)",
        tag: "sesiones", authenticated: true, body: .ref("AgendaItemUpdateInput"),
        replies: [.ok(.ref("AgendaItem"))] + Reply.writeErrors)
    static let withdrawAgendaItem = APIOperation(
        id: "withdrawAgendaItem",
        summary: "Retirar un punto del orden del día (hasta que la sesión comienza); una propuesta vuelve a quedar pendiente",
        tag: "sesiones", authenticated: true, replies: [.noContent] + Reply.writeErrors)
    static let recordAttendance = APIOperation(
        id: "recordAttendance", summary: "Registrar quién asistió por cada asiento (titular, suplente o ausente)",
        tag: "sesiones", authenticated: true, body: .ref("AttendanceInput"),
        replies: [.ok(.ref("SessionDetail"))] + Reply.writeErrors)
    static let listMotions = APIOperation(
        id: "listMotions", summary: "Mociones de una sesión; el voto de cada asiento sólo cuando la votación cerró",
        tag: "votaciones", replies: [.ok(.array(.ref("Motion")))] + memberReadErrors)
    static let createMotion = APIOperation(
        id: "createMotion", summary: "Someter una moción a votación bajo un punto del orden del día",
        tag: "votaciones", authenticated: true, body: .ref("MotionInput"),
        replies: [.created(.ref("Motion"))] + Reply.writeErrors)
    static let showMinutes = APIOperation(
        id: "showMinutes", summary: "Minuta finalizada con su resumen SHA-256 y firmas (el borrador, sólo para integrantes)",
        tag: "minutas", replies: [.ok(.ref("Minutes"))] + memberReadErrors)
    static let saveMinutes = APIOperation(
        id: "saveMinutes", summary: "Guardar el borrador de la minuta: notas y lo discutido en cada punto",
        tag: "minutas", authenticated: true, body: .ref("MinutesInput"),
        replies: [.ok(.ref("Minutes"))] + Reply.writeErrors)
    static let finaliseMinutes = APIOperation(
        id: "finaliseMinutes", summary: "Finalizar la minuta: ya no cambia y entra al archivo encadenado",
        tag: "minutas", authenticated: true, replies: [.ok(.ref("Minutes"))] + Reply.writeErrors)
    static let signMinutes = APIOperation(
        id: "signMinutes", summary: "Firmar (o negarse a firmar, con razones) la minuta finalizada; pide la contraseña",
        tag: "minutas", authenticated: true, body: .ref("SignInput"),
        replies: [.created(.ref("Signature"))] + Reply.writeErrors)
    static let showMotion = APIOperation(
        id: "showMotion", summary: "Una moción con su resultado y, cerrada, el voto de cada asiento",
        tag: "votaciones", replies: [.ok(.ref("Motion"))] + memberReadErrors)
    static let castVote = APIOperation(
        id: "castVote", summary: "Votar por el propio asiento (201; 200 cuando el Mecanismo permite cambiar el voto y se reemplaza)",
        tag: "votaciones", authenticated: true, body: .ref("VoteInput"),
        replies: [.created(.ref("Vote")), .ok(.ref("Vote"), "Voto reemplazado")] + Reply.writeErrors)
    static let closeMotion = APIOperation(
        id: "closeMotion", summary: "Cerrar la votación: aplica la regla de decisión del STL y explica el resultado",
        tag: "votaciones", authenticated: true, replies: [.ok(.ref("Motion"))] + Reply.writeErrors)
    static let listProposals = APIOperation(
        id: "listProposals", summary: "Propuestas para el orden del día (sólo integrantes del STL)",
        tag: "sesiones", authenticated: true, replies: [.ok(.array(.ref("Proposal")))] + memberReadErrors)
    static let submitProposal = APIOperation(
        id: "submitProposal", summary: "Proponer un punto para el orden del día",
        tag: "sesiones", authenticated: true, body: .ref("ProposalInput"),
        replies: [.created(.ref("Proposal"))] + Reply.writeErrors)
    static let declineProposal = APIOperation(
        id: "declineProposal", summary: "Declinar una propuesta pendiente, con su motivo (hasta 1000 caracteres); se avisa a quien la hizo",
        tag: "sesiones", authenticated: true, body: .ref("ProposalDeclineInput"),
        replies: [.ok(.ref("Proposal"))] + Reply.writeErrors)
    static let listAgreements = APIOperation(
        id: "listAgreements", summary: "Acuerdos del STL con responsable, fecha compromiso y estado",
        tag: "acuerdos", query: agreementFilters, replies: [.ok(.array(.ref("Agreement"))), .notFound, .invalid])  // filters: follow-up
    static let updateAgreement = APIOperation(
        id: "updateAgreement", summary: "Cambiar el estado de seguimiento de un acuerdo",
        tag: "acuerdos", authenticated: true, body: .ref("AgreementUpdateInput"),
        replies: [.ok(.ref("Agreement"))] + Reply.writeErrors)
    static let archive = APIOperation(
        id: "archive", summary: "Archivo encadenado de minutas firmadas, verificable sin conexión con `secretariado verify`",
        tag: "minutas", replies: [.ok(.ref("Archive")), .notFound])
    static let memberKeys = APIOperation(
        id: "memberKeys", summary: "Llaves públicas Ed25519 de los integrantes del STL, vigentes y retiradas",
        tag: "minutas", replies: [.ok(.ref("MemberKeys")), .notFound])
    static let archiveCheckpoint = APIOperation(
        id: "archiveCheckpoint",
        summary:
            "Punto de control firmado del archivo: su hash final y número de entradas, firmados con la clave Ed25519 de la plataforma; guárdelo y compruebe después con `secretariado verify ARCHIVO --checkpoint PUNTO` que el archivo nuevo lo extiende",
        tag: "minutas", replies: [.ok(.ref("ArchiveCheckpoint")), .notFound])
    static let archiveCheckpoints = APIOperation(
        id: "archiveCheckpoints", summary: "Puntos de control firmados del archivo, el más reciente primero",
        tag: "minutas", replies: [.ok(.ref("ArchiveCheckpoints")), .notFound])
    static let platformKey = APIOperation(
        id: "platformKey", summary: "Clave pública Ed25519 de la plataforma, con la que firma los puntos de control de los archivos",
        tag: "minutas", replies: [.ok(.ref("PlatformKey"))])
    static let sessionsCalendar = APIOperation(
        id: "sessionsCalendar", summary: "Calendario de sesiones (RFC 5545) para suscribirse",
        tag: "sesiones",
        replies: [.init(status: 200, description: "iCalendar", schema: .text, contentType: "text/calendar"), .notFound])
    static let agreementsCSV = APIOperation(
        id: "agreementsCSV", summary: "Acuerdos de todos los STL en CSV (campos públicos)", tag: "datos-abiertos",
        replies: [.init(status: 200, description: "CSV", schema: .text, contentType: "text/csv")])
}

// Documents attached to records.
extension APIOperation {
    static let listDocuments = APIOperation(
        id: "listDocuments", summary: "Documentos de un registro (los privados, sólo a quien puede leerlos)", tag: "documentos",
        query: [
            .init(name: "kind", schema: .enumeration(DocumentTargetKind.self), description: "Tipo de registro"),
            .init(name: "targetId", schema: .uuid, description: "Identificador del registro (para la minuta: el de la sesión)"),
        ],
        replies: [.ok(.array(.ref("Document"))), .notFound, .invalid])
    static let downloadDocument = APIOperation(
        id: "downloadDocument", summary: "Descarga un documento con su tipo detectado; ETag = SHA-256", tag: "documentos",
        replies: [.init(status: 200, description: "El archivo", schema: .text, contentType: "application/octet-stream"), .notFound])
    static let uploadDocument = APIOperation(
        id: "uploadDocument",
        summary: "Adjunta un archivo (cuerpo: los bytes, con ?name=, o multipart/form-data con «file»); el tipo se decide por el contenido",
        tag: "documentos", authenticated: true,
        query: [
            .init(name: "name", schema: .text, description: "Nombre del archivo"),
            .init(name: "private", schema: .boolean, description: "Sólo para quien gestiona el registro"),
            .init(name: "supersedes", schema: .uuid, description: "Documento del mismo registro que esta versión sustituye"),
        ],
        replies: [.created(.ref("Document"))] + Reply.writeErrors)
}
