import SecretariadoCore

// The follow-up API: agreements tracker, Plan de Acción Local, finances,
// outreach and summaries. Its schemas are inline (FollowUpSchemas) so the shared
// components stay as they are.
extension APIOperation {
    private static let csv = Reply(status: 200, description: "CSV (RFC 4180, UTF-8, con encabezado)", schema: .text, contentType: "text/csv")

    static let agreementFilters: [QueryParameter] = [
        .init(
            name: "status", schema: .enumeration(AgreementStatus.self),
            description: "Estado que muestra hoy (vencido se deriva de la fecha compromiso)"),
        .init(name: "owner", schema: .text, description: "Texto contenido en el nombre del responsable"),
        .init(name: "sector", schema: .text, description: "Código del sector responsable"),
        .init(name: "session", schema: .uuid, description: "Sesión en que se tomó"),
    ]

    // Agreements
    static let createAgreement = APIOperation(
        id: "createAgreement", summary: "Registrar un acuerdo directamente", tag: "seguimiento", authenticated: true,
        body: FollowUpSchemas.agreementInput, replies: [.created(FollowUpSchemas.agreementDetail)] + Reply.writeErrors)
    static let getAgreement = APIOperation(
        id: "getAgreement", summary: "Un acuerdo con sus notas de seguimiento", tag: "seguimiento",
        replies: [.ok(FollowUpSchemas.agreementDetail), .notFound])
    static let addAgreementNote = APIOperation(
        id: "addAgreementNote", summary: "Nota de seguimiento con evidencias; opcionalmente cambia el estado", tag: "seguimiento",
        authenticated: true, body: FollowUpSchemas.noteInput, replies: [.created(FollowUpSchemas.note)] + Reply.writeErrors)
    static let secretariatAgreementsCSV = APIOperation(
        id: "secretariatAgreementsCSV", summary: "Acuerdos del STL en CSV, con su seguimiento (mismos filtros que la lista)", tag: "datos-abiertos",
        query: agreementFilters, replies: [csv, .notFound, .invalid])

    // Plan de Acción Local
    static let listActionPlans = APIOperation(
        id: "listActionPlans", summary: "Planes de Acción Local con compromisos e hitos", tag: "seguimiento",
        replies: [.ok(.array(FollowUpSchemas.plan)), .notFound])
    static let createActionPlan = APIOperation(
        id: "createActionPlan", summary: "Registrar un Plan de Acción Local", tag: "seguimiento", authenticated: true,
        body: FollowUpSchemas.planInput, replies: [.created(FollowUpSchemas.plan)] + Reply.writeErrors)
    static let getActionPlan = APIOperation(
        id: "getActionPlan", summary: "Un plan con sus compromisos e hitos", tag: "seguimiento",
        replies: [.ok(FollowUpSchemas.plan), .notFound])
    static let addCommitment = APIOperation(
        id: "addCommitment", summary: "Agregar un compromiso al plan", tag: "seguimiento", authenticated: true,
        body: FollowUpSchemas.commitmentInput, replies: [.created(FollowUpSchemas.commitment)] + Reply.writeErrors)
    static let getCommitment = APIOperation(
        id: "getCommitment", summary: "Un compromiso: hitos, nivel según hitos y ajuste del STL", tag: "seguimiento",
        replies: [.ok(FollowUpSchemas.commitment), .notFound])
    static let setCommitmentLevel = APIOperation(
        id: "setCommitmentLevel", summary: "Ajustar (o quitar, con nivel vacío) el nivel de cumplimiento, con motivo", tag: "seguimiento",
        authenticated: true, body: FollowUpSchemas.levelInput, replies: [.ok(FollowUpSchemas.commitment)] + Reply.writeErrors)
    static let addMilestone = APIOperation(
        id: "addMilestone", summary: "Agregar un hito al compromiso", tag: "seguimiento", authenticated: true,
        body: FollowUpSchemas.milestoneInput, replies: [.created(FollowUpSchemas.milestone)] + Reply.writeErrors)
    static let updateMilestone = APIOperation(
        id: "updateMilestone", summary: "Marcar un hito cumplido o pendiente, con fecha y evidencias", tag: "seguimiento",
        authenticated: true, body: FollowUpSchemas.milestoneUpdate, replies: [.ok(FollowUpSchemas.milestone)] + Reply.writeErrors)
    static let commitmentsCSV = APIOperation(
        id: "commitmentsCSV", summary: "Compromisos del STL en CSV, con niveles", tag: "datos-abiertos", replies: [csv, .notFound])
    static let milestonesCSV = APIOperation(
        id: "milestonesCSV", summary: "Hitos de los compromisos del STL en CSV", tag: "datos-abiertos", replies: [csv, .notFound])
    static let nationalCommitmentsCSV = APIOperation(
        id: "nationalCommitmentsCSV", summary: "Compromisos de todos los STL en CSV", tag: "datos-abiertos", replies: [csv])
    static let nationalMilestonesCSV = APIOperation(
        id: "nationalMilestonesCSV", summary: "Hitos de todos los STL en CSV", tag: "datos-abiertos", replies: [csv])

