import Foundation

/// A document that shows an installation step was done, so an STL's installation record
/// can be checked step by step.
///
/// Some are named by the guide itself (the Declaración Conjunta, the ruta de trabajo, the
/// convocatoria, the documento con mecanismo de gobernanza, the acta de instalación); the
/// others are the natural record of a step whose expected result the guide states without
/// naming a document (e.g. minutes of the preparatory meetings). `namedInGuide` tells them
/// apart.
public enum InstallationEvidence: String, CaseIterable, Codable, Sendable {
    case declaracionConjunta = "declaracion_conjunta"
    case rutaDeTrabajo = "ruta_de_trabajo"
    case constanciaRespaldoPolitico = "constancia_respaldo_politico"
    case mapeoDeActores = "mapeo_de_actores"
    case convocatoriaAbierta = "convocatoria_abierta"
    case convocatoriaSensibilizacion = "convocatoria_sensibilizacion"
    case minutasReunionesPreparatorias = "minutas_reuniones_preparatorias"
    case metodoDeSeleccion = "metodo_de_seleccion"
    case relacionDeRepresentantes = "relacion_de_representantes"
    case designacionDelFacilitador = "designacion_del_facilitador"
    case reglasDeFuncionamiento = "reglas_de_funcionamiento"
    case documentoMecanismoDeGobernanza = "documento_mecanismo_de_gobernanza"
    case actaDeInstalacion = "acta_de_instalacion"

    public var label: Localized {
        switch self {
        case .declaracionConjunta:
            Localized(es: "Declaración Conjunta", en: "Joint Declaration")
        case .rutaDeTrabajo:
            Localized(es: "Ruta de trabajo", en: "Work route")
        case .constanciaRespaldoPolitico:
            Localized(
                es: "Constancia del respaldo de actores políticos de alto nivel",
                en: "Record of high-level political backing")
        case .mapeoDeActores:
            Localized(
                es: "Mapeo de organizaciones y actores sociales locales",
                en: "Mapping of local organisations and social actors")
        case .convocatoriaAbierta:
            Localized(es: "Convocatoria abierta a actores sociales", en: "Open call to social actors")
        case .convocatoriaSensibilizacion:
            Localized(
                es: "Convocatoria a actores clave para sensibilización y socialización",
                en: "Call to key actors for awareness-raising and outreach")
        case .minutasReunionesPreparatorias:
            Localized(
                es: "Minutas de las reuniones preparatorias", en: "Minutes of the preparatory meetings")
        case .metodoDeSeleccion:
            Localized(
                es: "Método de selección de integrantes del STL y ruta crítica",
                en: "Method for selecting the STL's members, and critical path")
        case .relacionDeRepresentantes:
            Localized(
                es: "Relación de representantes seleccionados (sociales y gubernamentales)",
                en: "List of selected representatives (social and governmental)")
        case .designacionDelFacilitador:
            Localized(es: "Constancia de designación del facilitador", en: "Record of the facilitator's appointment")
        case .reglasDeFuncionamiento:
            Localized(es: "Reglas de funcionamiento acordadas", en: "Agreed operating rules")
        case .documentoMecanismoDeGobernanza:
            Localized(
                es: "Documento con mecanismo de gobernanza", en: "Governance mechanism document")
        case .actaDeInstalacion:
            Localized(es: "Acta de instalación", en: "Installation act")
        }
    }

    /// Whether the guide names this document (in the step's text, its «¿Qué hacer?» or
    /// its expected result), rather than the platform deriving it from the step.
    public var namedInGuide: Bool {
        switch self {
        case .declaracionConjunta, .rutaDeTrabajo, .mapeoDeActores, .convocatoriaAbierta,
            .convocatoriaSensibilizacion, .metodoDeSeleccion, .reglasDeFuncionamiento,
            .documentoMecanismoDeGobernanza, .actaDeInstalacion:
            true
        case .constanciaRespaldoPolitico, .minutasReunionesPreparatorias,
            .relacionDeRepresentantes, .designacionDelFacilitador:
            false
        }
    }
}
