import SecretariadoCore

// The installation API. Its schemas are inline so the shared components stay as they are.
extension APIOperation {
    static let installationRoadmap = APIOperation(
        id: "installationRoadmap", summary: "Ruta de instalación del STL: diez pasos, estado, fechas, evidencias y avance por etapa",
        tag: "instalacion", replies: [.ok(InstallationSchemas.roadmap), .notFound])
    static let installationPromoterGroup = APIOperation(
        id: "installationPromoterGroup", summary: "Grupo Promotor y ruta de trabajo (sin datos de contacto salvo para quien puede leerlos)",
        tag: "instalacion", replies: [.ok(InstallationSchemas.promoterGroup), .notFound])
    static let installationRegistrations = APIOperation(
        id: "installationRegistrations", summary: "Organizaciones registradas en la convocatoria y la decisión sobre cada una (sólo campos públicos)",
        tag: "instalacion", replies: [.ok(.array(InstallationSchemas.registration)), .notFound])
    static let installationElection = APIOperation(
        id: "installationElection",
        summary: "Elección de la representación de la sociedad civil: fase, candidaturas y participación (nunca el conteo antes del cierre)",
        tag: "instalacion", replies: [.ok(InstallationSchemas.election), .notFound])
    static let installationElectionResults = APIOperation(
        id: "installationElectionResults", summary: "Resultados con el conteo completo y las boletas (sólo después del cierre)",
        tag: "instalacion", replies: [.ok(InstallationSchemas.results), .unauthorized, .forbidden, .notFound])
}

enum InstallationSchemas {
    static let evidence = Schema.object(
        ["kind": .enumeration(InstallationEvidence.self), "label": .text, "title": .text, "url": .text, "addedOn": .date],
        required: ["kind", "label", "title", "url"])
    static let roadmap = Schema.object(
        [
            "slug": .text, "status": .enumeration(SecretariatStatus.self), "installedOn": .date, "historical": .boolean,
            "concluded": .integer(minimum: 0), "total": .integer(minimum: 0),
            "stages": .array(
                .object(
                    [
                        "number": .integer(minimum: 1), "name": .text, "purpose": .text, "total": .integer(minimum: 0),
                        "concluded": .integer(minimum: 0), "inProgress": .integer(minimum: 0),
                    ],
                    required: ["number", "name", "purpose", "total", "concluded", "inProgress"])),
            "steps": .array(
                .object(
                    [
                        "number": .integer(minimum: 1, maximum: 10), "stage": .integer(minimum: 1, maximum: 3), "title": .text,
                        "responsible": .text, "whatToDo": .text, "expectedResult": .text,
                        "status": .enumeration(InstallationStepStatus.self), "startedOn": .date, "concludedOn": .date, "notes": .text,
                        "evidence": .array(evidence),
                    ],
                    required: ["number", "stage", "title", "responsible", "whatToDo", "expectedResult", "status", "evidence"])),
            "acta": .object(
                ["issuedOn": .date, "sha256": .text, "html": .text, "markdown": .text], required: ["issuedOn", "sha256", "html", "markdown"]),
        ],
        required: ["slug", "status", "historical", "concluded", "total", "stages", "steps"])
    static let promoterGroup = Schema.object(
        [
            "members": .array(
                .object(
                    [
                        "id": .uuid, "name": .text, "organization": .text, "sector": .text, "position": .text,
                        "contactEmail": .text, "contactPhone": .text,
                    ],
                    required: ["id", "name", "sector"])),
            "workRoute": .array(
                .object(
                    [
                        "id": .uuid, "title": .text, "startsOn": .date, "endsOn": .date, "stepNumber": .integer(minimum: 1, maximum: 10),
                        "responsible": .text, "notes": .text,
                    ],
                    required: ["id", "title", "startsOn"])),
        ],
        required: ["members", "workRoute"])
    static let registration = Schema.object(
        [
            "id": .uuid, "organizationName": .text, "kind": .enumeration(OrganizationKind.self),
            "agendaKind": .enumeration(AgendaKind.self), "agenda": .text, "website": .text, "evidenceLinks": .array(.text),
            "status": .enumeration(RegistrationStatus.self), "decisionReason": .text, "decidedOn": .date, "registeredAt": .dateTime,
        ],
        required: ["id", "organizationName", "kind", "agendaKind", "agenda", "evidenceLinks", "status"])
    static let election = Schema.object(
        [
            "title": .text, "seats": .integer(minimum: 1), "method": .enumeration(ElectionMethod.self),
            "phase": .enumeration(ElectionPhase.self), "opensAt": .dateTime, "closesAt": .dateTime, "closedAt": .dateTime,
            "eligibleOrganizations": .integer(minimum: 0), "ballotsCast": .integer(minimum: 0),
            "candidates": .array(
                .object(
                    ["id": .uuid, "personName": .text, "organization": .text, "nominatedBy": .text],
                    required: ["id", "personName", "organization", "nominatedBy"])),
            "results": .text,
        ],
        required: ["title", "seats", "method", "phase", "opensAt", "closesAt", "eligibleOrganizations", "ballotsCast", "candidates"])
    static let results = Schema.object(
        [
            "title": .text, "method": .enumeration(ElectionMethod.self), "seats": .integer(minimum: 1), "closedAt": .dateTime,
            "eligibleOrganizations": .integer(minimum: 0), "ballotsCast": .integer(minimum: 0), "blankBallots": .integer(minimum: 0),
            "byAcclamation": .boolean, "explanation": .text,
            "rows": .array(
                .object(
                    [
                        "rank": .integer(minimum: 1), "candidateId": .uuid, "personName": .text, "organization": .text,
                        "votes": .integer(minimum: 0), "outcome": .enumeration(ElectionOutcome.self), "decidedByLot": .boolean, "lotKey": .text,
                    ],
                    required: ["rank", "candidateId", "personName", "organization", "votes", "outcome", "decidedByLot", "lotKey"])),
            "ballots": .array(.array(.uuid)),
        ],
        required: [
            "title", "method", "seats", "eligibleOrganizations", "ballotsCast", "blankBallots", "byAcclamation", "explanation", "rows", "ballots",
        ])
}