    // Finances and outreach
    static let listExpenses = APIOperation(
        id: "listExpenses", summary: "Recursos ejercidos con totales exactos por periodo y concepto", tag: "seguimiento",
        query: [
            .init(name: "period", schema: .enumeration(SpendingTotals.Period.self), description: "Periodo de los totales (trimestre por omisión)")
        ],
        replies: [.ok(FollowUpSchemas.expenses), .notFound, .invalid])
    static let recordExpense = APIOperation(
        id: "recordExpense", summary: "Registrar un gasto (monto en pesos: 1,234.50)", tag: "seguimiento", authenticated: true,
        body: FollowUpSchemas.expenseInput, replies: [.created(FollowUpSchemas.expense)] + Reply.writeErrors)
    static let correctExpense = APIOperation(
        id: "correctExpense", summary: "Corregir un gasto: cambia sólo los campos enviados (queda en la bitácora)", tag: "seguimiento",
        authenticated: true, body: FollowUpSchemas.expenseInput, replies: [.ok(FollowUpSchemas.expense)] + Reply.writeErrors)
    static let annulExpense = APIOperation(
        id: "annulExpense", summary: "Anular un gasto con su motivo: sigue listado, marcado, y sale de todos los totales", tag: "seguimiento",
        authenticated: true, body: FollowUpSchemas.annulInput, replies: [.ok(FollowUpSchemas.expense)] + Reply.writeErrors)
    static let expensesCSV = APIOperation(
        id: "expensesCSV", summary: "Gastos del STL en CSV", tag: "datos-abiertos", replies: [csv, .notFound])
    static let nationalExpensesCSV = APIOperation(
        id: "nationalExpensesCSV", summary: "Gastos de todos los STL en CSV", tag: "datos-abiertos", replies: [csv])
    static let listOutreach = APIOperation(
        id: "listOutreach", summary: "Actividades de sensibilización y difusión", tag: "seguimiento",
        replies: [.ok(.array(FollowUpSchemas.outreach)), .notFound])
    static let recordOutreach = APIOperation(
        id: "recordOutreach", summary: "Registrar una actividad de difusión", tag: "seguimiento", authenticated: true,
        body: FollowUpSchemas.outreachInput, replies: [.created(FollowUpSchemas.outreach)] + Reply.writeErrors)
    static let outreachCSV = APIOperation(
        id: "outreachCSV", summary: "Actividades de difusión del STL en CSV", tag: "datos-abiertos", replies: [csv, .notFound])
    static let nationalOutreachCSV = APIOperation(
        id: "nationalOutreachCSV", summary: "Actividades de difusión de todos los STL en CSV", tag: "datos-abiertos", replies: [csv])
    static let followUpSummary = APIOperation(
        id: "followUpSummary", summary: "Tablero de seguimiento del STL: compromisos por nivel, acuerdos por trimestre, gasto", tag: "seguimiento",
        replies: [.ok(FollowUpSchemas.summary), .notFound])
    static let nationalFollowUpSummary = APIOperation(
        id: "nationalFollowUpSummary", summary: "Tablero nacional de seguimiento, con una línea por STL", tag: "seguimiento",
        replies: [.ok(FollowUpSchemas.summary)])
}

