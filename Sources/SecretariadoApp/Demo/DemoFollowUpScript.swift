import SecretariadoCore

/// The follow-up demo data of three STLs: a Plan de Acción Local with realistic local
/// open-government commitments and milestones (some done with evidence), spending and
/// outreach. Evidence links point to a reserved `.invalid` host: they are examples.
enum DemoFollowUpScript {
    struct Milestone {
        let title: String
        let dueOn: String
        /// The day it was done, with its evidence; `nil` while pending.
        var doneOn: String? = nil
        var evidence: [String] = []
    }

    struct Commitment {
        let title: String
        let problem: String
        let objective: String
        let lead: String
        let coResponsible: String
        let values: [OGPValue]
        let milestones: [Milestone]
        var override: (CompletionLevel, String)? = nil
    }

    struct Plan {
        let title: String
        let description: String
        let startsOn: String
        let endsOn: String
        let commitments: [Commitment]
    }

    struct Expense {
        let date: String
        let concept: String
        let amount: String
        let source: String
    }

    struct Activity {
        let date: String
        let kind: OutreachKind
        let title: String
        let audience: String
        let attendees: Int
        let materials: [String]
    }

    static func evidence(_ slug: String, _ file: String) -> String {
        "https://evidencias.secretariado.invalid/\(slug)/\(file)"
    }

    static func plan(for slug: String) -> Plan? {
        switch slug {
        case "nuevo-leon": nuevoLeon
        case "jalisco": jalisco
        case "morelos": morelos
        default: nil
        }
    }

    static let nuevoLeon = Plan(
        title: "Plan de Acción Local 2026–2027 de Nuevo León",
        description:
            "Compromisos cocreados en las mesas de trabajo de febrero de 2026 entre dependencias estatales, organizaciones de la sociedad civil y el organismo garante.",
        startsOn: "2026-01-15", endsOn: "2027-12-15",
        commitments: [
            Commitment(
                title: "Datos abiertos de obra pública",
                problem:
                    "La información sobre contratos, avance físico y pagos de la obra pública estatal está dispersa en varios portales y en formatos que no se pueden reutilizar, lo que impide a la ciudadanía vigilar obras retrasadas o sobrecostos.",
                objective:
                    "Publicar cada mes, en formato abierto y con un identificador único por obra, los contratos, montos, avances físicos y financieros y la ubicación de la obra pública estatal.",
                lead: "Coordinación Técnica de Gabinete y Eficiencia Gubernamental del Estado de Nuevo León",
                coResponsible: "Codeando México", values: [.accesoInformacion, .rendicionCuentas, .tecnologiaInnovacion],
                milestones: [
                    Milestone(
                        title: "Inventario de fuentes de información de obra pública y su formato", dueOn: "2026-03-31",
                        doneOn: "2026-03-20", evidence: [evidence("nuevo-leon", "inventario-fuentes-obra.pdf")]),
                    Milestone(
                        title: "Estándar de datos de contrataciones abiertas (OCDS) adoptado por la dependencia", dueOn: "2026-06-30",
                        doneOn: "2026-07-10", evidence: [evidence("nuevo-leon", "acuerdo-adopcion-ocds.pdf")]),
                    Milestone(title: "Primera publicación del conjunto de datos con 100 obras", dueOn: "2026-10-31"),
                    Milestone(title: "Visualizador ciudadano y mesa de retroalimentación", dueOn: "2027-03-31"),
                ]),
            Commitment(
                title: "Presupuesto participativo abierto",
                problem:
                    "Los proyectos votados en el presupuesto participativo no tienen seguimiento público: la ciudadanía no sabe si se ejecutaron ni cuánto costaron.",
                objective:
                    "Dar seguimiento público, proyecto por proyecto, a la ejecución y el gasto del presupuesto participativo, con reportes trimestrales.",
                lead: "H. Congreso del Estado de Nuevo León", coResponsible: "Cómo vamos Nuevo León",
                values: [.participacionCivica, .rendicionCuentas],
                milestones: [
                    Milestone(
                        title: "Catálogo de proyectos ganadores con responsable y monto", dueOn: "2026-04-30",
                        doneOn: "2026-04-28", evidence: [evidence("nuevo-leon", "catalogo-proyectos.csv")]),
                    Milestone(
                        title: "Primer reporte trimestral de avance publicado", dueOn: "2026-07-31",
                        doneOn: "2026-08-05", evidence: [evidence("nuevo-leon", "reporte-t2.pdf")]),
                    Milestone(title: "Recorridos ciudadanos de verificación en cinco colonias", dueOn: "2026-11-30", doneOn: "2026-11-14"),
                ],
                override: (
                    .completo,
                    "Los recorridos de verificación concluyeron y el STL da el compromiso por cumplido; las actas firmadas se publicarán al cierre del mes."
                )),
            Commitment(
                title: "Justicia abierta: sentencias públicas en versión pública",
                problem:
                    "Sólo una fracción de las sentencias del Poder Judicial se publica, y sin buscador, lo que dificulta el escrutinio de las decisiones judiciales.",
                objective: "Publicar en versión pública todas las sentencias definitivas de las salas civiles y familiares, con un buscador.",
                lead: "Poder Judicial del Estado de Nuevo León", coResponsible: "Redes Quinto Poder",
                values: [.accesoInformacion, .tecnologiaInnovacion],
                milestones: [
                    Milestone(title: "Lineamientos de elaboración de versiones públicas aprobados", dueOn: "2026-09-30"),
                    Milestone(title: "Buscador de sentencias en operación", dueOn: "2027-06-30"),
                ]),
        ])

