import Foundation

// The ten steps as the guide gives them: titles and descriptions from «Recapitulación y
// recomendaciones», everything else from Anexo 1. Spanish verbatim (italics and bold
// dropped, page breaks joined); English translated.

extension InstallationStep {
    /// The ten steps, in order.
    public static let all: [InstallationStep] = [
        rutaDeTrabajo, respaldoPolitico, mapeoYConvocatoria, sensibilizacion,
        reunionesPreparatorias, seleccionDeRepresentantes, seleccionDelFacilitador,
        acuerdoSobreReglas, redaccionDelMecanismo, instalacion,
    ]

    // MARK: Stage 1 — Planea

    public static let rutaDeTrabajo = InstallationStep(
        number: 1,
        stage: .planea,
        title: Localized(es: "Ruta de trabajo del Grupo Promotor", en: "Promoter Group work route"),
        activity: Localized(
            es: "Ruta de trabajo del Grupo Promotor", en: "Promoter Group work route"),
        responsible: Localized(es: "Grupo Promotor", en: "Promoter Group"),
        responsibleParties: [.grupoPromotor],
        whatToDo: Localized(
            es: "Calendarización de actividades previas requeridas para instalar el STL.",
            en: "Scheduling the preliminary activities required to install the STL."),
        expectedResult: Localized(es: "Ruta de trabajo", en: "Work route"),
        description: Localized(
            es:
                "Los actores de cada entidad federativa que de manera conjunta manifestaron ante el INAI su interés por sumarse a la iniciativa Cocreación desde lo Local (organismo garante, autoridades y sociedad civil organizada) deberán - luego de la suscripción de la correspondiente Declaración Conjunta - determinar de forma colaborativa, una ruta de trabajo para el desarrollo inicial del ejercicio de gobierno abierto.",
            en:
                "The actors of each state who jointly expressed to INAI their interest in joining the Co-creation from the Local Level initiative (guarantor body, authorities and organised civil society) must, after signing the corresponding Joint Declaration, collaboratively set a work route for the initial development of the open government exercise."
        ),
        evidence: [.declaracionConjunta, .rutaDeTrabajo])

    /// Anexo 1 places this step in stage 1 (Planea); the infographic of Anexo 2 lists it
    /// under stage 2 (Identifica y suma). The catalogue follows Anexo 1, the detailed
    /// table, and records the discrepancy in `stageNote` so that it can be shown.
    public static let respaldoPolitico = InstallationStep(
        number: 2,
        stage: .planea,
        title: Localized(
            es: "Búsqueda de respaldo político de alto nivel", en: "Seeking high-level political backing"),
        activity: Localized(
            es: "Búsqueda de respaldo político de alto nivel", en: "Seeking high-level political backing"),
        responsible: Localized(
            es: "Grupo Promotor (especialmente el sector gubernamental)",
            en: "Promoter Group (especially the government sector)"),
        responsibleParties: [.grupoPromotor],
        leadParties: [.gobierno],
        whatToDo: Localized(
            es:
                "Acercamiento con actores políticos de alto nivel capaces de respaldar el ejercicio y contribuir a la promoción, implementación, avance y éxito del mismo.",
            en:
                "Outreach to high-level political actors able to back the exercise and contribute to its promotion, implementation, progress and success."
        ),
        expectedResult: Localized(
            es: "Incorporación de actores políticos de alto nivel",
            en: "High-level political actors on board"),
        description: Localized(
            es:
                "Los integrantes del grupo promotor - especialmente los provenientes del sector gubernamental - deberán crear sinergias en su ámbito de actuación, con el objetivo de sumar a esta iniciativa a actores políticos de alto nivel que cuenten con el liderazgo y la capacidad (legal, política y técnica) necesarias para respaldar el ejercicio de gobierno abierto en la entidad y a su vez, contribuir a la promoción, implementación, avance y éxito del mismo.",
            en:
                "The members of the promoter group, especially those from the government sector, must build synergies within their sphere of action in order to bring into this initiative high-level political actors with the leadership and the (legal, political and technical) capacity needed to back the open government exercise in the state and, in turn, to contribute to its promotion, implementation, progress and success."
        ),
        evidence: [.constanciaRespaldoPolitico],
        stageNote: Localized(
            es:
                "El Anexo 1 de la guía ubica esta actividad en la etapa 1 (Planea); la infografía del Anexo 2 la ubica en la etapa 2 (Identifica y suma). Se sigue el Anexo 1.",
            en:
                "The guide's Annex 1 places this activity in stage 1 (Plan); the infographic of Annex 2 places it in stage 2 (Identify and engage). Annex 1 is followed."
        ))