enum FollowUpSchemas {
    static let links = Schema.array(.text)
    /// "1234.50": exact decimal pesos.
    static let amount = Schema.string(example: "1234.50")
    static let total = Schema.object(["key": .text, "amount": amount, "amountCentavos": .integer()], required: ["key", "amount", "amountCentavos"])

    static let agreementFields: [String: Schema] = [
        "id": .uuid, "code": .text, "title": .text, "description": .text, "owner": .text, "ownerSector": .text,
        "dueOn": .date, "status": .enumeration(AgreementStatus.self), "effectiveStatus": .enumeration(AgreementStatus.self),
        "overdue": .boolean, "sessionId": .uuid,
    ]
    static let note = Schema.object(
        ["id": .uuid, "notedOn": .date, "text": .text, "evidenceLinks": links, "status": .enumeration(AgreementStatus.self), "author": .text],
        required: ["id", "notedOn", "text", "evidenceLinks", "author"])
    static let agreementDetail = Schema.object(
        agreementFields.merging(["number": .integer(minimum: 1), "notes": .array(note)]) { a, _ in a },
        required: ["id", "number", "code", "title", "owner", "status", "effectiveStatus", "overdue", "notes"])
    static let milestone = Schema.object(
        ["id": .uuid, "position": .integer(minimum: 1), "title": .text, "dueOn": .date, "done": .boolean, "doneOn": .date, "evidenceLinks": links],
        required: ["id", "position", "title", "done", "evidenceLinks"])
    static let commitment = Schema.object(
        [
            "id": .uuid, "planId": .uuid, "number": .integer(minimum: 1), "title": .text, "problem": .text, "objective": .text,
            "leadInstitution": .text, "coResponsible": .text, "ogpValues": .array(.enumeration(OGPValue.self)),
            "derivedLevel": .enumeration(CompletionLevel.self), "levelOverride": .enumeration(CompletionLevel.self), "overrideReason": .text,
            "level": .enumeration(CompletionLevel.self), "milestones": .array(milestone),
        ],
        required: [
            "id", "planId", "number", "title", "problem", "objective", "leadInstitution", "coResponsible", "ogpValues",
            "derivedLevel", "level", "milestones",
        ])
    static let plan = Schema.object(
        ["id": .uuid, "title": .text, "description": .text, "startsOn": .date, "endsOn": .date, "commitments": .array(commitment)],
        required: ["id", "title", "startsOn", "endsOn", "commitments"])
    static let expense = Schema.object(
        [
            "id": .uuid, "spentOn": .date, "concept": .text, "amount": amount, "amountCentavos": .integer(minimum: 1), "source": .text,
            "receiptUrl": .text,
            "annulled": .boolean, "annulReason": .text,
        ],
        required: ["id", "spentOn", "concept", "amount", "amountCentavos", "source", "annulled"])
    static let expenses = Schema.object(
        [
            "period": .enumeration(SpendingTotals.Period.self), "total": amount, "totalCentavos": .integer(minimum: 0),
            "byPeriod": .array(total), "byConcept": .array(total), "items": .array(expense),
        ],
        required: ["period", "total", "totalCentavos", "byPeriod", "byConcept", "items"])
    static let outreach = Schema.object(
        [
            "id": .uuid, "heldOn": .date, "kind": .enumeration(OutreachKind.self), "title": .text, "audience": .text,
            "attendees": .integer(minimum: 0), "materialLinks": links,
        ],
        required: ["id", "heldOn", "kind", "title", "audience", "attendees", "materialLinks"])
    static let summary = Schema.object(
        [
            "actionPlans": .integer(minimum: 0), "commitments": .integer(minimum: 0),
            "commitmentsByLevel": .array(
                .object(["level": .enumeration(CompletionLevel.self), "count": .integer(minimum: 0)], required: ["level", "count"])),
            "milestones": .integer(minimum: 0), "milestonesVerified": .integer(minimum: 0), "agreements": .integer(minimum: 0),
            "agreementsByStatus": .map(.integer(minimum: 0)),
            "agreementsByQuarter": .array(.object(["quarter": .text, "counts": .map(.integer(minimum: 0))], required: ["quarter", "counts"])),
            "spendingTotal": amount, "spendingByQuarter": .array(total), "spendingByConcept": .array(total),
            "outreachActivities": .integer(minimum: 0), "outreachAttendees": .integer(minimum: 0),
            "secretariats": .array(
                .object(
                    [
                        "slug": .text, "commitments": .integer(minimum: 0), "advancedCommitments": .integer(minimum: 0),
                        "agreements": .integer(minimum: 0),
                        "overdueAgreements": .integer(minimum: 0), "spending": amount, "outreachActivities": .integer(minimum: 0),
                    ],
                    required: ["slug", "commitments", "advancedCommitments", "agreements", "overdueAgreements", "spending", "outreachActivities"])),
        ],
        required: [
            "actionPlans", "commitments", "commitmentsByLevel", "milestones", "milestonesVerified", "agreements", "agreementsByStatus",
            "agreementsByQuarter", "spendingTotal", "spendingByQuarter", "spendingByConcept", "outreachActivities", "outreachAttendees",
        ])