    static let jalisco = Plan(
        title: "Plan de Acción Local 2026 de Jalisco",
        description: "Plan anual acordado por el STL en su primera sesión ordinaria de 2026.",
        startsOn: "2026-01-01", endsOn: "2026-12-31",
        commitments: [
            Commitment(
                title: "Contrataciones abiertas del Municipio de Guadalajara",
                problem:
                    "Las compras del municipio se publican en documentos escaneados, sin datos que permitan comparar precios ni identificar proveedores recurrentes.",
                objective:
                    "Publicar todas las contrataciones del municipio con el estándar de contrataciones abiertas, desde la planeación hasta el pago.",
                lead: "Municipio de Guadalajara", coResponsible: "Instituto Tecnológico y de Estudios Superiores de Occidente",
                values: [.accesoInformacion, .rendicionCuentas, .tecnologiaInnovacion],
                milestones: [
                    Milestone(
                        title: "Diagnóstico de los procesos de compra y sus sistemas", dueOn: "2026-03-31",
                        doneOn: "2026-03-25", evidence: [evidence("jalisco", "diagnostico-compras.pdf")]),
                    Milestone(
                        title: "Publicación de las licitaciones del primer semestre en OCDS", dueOn: "2026-08-31",
                        doneOn: "2026-09-12", evidence: [evidence("jalisco", "ocds-2026-s1.json")]),
                    Milestone(title: "Tablero de proveedores y precios unitarios", dueOn: "2026-12-15"),
                ]),
            Commitment(
                title: "Parlamento abierto para la agenda legislativa de transparencia",
                problem: "Las iniciativas en materia de transparencia se dictaminan sin consulta a las organizaciones ni a la ciudadanía.",
                objective:
                    "Abrir a consulta pública, con audiencias y respuesta razonada a cada aportación, las iniciativas de transparencia y anticorrupción.",
                lead: "Congreso del Estado de Jalisco", coResponsible: "Activistas Sociales",
                values: [.participacionCivica, .rendicionCuentas],
                milestones: [
                    Milestone(title: "Protocolo de parlamento abierto aprobado por la Mesa Directiva", dueOn: "2026-05-31"),
                    Milestone(title: "Primera audiencia pública con respuesta razonada publicada", dueOn: "2026-10-31"),
                ]),
        ])

    static let morelos = Plan(
        title: "Plan de Acción Local 2026–2027 de Morelos",
        description: "Compromisos definidos por el STL tras la consulta pública de marzo de 2026.",
        startsOn: "2026-03-01", endsOn: "2027-08-31",
        commitments: [
            Commitment(
                title: "Presupuesto ciudadano y datos abiertos del gasto estatal",
                problem:
                    "El presupuesto de egresos se publica en documentos extensos y técnicos; la ciudadanía no puede saber en qué se gasta ni comparar lo aprobado con lo ejercido.",
                objective:
                    "Publicar un presupuesto ciudadano en lenguaje claro y los datos abiertos trimestrales de lo aprobado, modificado y ejercido por programa.",
                lead: "Secretaría de Hacienda del Estado de Morelos", coResponsible: "COPARMEX Morelos",
                values: [.accesoInformacion, .rendicionCuentas],
                milestones: [
                    Milestone(
                        title: "Presupuesto ciudadano 2026 publicado", dueOn: "2026-04-30",
                        doneOn: "2026-04-22", evidence: [evidence("morelos", "presupuesto-ciudadano-2026.pdf")]),
                    Milestone(
                        title: "Datos abiertos del gasto del primer trimestre", dueOn: "2026-06-30",
                        doneOn: "2026-06-26", evidence: [evidence("morelos", "gasto-2026-t1.csv")]),
                    Milestone(
                        title: "Datos abiertos del gasto del segundo trimestre", dueOn: "2026-09-30",
                        doneOn: "2026-09-29", evidence: [evidence("morelos", "gasto-2026-t2.csv")]),
                    Milestone(
                        title: "Taller de uso de los datos con organizaciones y periodistas", dueOn: "2026-11-30",
                        doneOn: "2026-11-06", evidence: [evidence("morelos", "relatoria-taller-datos.pdf")]),
                ]),
            Commitment(
                title: "Justicia electoral abierta",
                problem: "Las resoluciones del tribunal electoral local son poco conocidas y difíciles de consultar fuera del periodo electoral.",
                objective: "Publicar las resoluciones en formato abierto y explicarlas en lenguaje ciudadano.",
                lead: "Tribunal Electoral del Estado de Morelos", coResponsible: "COPARMEX Morelos",
                values: [.accesoInformacion, .participacionCivica],
                milestones: [
                    Milestone(title: "Catálogo de resoluciones 2024–2026 en datos abiertos", dueOn: "2026-10-31"),
                    Milestone(title: "Sentencias ciudadanas de los diez casos más relevantes", dueOn: "2027-04-30"),
                ]),
        ])

