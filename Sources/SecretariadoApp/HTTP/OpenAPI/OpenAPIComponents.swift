import SecretariadoCore

/// The named schemas of the API description. Each mirrors a DTO; schemathesis in `.ci/run`
/// checks real responses against them.
enum OpenAPIComponents {
    static let schemas: [String: Schema] = [
        "Error": .object(
            [
                "error": .boolean, "reason": .text, "field": .text,
                "issues": .array(.object(["path": .text, "message": .text], required: ["path", "message"])),
            ],
            required: ["error", "reason"]),
        "Seats": .map(.integer(minimum: 0)),
        "PageMetadata": .object(
            ["page": .integer(minimum: 1), "per": .integer(minimum: 1), "total": .integer(minimum: 0)], required: ["page", "per", "total"]),
        "SecretariatListItem": .object(
            [
                "slug": .text, "name": .text, "level": .enumeration(SecretariatLevel.self), "status": .enumeration(SecretariatStatus.self),
                "seats": .ref("Seats"), "balanced": .boolean, "url": .text,
                "integration": .ref("Integration"), "currentlyBalanced": .boolean, "demo": .boolean, "demoRecords": .boolean,
            ],
            required: ["slug", "name", "seats", "balanced", "integration", "currentlyBalanced"]),
        // `balanced` speaks of the seat design; `integration` of today's titulares: a seat
        // without a current titular is a vacancy, `since` the day its last titular term
        // ended, or null when it never had one.
        "Integration": .object(
            [
                "complete": .boolean,
                "vacancies": .array(
                    .object(["sector": .text, "seat": .integer(minimum: 1), "since": .nullable(.date)], required: ["sector", "seat", "since"])),
            ],
            required: ["complete", "vacancies"]),
        "SecretariatPage": .object(
            ["items": .array(.ref("SecretariatListItem")), "metadata": .ref("PageMetadata")], required: ["items", "metadata"]),
        "DecisionRule": .object(
            [
                "kind": .enumeration(DecisionRule.Kind.self), "threshold": .enumeration(DecisionRule.Threshold.self),
                "base": .enumeration(DecisionRule.Base.self), "requireSectors": .array(.text), "requireEverySector": .boolean,
                "referToMesaTematica": .boolean, "quorum": .any,
            ],
            required: ["kind"]),
        "Sector": .object(["code": .text, "name": .text, "nameEn": .text, "voting": .boolean], required: ["code", "name", "nameEn", "voting"]),
        "Person": .object(["id": .uuid, "name": .text, "email": .text, "phone": .text], required: ["id", "name"]),
        "OrganizationRef": .object(["id": .uuid, "name": .text], required: ["id", "name"]),
        "Organization": .object(
            ["id": .uuid, "name": .text, "kind": .enumeration(OrganizationKind.self), "website": .text, "contactEmail": .text, "notes": .text],
            required: ["id", "name", "kind"]),
        "Member": .object(
            [
                "id": .uuid, "seatId": .uuid, "sector": .text, "seatNumber": .integer(minimum: 1), "role": .enumeration(HolderRole.self),
                "person": .ref("Person"), "organization": .ref("OrganizationRef"), "office": .text, "startsOn": .date, "endsOn": .date,
                "current": .boolean, "note": .text, "appointment": .ref("Appointment"), "demo": .boolean,
            ],
            required: ["id", "seatId", "sector", "seatNumber", "role", "current"]),
        "Appointment": .object(
            ["direct": .boolean, "reference": .enumeration(Appointment.Reference.self), "reason": .text, "electionId": .uuid, "label": .text],
            required: ["direct", "reference", "label"]),
        "Seat": .object(["id": .uuid, "sector": .text, "number": .integer(minimum: 1)], required: ["id", "sector", "number"]),
        "Facilitator": .object(
            [
                "vacant": .boolean, "person": .ref("Person"), "origin": .text, "originKind": .enumeration(OrganizationKind.self),
                "startsOn": .date, "endsOn": .date, "note": .text,
            ],
            required: ["vacant"]),
        "Secretariat": .object(
            [
                "slug": .text, "name": .text, "level": .text, "state": .text, "status": .text, "seats": .ref("Seats"),
                "balanced": .boolean, "balanceExplanation": .text, "rule": .ref("DecisionRule"), "ruleText": .text,
                "sectors": .array(.ref("Sector")), "members": .array(.ref("Member")),
                "organizations": .array(.ref("Organization")), "facilitator": .ref("Facilitator"),
                "integration": .ref("Integration"), "currentlyBalanced": .boolean, "integrationExplanation": .text,
                // `demo`: the whole STL is invented; `demoRecords`: it holds invented records.
                "demo": .boolean, "demoRecords": .boolean,
            ],
            required: ["slug", "name", "seats", "balanced", "rule", "sectors", "members", "organizations", "integration", "currentlyBalanced"]),
        "AuditEntry": .object(
            [
                "at": .dateTime, "actor": .text, "action": .text, "entity": .text, "entityId": .text, "summary": .text,
                "before": .text, "after": .text,
            ],
            required: ["at", "actor", "action", "entity", "summary"]),
        "AuditPage": .object(["items": .array(.ref("AuditEntry")), "metadata": .ref("PageMetadata")], required: ["items", "metadata"]),
        "SecretariatInput": .object(
            [
                "name": .text, "slug": .text, "level": .enumeration(SecretariatLevel.self), "state": .text,
                "ruleKind": .enumeration(DecisionRule.Kind.self), "ruleText": .text,
            ],
            required: ["name"]),
        "OrganizationInput": .object(
            [
                "name": .text, "kind": .enumeration(OrganizationKind.self), "website": .orEmpty(.string(format: "uri")),
                "contactEmail": .orEmpty(.string(format: "email")), "notes": .text,
            ],
            required: ["name", "kind"]),
        "SeatInput": .object(["sector": .text], required: ["sector"]),
        "SectorInput": .object(["name": .text, "nameEn": .text, "code": .text, "voting": .string(values: ["si", "no"])], required: ["name"]),
        "MemberInput": .object(
            [
                "seatId": .uuid, "role": .enumeration(HolderRole.self), "personName": .text, "personEmail": .orEmpty(.string(format: "email")),
                "personPhone": .text, "organizationId": .uuid, "office": .text, "startsOn": .orEmpty(.date), "note": .text,
                "appointmentReference": .orEmpty(.enumeration(Appointment.Reference.self)), "appointmentReason": .text,
                "confirmDirectAppointment": .text,
            ],
            required: ["seatId", "role"]),
        "MemberUpdate": .object(["personName": .text, "office": .text, "note": .text, "endsOn": .orEmpty(.date)]),
        "AnalysisRequest": .object(
            [
                "forums": .array(
                    .object(
                        ["name": .text, "seats": .ref("Seats"), "observers": .array(.text), "rule": .ref("DecisionRule")],
                        required: ["name", "seats", "rule"]))
            ],
            required: ["forums"]),
        "Finding": .object(
            ["severity": .string(values: ["error", "warning", "info"]), "code": .text, "message": .text], required: ["severity", "code", "message"]),
        "AnalysisResponse": .object(
            [
                "forums": .array(
                    .object(
                        [
                            "name": .text, "balanced": .boolean, "dominantSectors": .array(.text), "vetoSectors": .array(.text),
                            "banzhaf": .map(.number), "shapleyShubik": .map(.number), "findings": .array(.ref("Finding")),
                        ],
                        required: ["name", "balanced", "dominantSectors", "vetoSectors", "banzhaf", "shapleyShubik", "findings"]))
            ],
            required: ["forums"]),
        "Popolo": .object(
            [
                "organizations": .array(.any), "persons": .array(.any), "memberships": .array(.any), "posts": .array(.any),
                "events": .array(.any), "motions": .array(.any), "vote_events": .array(.any),
            ],
            required: ["organizations", "persons", "memberships", "posts"]),
        "OpenDataCatalog": .object(
            [
                "license": .text, "licenseUrl": .text,
                "datasets": .array(
                    .object(
                        ["id": .text, "title": .text, "description": .text, "format": .text, "url": .text, "license": .text, "updatedAt": .dateTime],
                        required: ["id", "title", "format", "url", "license"])),
            ],
            required: ["license", "datasets"]),
        "Governance": .object(
            [
                "version": .integer(minimum: 1), "note": .text, "author": .text, "createdAt": .dateTime,
                "origin": .enumeration(CharterAmendment.Origin.self), "motionId": .uuid, "sessionId": .uuid, "document": .any, "markdown": .text,
            ],
            required: ["version", "document"]),
        "GovernanceDraft": .object(
            [
                "id": .uuid, "baseVersion": .integer(minimum: 0), "note": .text, "author": .text, "createdAt": .dateTime,
                "status": .enumeration(CharterAmendment.DraftStatus.self), "adoptedVersion": .integer(minimum: 1), "document": .any,
                "changes": .array(
                    .object(["field": .text, "label": .text, "old": .text, "new": .text], required: ["field", "label", "old", "new"])),
                "diff": .array(.object(["kind": .enumeration(LineDiff.Kind.self), "text": .text], required: ["kind", "text"])),
            ],
            required: ["id", "baseVersion", "note", "status", "document", "changes", "diff"]),
        "GovernanceDraftInput": .object(
            [
                "representatives": .text, "electionMethod": .text, "termMonths": .text, "rotation": .text, "functions": .text,
                "ordinaryFrequency": .text, "ordinaryNoticeDays": .text, "extraordinaryNoticeDays": .text, "allowsUrgentExtraordinary": .text,
                "convenedBy": .text, "sessions": .text, "ruleKind": .text, "threshold": .text, "base": .text, "requireSectors": .array(.text),
                "requireEverySector": .text, "referToMesaTematica": .text, "ruleText": .text, "voteChange": .text,
                "facilitatorDescription": .text, "facilitatorFunctions": .text, "communication": .text, "note": .text,
            ],
            required: ["note"]),
        // Sessions, voting, minutes and archive: mirrors DTO/SessionDTOs.swift and
        // DTO/SessionInputs.swift; optional DTO fields are left out of the JSON when nil.
        "Session": .object(
            [
                "id": .uuid, "number": .integer(minimum: 1), "title": .text, "kind": .enumeration(SessionKind.self), "urgent": .boolean,
                "status": .enumeration(SessionStatus.self), "startsAt": .dateTime, "endsAt": .dateTime, "place": .text,
                "modality": .enumeration(SessionModality.self), "reason": .text, "requestedBy": .text, "convenedAt": .dateTime,
                "cancelReason": .text, "sequence": .integer(minimum: 0), "url": .text, "demo": .boolean,
            ],
            required: ["id", "title", "kind", "urgent", "status", "sequence", "url"]),
        "MotionVote": .object(
            ["seat": .text, "holderRole": .enumeration(HolderRole.self), "option": .enumeration(VoteOption.self)],
            required: ["seat", "holderRole", "option"]),
        "Motion": .object(
            [
                "id": .uuid, "agendaItemId": .uuid, "title": .text, "text": .text, "status": .enumeration(MotionStatus.self),
                "result": .enumeration(Outcome.Result.self), "decidedBy": .enumeration(DecisionStep.self), "explanation": .text,
                "explanationEn": .text, "governanceDraftId": .uuid, "votes": .array(.ref("MotionVote")),
            ],
            required: ["id", "agendaItemId", "title", "status", "votes"]),
        "AgendaItem": .object(
            [
                "id": .uuid, "position": .integer(minimum: 1), "title": .text, "description": .text, "proposedBy": .text,
                "links": .array(.text), "motions": .array(.ref("Motion")),
            ],
            required: ["id", "position", "title", "links", "motions"]),
        "AttendanceLine": .object(
            ["seatId": .uuid, "seat": .text, "sector": .text, "attendance": .enumeration(Attendance.self), "attendee": .text],
            required: ["seatId", "seat", "sector"]),
        "Agreement": .object(
            [
                "id": .uuid, "code": .text, "title": .text, "description": .text, "owner": .text, "ownerSector": .text,
                "dueOn": .date, "status": .enumeration(AgreementStatus.self), "sessionId": .uuid,
                // Follow-up: the status shown today, "vencido" when open past its due date.
                "effectiveStatus": .enumeration(AgreementStatus.self), "overdue": .boolean, "demo": .boolean,
            ],
            required: ["id", "code", "title", "owner", "status", "effectiveStatus", "overdue"]),
        "SessionDetail": .object(
            [
                "session": .ref("Session"), "agenda": .array(.ref("AgendaItem")), "attendance": .array(.ref("AttendanceLine")),
                "quorum": .text, "quorumReached": .boolean, "agreements": .array(.ref("Agreement")),
                "minutesStatus": .enumeration(MinutesStatus.self), "minutesDigest": .text,
            ],
            required: ["session", "agenda", "attendance", "quorum", "quorumReached", "agreements", "minutesStatus"]),
        "Vote": .object(
            ["motionId": .uuid, "option": .enumeration(VoteOption.self), "holderRole": .enumeration(HolderRole.self), "replaced": .boolean],
            required: ["motionId", "option", "holderRole", "replaced"]),
        "Proposal": .object(
            [
                "id": .uuid, "title": .text, "description": .text, "links": .array(.text), "proposedBy": .text, "sector": .text,
                "status": .enumeration(ProposalStatus.self), "sessionId": .uuid, "declineReason": .text, "createdAt": .dateTime,
            ],
            required: ["id", "title", "links", "proposedBy", "status"]),
        "Signature": .object(
            [
                "signer": .text, "seat": .text, "holderRole": .enumeration(HolderRole.self), "decision": .enumeration(SignatureDecision.self),
                "reason": .text, "signedAt": .dateTime, "keyId": .uuid,
            ],
            required: ["signer", "seat", "holderRole", "decision", "signedAt", "keyId"]),
        "MinutesDocument": .object(
            [
                "format": .text,
                "secretariat": .object(["slug": .text, "name": .text], required: ["slug", "name"]),
                "session": .object(
                    [
                        "id": .text, "number": .integer(minimum: 1), "kind": .enumeration(SessionKind.self), "urgent": .boolean, "date": .date,
                        "startsAt": .dateTime, "endsAt": .dateTime, "place": .text, "modality": .text, "requestedBy": .text, "convenedAt": .dateTime,
                    ],
                    required: ["id", "kind", "urgent", "date", "startsAt", "endsAt", "place", "modality"]),
                "facilitator": .text,
                "attendance": .array(
                    .object(
                        ["seat": .text, "sector": .text, "attendance": .enumeration(Attendance.self), "attendee": .text],
                        required: ["seat", "sector", "attendance"])),
                "quorum": .object(["reached": .boolean, "explanation": .text], required: ["reached", "explanation"]),
                "agenda": .array(
                    .object(
                        [
                            "position": .integer(minimum: 1), "title": .text, "description": .text, "proposedBy": .text, "discussion": .text,
                            "motions": .array(
                                .object(
                                    [
                                        "title": .text, "text": .text, "votes": .array(.ref("MotionVote")), "result": .text, "decidedBy": .text,
                                        "explanation": .text,
                                    ],
                                    required: ["title", "votes", "result", "decidedBy", "explanation"])),
                        ],
                        required: ["position", "title", "motions"])),
                "agreements": .array(
                    .object(
                        ["code": .text, "title": .text, "description": .text, "owner": .text, "ownerSector": .text, "dueOn": .date, "status": .text],
                        required: ["code", "title", "owner", "status"])),
                "notes": .text, "finalisedAt": .dateTime, "finalisedBy": .text,
            ],
            required: [
                "format", "secretariat", "session", "facilitator", "attendance", "quorum", "agenda", "agreements", "finalisedAt", "finalisedBy",
            ]),
        "Minutes": .object(
            [
                "status": .enumeration(MinutesStatus.self), "digest": .text, "finalisedAt": .dateTime, "finalisedBy": .text,
                "document": .ref("MinutesDocument"), "signatures": .array(.ref("Signature")),
            ],
            required: ["status", "document", "signatures"]),
        "SigningKey": .object(
            [
                "id": .text, "owner": .text, "algorithm": .string(values: ["Ed25519"]), "publicKey": .text, "createdAt": .dateTime,
                "retiredAt": .nullable(.dateTime),
            ],
            required: ["id", "owner", "algorithm", "publicKey", "createdAt", "retiredAt"]),
        "MemberKeys": .object(["secretariat": .text, "keys": .array(.ref("SigningKey"))], required: ["secretariat", "keys"]),
        // Canonical JSON as built: a document or signature that no longer parses is published
        // as a string (or null when its row is gone) so that `secretariado verify` can say so.
        "ArchiveEntry": .object(
            [
                "index": .integer(minimum: 1), "kind": .string(values: ["minuta", "firma", "documento"]), "sessionId": .text, "sessionDate": .date,
                "previousHash": .text, "entryHash": .text, "recordedAt": .dateTime, "minutesDigest": .text,
                "signatures": .array(.any), "document": .any, "file": .any,
            ],
            required: ["index", "kind", "sessionId", "sessionDate", "previousHash", "entryHash", "recordedAt", "minutesDigest", "signatures"]),
        "Document": .object(
            [
                "id": .uuid, "kind": .enumeration(DocumentTargetKind.self), "targetId": .uuid, "name": .text, "mediaType": .text,
                "size": .integer(minimum: 1), "sha256": .text, "isPublic": .boolean, "uploadedBy": .text, "uploadedAt": .dateTime,
                "supersedes": .nullable(.uuid), "url": .text,
            ],
            required: ["id", "kind", "targetId", "name", "mediaType", "size", "sha256", "isPublic", "uploadedBy", "uploadedAt", "url"]),
        "Archive": .object(
            [
                "format": .text, "secretariat": .object(["slug": .text, "name": .text], required: ["slug", "name"]),
                "algorithms": .map(.text), "genesisHash": .text, "head": .text, "keys": .array(.ref("SigningKey")),
                "entries": .array(.ref("ArchiveEntry")),
            ],
            required: ["format", "secretariat", "algorithms", "genesisHash", "head", "keys", "entries"]),
        "ArchiveCheckpoint": .object(
            [
                "purpose": .text, "format": .text, "secretariat": .text, "entries": .integer(minimum: 0), "head": .text,
                "signedAt": .dateTime, "keyId": .uuid, "publicKey": .text, "signature": .text,
            ],
            required: ["purpose", "format", "secretariat", "entries", "head", "signedAt", "keyId", "publicKey", "signature"]),
        "ArchiveCheckpoints": .object(
            ["secretariat": .text, "checkpoints": .array(.ref("ArchiveCheckpoint"))], required: ["secretariat", "checkpoints"]),
        "PlatformKey": .object(
            ["id": .uuid, "purpose": .text, "algorithm": .text, "publicKey": .text, "createdAt": .dateTime],
            required: ["id", "purpose", "algorithm", "publicKey", "createdAt"]),
        "SessionRequestInput": .object(["kind": .enumeration(SessionKind.self), "reason": .text], required: ["kind", "reason"]),
        "ConveneInput": .object(
            [
                "requestId": .uuid, "kind": .enumeration(SessionKind.self), "urgent": .string(values: ["true", "false"]),
                "date": .date, "time": .text, "durationMinutes": .text, "place": .text, "modality": .enumeration(SessionModality.self),
            ],
            required: ["date", "time", "place", "modality"]),
        "CancelInput": .object(["reason": .text], required: ["reason"]),
        "AgendaItemInput": .object(["proposalId": .uuid, "title": .text, "description": .text]),
        "AgendaItemUpdateInput": .object(["title": .text, "description": .text, "position": .integer(minimum: 1)]),
        "AttendanceInput": .object(
            ["seats": .array(.object(["seatId": .uuid, "attendance": .enumeration(Attendance.self)], required: ["seatId", "attendance"]))],
            required: ["seats"]),
        "MotionInput": .object(
            [
                "agendaItemId": .uuid, "title": .text, "text": .text, "agreementOwner": .text, "agreementOwnerSector": .text,
                "agreementDueOn": .date, "governanceDraftId": .uuid,
            ],
            required: ["agendaItemId", "title"]),
        "VoteInput": .object(["option": .enumeration(VoteOption.self)], required: ["option"]),
        "MinutesInput": .object(
            [
                "notes": .text,
                "discussions": .array(.object(["agendaItemId": .uuid, "text": .text], required: ["agendaItemId"])),
            ]),
        "SignInput": .object(
            ["password": .text, "decision": .enumeration(SignatureDecision.self), "reason": .text], required: ["password"]),
        "AgreementUpdateInput": .object(["status": .string(values: AgreementStatus.settable.map(\.rawValue))], required: ["status"]),
        "ProposalInput": .object(["title": .text, "description": .text, "links": .text], required: ["title"]),
        "ProposalDeclineInput": .object(["reason": .text], required: ["reason"]),
    ]
}