    // Bodies: every field is text, checked by the server (422 names the field).
    private static func input(_ fields: [String: String]) -> Schema {
        .object(fields.mapValues { example in Schema.string(example: example) })
    }
    static let agreementInput = input([
        "title": "Publicar el padrón de obra pública", "description": "", "owner": "Secretaría de Infraestructura",
        "ownerSector": "gobierno", "dueOn": "2026-09-30", "sessionId": "",
    ])
    static let noteInput = input([
        "notedOn": "2026-06-15", "text": "Se publicó la primera versión", "evidenceLinks": "https://example.org/evidencia",
        "status": "en_proceso",
    ])
    static let planInput = input(["title": "Plan de Acción Local 2026-2027", "description": "", "startsOn": "2026-01-01", "endsOn": "2027-12-31"])
    static let commitmentInput = input([
        "title": "Presupuesto participativo abierto", "problem": "…", "objective": "…",
        "leadInstitution": "Tesorería", "coResponsible": "Observatorio ciudadano",
        "ogpValues": "participacion_civica,rendicion_cuentas",
    ])
    static let levelInput = input(["levelOverride": "sustancial", "overrideReason": "…"])
    static let milestoneInput = input(["title": "Publicar la convocatoria", "dueOn": "2026-05-31"])
    static let milestoneUpdate = input(["done": "true", "doneOn": "2026-05-20", "evidenceLinks": "https://example.org/convocatoria"])
    static let expenseInput = input([
        "spentOn": "2026-03-12", "concept": "Logística de sesiones", "amount": "1,234.50",
        "source": "Presupuesto del organismo garante", "receiptUrl": "https://example.org/factura.pdf",
    ])
    static let annulInput = input(["reason": "Monto capturado dos veces"])
    static let outreachInput = input([
        "heldOn": "2026-04-20", "kind": "taller", "title": "Taller de datos abiertos", "audience": "OSC",
        "attendees": "35", "materialLinks": "https://example.org/presentacion.pdf",
    ])
}