    // MARK: Stage 2 — Identifica y suma

    public static let mapeoYConvocatoria = InstallationStep(
        number: 3,
        stage: .identificaYSuma,
        title: Localized(
            es: "Mapeo y convocatoria de actores sociales locales",
            en: "Mapping of and open call to local social actors"),
        activity: Localized(
            es: "Mapeo y convocatoria de actores sociales locales",
            en: "Mapping of and open call to local social actors"),
        responsible: Localized(
            es: "Grupo Promotor (especialmente el organismo garante y sociedad civil)",
            en: "Promoter Group (especially the guarantor body and civil society)"),
        responsibleParties: [.grupoPromotor],
        leadParties: [.organismoGarante, .sociedadCivil],
        whatToDo: Localized(
            es:
                "Mapeo de organizaciones y publicación de convocatoria a actores sociales con capacidad para la promoción, implementación, y avance del ejercicio.",
            en: "Mapping of organisations and publication of an open call to social actors able to promote, implement and advance the exercise."),
        expectedResult: Localized(
            es: "Incorporación de actores sociales locales", en: "Local social actors on board"),
        description: Localized(
            es:
                "Los integrantes del grupo promotor - especialmente el organismo garante de transparencia en conjunto con los representantes de la sociedad civil organizada - deberán realizar un mapeo, así como publicar una convocatoria abierta, con la finalidad de identificar y sumar a esta iniciativa, a actores sociales locales que cuenten con el liderazgo, vinculación y capacidad de incidencia necesarias para contribuir a la promoción, implementación, avance y éxito del ejercicio.",
            en:
                "The members of the promoter group, especially the transparency guarantor body together with the representatives of organised civil society, must carry out a mapping and publish an open call in order to identify and bring into this initiative local social actors with the leadership, connections and capacity for influence needed to contribute to the promotion, implementation, progress and success of the exercise."
        ),
        evidence: [.mapeoDeActores, .convocatoriaAbierta])

    public static let sensibilizacion = InstallationStep(
        number: 4,
        stage: .identificaYSuma,
        title: Localized(es: "Sensibilización y socialización", en: "Awareness-raising and outreach"),
        activity: Localized(es: "Sensibilización y socialización", en: "Awareness-raising and outreach"),
        responsible: Localized(
            es: "El organismo garante en coordinación con los demás miembros del Grupo Promotor",
            en: "The guarantor body in coordination with the other members of the Promoter Group"),
        responsibleParties: [.organismoGarante, .grupoPromotor],
        leadParties: [.organismoGarante],
        whatToDo: Localized(
            es:
                "Convocatoria dirigida a actores clave de la entidad, para sensibilizar y socializar las características y alcances de los ejercicios.",
            en: "A call addressed to key actors of the state, to raise their awareness of and share the features and scope of the exercises."),
        expectedResult: Localized(
            es: "Difusión de características y alcances del ejercicio e incorporación de más actores públicos y sociales",
            en: "Features and scope of the exercise disseminated, and more public and social actors on board"),
        description: Localized(
            es:
                "El organismo garante en coordinación con los demás integrantes del grupo promotor, se encargará de convocar a actores sociales y gubernamentales clave de su entidad federativa para sensibilizar y socializar entre ellos las características y alcances de los ejercicios locales de Gobierno Abierto. Producto de este proceso se esperaría la incorporación a la iniciativa de un mayor número de actores públicos y sociales que con su perspectiva enriquezcan el ejercicio.",
            en:
                "The guarantor body, in coordination with the other members of the promoter group, will convene key social and government actors of its state to raise their awareness of, and share among them, the features and scope of local open government exercises. This process is expected to bring into the initiative a larger number of public and social actors whose perspectives enrich the exercise."
        ),
        evidence: [.convocatoriaSensibilizacion])

    // MARK: Stage 3 — Integra

