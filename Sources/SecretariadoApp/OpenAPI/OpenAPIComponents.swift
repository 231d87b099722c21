import SecretariadoCore

/// The named schemas of the API description. Each mirrors a DTO; schemathesis in `.ci/run`
/// checks real responses against them.
enum OpenAPIComponents {
    static let schemas: [String: Schema] = [
        "Error": .object(
            ["error": .boolean, "reason": .text, "field": .text,
             "issues": .array(.object(["path": .text, "message": .text], required: ["path", "message"]))],
            required: ["error", "reason"]),
        "Seats": .map(.integer(minimum: 0)),
        "PageMetadata": .object(["page": .integer(minimum: 1), "per": .integer(minimum: 1), "total": .integer(minimum: 0)], required: ["page", "per", "total"]),
        "SecretariatListItem": .object(
            ["slug": .text, "name": .text, "level": .enumeration(SecretariatLevel.self), "status": .enumeration(SecretariatStatus.self),
             "seats": .ref("Seats"), "balanced": .boolean, "url": .text],
            required: ["slug", "name", "seats", "balanced"]),
        "SecretariatPage": .object(["items": .array(.ref("SecretariatListItem")), "metadata": .ref("PageMetadata")], required: ["items", "metadata"]),
        "DecisionRule": .object(
            ["kind": .enumeration(DecisionRule.Kind.self), "threshold": .enumeration(DecisionRule.Threshold.self),
             "base": .enumeration(DecisionRule.Base.self), "requireSectors": .array(.text), "requireEverySector": .boolean,
             "referToMesaTematica": .boolean, "quorum": .any],
            required: ["kind"]),
        "Sector": .object(["code": .text, "name": .text, "nameEn": .text, "voting": .boolean], required: ["code", "name", "nameEn", "voting"]),
        "Person": .object(["id": .uuid, "name": .text, "email": .text, "phone": .text], required: ["id", "name"]),
        "OrganizationRef": .object(["id": .uuid, "name": .text], required: ["id", "name"]),
        "Organization": .object(
            ["id": .uuid, "name": .text, "kind": .enumeration(OrganizationKind.self), "website": .text, "contactEmail": .text, "notes": .text],
            required: ["id", "name", "kind"]),
        "Member": .object(
            ["id": .uuid, "seatId": .uuid, "sector": .text, "seatNumber": .integer(minimum: 1), "role": .enumeration(HolderRole.self),
             "person": .ref("Person"), "organization": .ref("OrganizationRef"), "office": .text, "startsOn": .date, "endsOn": .date,
             "current": .boolean, "note": .text],
            required: ["id", "seatId", "sector", "seatNumber", "role", "current"]),
        "Seat": .object(["id": .uuid, "sector": .text, "number": .integer(minimum: 1)], required: ["id", "sector", "number"]),
        "Facilitator": .object(
            ["vacant": .boolean, "person": .ref("Person"), "origin": .text, "originKind": .enumeration(OrganizationKind.self),
             "startsOn": .date, "endsOn": .date, "note": .text],
            required: ["vacant"]),
        "Secretariat": .object(
            ["slug": .text, "name": .text, "level": .text, "state": .text, "status": .text, "seats": .ref("Seats"),
             "balanced": .boolean, "balanceExplanation": .text, "rule": .ref("DecisionRule"), "ruleText": .text,
             "sectors": .array(.ref("Sector")), "members": .array(.ref("Member")),
             "organizations": .array(.ref("Organization")), "facilitator": .ref("Facilitator")],
            required: ["slug", "name", "seats", "balanced", "rule", "sectors", "members", "organizations"]),
        "AuditEntry": .object(
            ["at": .dateTime, "actor": .text, "action": .text, "entity": .text, "entityId": .text, "summary": .text,
             "before": .text, "after": .text],
            required: ["at", "actor", "action", "entity", "summary"]),
        "AuditPage": .object(["items": .array(.ref("AuditEntry")), "metadata": .ref("PageMetadata")], required: ["items", "metadata"]),
        "SecretariatInput": .object(
            ["name": .text, "slug": .text, "level": .enumeration(SecretariatLevel.self), "state": .text,
             "ruleKind": .enumeration(DecisionRule.Kind.self), "ruleText": .text],
            required: ["name"]),
        "OrganizationInput": .object(
            ["name": .text, "kind": .enumeration(OrganizationKind.self), "website": .string(format: "uri"), "contactEmail": .string(format: "email"), "notes": .text],
            required: ["name", "kind"]),
        "SeatInput": .object(["sector": .text], required: ["sector"]),
        "SectorInput": .object(["name": .text, "nameEn": .text, "code": .text, "voting": .string(values: ["si", "no"])], required: ["name"]),
        "MemberInput": .object(
            ["seatId": .uuid, "role": .enumeration(HolderRole.self), "personName": .text, "personEmail": .string(format: "email"),
             "personPhone": .text, "organizationId": .uuid, "office": .text, "startsOn": .date, "note": .text],
            required: ["seatId", "role"]),
        "MemberUpdate": .object(["personName": .text, "office": .text, "note": .text, "endsOn": .date]),
        "AnalysisRequest": .object(
            ["forums": .array(.object(
                ["name": .text, "seats": .ref("Seats"), "observers": .array(.text), "rule": .ref("DecisionRule")],
                required: ["name", "seats", "rule"]))],
            required: ["forums"]),
        "Finding": .object(["severity": .string(values: ["error", "warning", "info"]), "code": .text, "message": .text], required: ["severity", "code", "message"]),
        "AnalysisResponse": .object(
            ["forums": .array(.object(
                ["name": .text, "balanced": .boolean, "dominantSectors": .array(.text), "vetoSectors": .array(.text),
                 "banzhaf": .map(.number), "shapleyShubik": .map(.number), "findings": .array(.ref("Finding"))],
                required: ["name", "balanced", "dominantSectors", "vetoSectors", "banzhaf", "shapleyShubik", "findings"]))],
            required: ["forums"]),
        "Popolo": .object(
            ["organizations": .array(.any), "persons": .array(.any), "memberships": .array(.any), "posts": .array(.any),
             "events": .array(.any), "motions": .array(.any), "vote_events": .array(.any)],
            required: ["organizations", "persons", "memberships", "posts"]),
        "OpenDataCatalog": .object(
            ["license": .text, "licenseUrl": .text, "datasets": .array(.object(
                ["id": .text, "title": .text, "description": .text, "format": .text, "url": .text, "license": .text, "updatedAt": .dateTime],
                required: ["id", "title", "format", "url", "license"]))],
            required: ["license", "datasets"]),
        "Governance": .object(
            ["version": .integer(minimum: 1), "note": .text, "author": .text, "createdAt": .dateTime, "document": .any, "markdown": .text],
            required: ["version", "document"]),
    ]
}