    static func expenses(for slug: String) -> [Expense] {
        let guarantor = "Presupuesto del organismo garante"
        switch slug {
        case "nuevo-leon":
            return [
                Expense(date: "2026-02-12", concept: "Logística de sesiones", amount: "3,450.00", source: guarantor),
                Expense(
                    date: "2026-02-20", concept: "Mesas de cocreación del PAL", amount: "12,800.50",
                    source: "Aportación de organizaciones de la sociedad civil"),
                Expense(date: "2026-05-14", concept: "Logística de sesiones", amount: "2,975.25", source: guarantor),
                Expense(date: "2026-06-03", concept: "Materiales de difusión", amount: "8,120.40", source: guarantor),
                Expense(date: "2026-09-10", concept: "Transmisión en línea de sesiones", amount: "1,850.00", source: guarantor),
            ]
        case "jalisco":
            return [
                Expense(date: "2026-01-22", concept: "Logística de sesiones", amount: "2,100.00", source: guarantor),
                Expense(date: "2026-04-16", concept: "Materiales de difusión", amount: "5,430.75", source: guarantor),
                Expense(
                    date: "2026-08-20", concept: "Traslados de representantes", amount: "1,275.30",
                    source: "Presupuesto del Poder Ejecutivo del Estado"),
            ]
        case "morelos":
            return [
                Expense(date: "2026-03-12", concept: "Consulta pública del PAL", amount: "9,999.99", source: guarantor),
                Expense(date: "2026-06-11", concept: "Logística de sesiones", amount: "1,560.10", source: guarantor),
                Expense(date: "2026-11-06", concept: "Taller de datos abiertos", amount: "4,215.00", source: "Aportación de COPARMEX Morelos"),
            ]
        default:
            return []
        }
    }

    static func activities(for slug: String) -> [Activity] {
        switch slug {
        case "nuevo-leon":
            return [
                Activity(
                    date: "2026-02-25", kind: .foro, title: "Foro «Gobierno abierto en Nuevo León: del plan a los resultados»",
                    audience: "Organizaciones de la sociedad civil, academia y servidores públicos", attendees: 140,
                    materials: [evidence("nuevo-leon", "programa-foro.pdf")]),
                Activity(
                    date: "2026-06-18", kind: .taller, title: "Taller de datos abiertos para periodistas",
                    audience: "Periodistas y estudiantes de comunicación", attendees: 32, materials: [evidence("nuevo-leon", "taller-datos.pdf")]),
                Activity(
                    date: "2026-09-22", kind: .campana, title: "Campaña «¿Y mi obra?» en redes sociales",
                    audience: "Público en general", attendees: 0, materials: []),
            ]
        case "jalisco":
            return [
                Activity(
                    date: "2026-03-05", kind: .capacitacion, title: "Capacitación en contrataciones abiertas para personal de compras",
                    audience: "Servidores públicos municipales", attendees: 45, materials: [evidence("jalisco", "capacitacion-ocds.pdf")]),
                Activity(
                    date: "2026-07-09", kind: .reunion, title: "Reunión de sensibilización con cámaras empresariales",
                    audience: "Empresarios y proveedores", attendees: 27, materials: []),
            ]
        case "morelos":
            return [
                Activity(
                    date: "2026-03-20", kind: .foro, title: "Consulta pública para la definición de compromisos",
                    audience: "Ciudadanía, organizaciones y dependencias", attendees: 86, materials: [evidence("morelos", "relatoria-consulta.pdf")]),
                Activity(
                    date: "2026-11-06", kind: .taller, title: "Taller «Sigue el dinero» con datos del gasto estatal",
                    audience: "Organizaciones y periodistas", attendees: 38, materials: [evidence("morelos", "sigue-el-dinero.pdf")]),
            ]
        default:
            return []
        }
    }
}