    public static let reunionesPreparatorias = InstallationStep(
        number: 5,
        stage: .integra,
        title: Localized(
            es: "Reuniones preparatorias con el grupo promotor",
            en: "Preparatory meetings with the promoter group"),
        activity: Localized(
            es: "Reuniones preparatorias con el Grupo Promotor", en: "Preparatory meetings with the Promoter Group"),
        responsible: Localized(es: "Grupo Promotor", en: "Promoter Group"),
        responsibleParties: [.grupoPromotor],
        whatToDo: Localized(
            es:
                "Reuniones de trabajo preparatorias para acordar métodos de selección de los integrantes del STL, así como los pasos críticos para su instalación.",
            en: "Preparatory working meetings to agree on the methods for selecting the STL's members and on the critical steps for its installation."
        ),
        expectedResult: Localized(
            es: "Método de selección de integrantes del STL y definición de ruta crítica",
            en: "Method for selecting the STL's members, and a defined critical path"),
        description: Localized(
            es:
                "Los integrantes del grupo promotor celebrarán reuniones de trabajo preparatorias, con la finalidad de acordar los métodos de selección de los integrantes del STL, así como las actividades indispensables para el cumplimiento de su ruta de trabajo.",
            en:
                "The members of the promoter group will hold preparatory working meetings to agree on the methods for selecting the STL's members and on the activities essential to completing their work route."
        ),
        evidence: [.minutasReunionesPreparatorias, .metodoDeSeleccion])

    public static let seleccionDeRepresentantes = InstallationStep(
        number: 6,
        stage: .integra,
        title: Localized(es: "Selección de representantes", en: "Selection of representatives"),
        activity: Localized(es: "Selección de representantes", en: "Selection of representatives"),
        // "actores de interesados" is Anexo 1's wording, kept verbatim.
        responsible: Localized(
            es: "Grupo Promotor y actores de interesados", en: "Promoter Group and interested actors"),
        responsibleParties: [.grupoPromotor, .actoresInteresados],
        whatToDo: Localized(
            es: "Con base en métodos definidos y bajo la supervisión del Grupo Promotor se seleccionará a los representantes que integrarán el STL.",
            en: "Based on the defined methods and under the Promoter Group's supervision, the representatives who will form the STL are selected."),
        expectedResult: Localized(
            es: "Definición de representantes (social y gubernamental)",
            en: "Representatives defined (social and governmental)"),
        description: Localized(
            es:
                "Con base en los métodos definidos y bajo la supervisión del grupo promotor, se llevará a cabo la selección de los representantes de la sociedad civil organizada y de autoridades, de la entidad federativa correspondiente para integrar el STL.",
            en:
                "Based on the methods defined and under the promoter group's supervision, the representatives of organised civil society and of the authorities of the state will be selected to form the STL."
        ),
        evidence: [.relacionDeRepresentantes])

    public static let seleccionDelFacilitador = InstallationStep(
        number: 7,
        stage: .integra,
        title: Localized(es: "Selección del facilitador", en: "Selection of the facilitator"),
        activity: Localized(es: "Selección del facilitador", en: "Selection of the facilitator"),
        responsible: Localized(es: "Representantes seleccionados", en: "Selected representatives"),
        responsibleParties: [.representantesSeleccionados],
        whatToDo: Localized(
            es:
                "Se determinará la forma de selección del facilitador y se llevará a cabo, procurando que pertenezca al ámbito académico o de la sociedad civil.",
            en: "The way of selecting the facilitator is decided and carried out, seeking someone from academia or civil society."),
        expectedResult: Localized(es: "Definición del facilitador", en: "Facilitator defined"),
        description: Localized(
            es:
                "Considerando que el facilitador constituye una figura neutral dentro del ejercicio de gobierno abierto; se seleccionará por el medio que defina el Secretariado a un facilitador que preferentemente pertenezca al ámbito académico o de la sociedad civil.",
            en:
                "Since the facilitator is a neutral figure within the open government exercise, a facilitator, preferably from academia or civil society, will be selected by the means the Secretariat defines."
        ),
        evidence: [.designacionDelFacilitador])

    public static let acuerdoSobreReglas = InstallationStep(
        number: 8,
        stage: .integra,
        title: Localized(
            es: "Acuerdo sobre las reglas de funcionamiento", en: "Agreement on the operating rules"),
        activity: Localized(
            es: "Acuerdo sobre las reglas de funcionamiento", en: "Agreement on the operating rules"),
        responsible: Localized(es: "Representantes seleccionados", en: "Selected representatives"),
        responsibleParties: [.representantesSeleccionados],
        whatToDo: Localized(
            es:
                "Definición del mecanismo de gobernanza que regirá la actuación del STL, incluyendo reglas para su integración, el proceso de elección y rotación y el esquema de toma de decisiones.",
            en:
                "Defining the governance mechanism that will govern the STL's work, including rules for its composition, the election and rotation process and the decision-making scheme."
        ),
        expectedResult: Localized(es: "Reglas de funcionamiento", en: "Operating rules"),
        description: Localized(
            es:
                "Una vez definidos los representantes de cada sector que conformarán el STL, se acordará el mecanismo de gobernanza que regirá su actuación, teniendo en cuenta las consideraciones mínimas para su integración e interacción, el proceso de elección y rotación de representantes, sus funciones, sus reglas de operación y funcionamiento, así como su esquema de toma de decisiones. Como parte de la definición del mecanismo de gobernanza, también se especificarán cuáles son los mecanismos idóneos de comunicación entre los integrantes del STL, así como entre los representantes del STL y otros actores gubernamentales y sociales relevantes en el desarrollo del ejercicio de gobierno abierto.",
            en:
                "Once the representatives of each sector who will form the STL are defined, the governance mechanism that will govern its work is agreed, taking into account the minimum considerations for its composition and interaction, the process for electing and rotating representatives, its functions, its operating rules, and its decision-making scheme. As part of defining the governance mechanism, the most suitable means of communication are also specified among the STL's members, and between the STL's representatives and other government and social actors relevant to the open government exercise."
        ),
        evidence: [.reglasDeFuncionamiento])

    public static let redaccionDelMecanismo = InstallationStep(
        number: 9,
        stage: .integra,
        title: Localized(
            es: "Redacción del mecanismo de gobernanza", en: "Drafting the governance mechanism"),
        activity: Localized(
            es: "Redacción del mecanismo de gobernanza", en: "Drafting the governance mechanism"),
        responsible: Localized(
            es: "Grupo Promotor y representantes seleccionados", en: "Promoter Group and selected representatives"),
        responsibleParties: [.grupoPromotor, .representantesSeleccionados],
        whatToDo: Localized(
            es:
                "Una vez acordadas las reglas de funcionamiento del STL, se redactará el documento que las contenga (incluir en el acta de instalación del STL).",
            en: "Once the STL's operating rules are agreed, the document containing them is drafted (to be included in the STL's installation act)."),
        expectedResult: Localized(
            es: "Documento con mecanismo de gobernanza", en: "Document with the governance mechanism"),
        description: Localized(
            es:
                "Una vez acordadas las reglas de funcionamiento del STL, se redactará el documento que las contenga. Es importante tener en cuenta que el mecanismo de gobernanza debe incluirse en el acta de instalación del STL.",
            en:
                "Once the STL's operating rules are agreed, the document containing them is drafted. The governance mechanism must be included in the STL's installation act."
        ),
        evidence: [.documentoMecanismoDeGobernanza])

    public static let instalacion = InstallationStep(
        number: 10,
        stage: .integra,
        title: Localized(es: "Instalación del STL", en: "Installation of the STL"),
        activity: Localized(es: "Instalación del STL", en: "Installation of the STL"),
        responsible: Localized(es: "Organismo garante", en: "Guarantor body"),
        responsibleParties: [.organismoGarante],
        whatToDo: Localized(
            es:
                "Celebración del acto protocolario de instalación del STL, en la que se suscribirá el acta correspondiente y la Comisión de Gobierno Abierto y Transparencia Proactiva del Sistema Nacional de Transparencia tomará protesta a los integrantes.",
            en:
                "Holding the formal installation ceremony of the STL, at which the corresponding act is signed and the Open Government and Proactive Transparency Commission of the National Transparency System swears in the members."
        ),
        expectedResult: Localized(
            es: "Instalación del STL y acta correspondiente", en: "STL installed, with its installation act"),
        description: Localized(
            es:
                "El organismo garante convocará a los representantes de cada sector previamente definidos como integrantes del STL, con la finalidad de llevar a cabo el acto protocolario de instalación, en el cual se tomará protesta a cada uno de sus integrantes y se realizará la suscripción del acta de instalación correspondiente.",
            en:
                "The guarantor body will convene the representatives of each sector previously defined as members of the STL to hold the formal installation ceremony, at which each member is sworn in and the corresponding installation act is signed."
        ),
        evidence: [.actaDeInstalacion])
}
