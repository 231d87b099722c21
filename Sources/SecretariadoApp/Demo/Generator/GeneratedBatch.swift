import Foundation

/// The rows of a group of generated STLs, table by table, in the order foreign keys need.
struct GeneratedBatch {
    var secretariats = BulkRows(
        "secretariats", ["id", "slug", "name", "level", "state", "status", "rule", "rule_text", "installed_on", "created_at", "updated_at"])
    var sectors = BulkRows("sectors", ["id", "secretariat_id", "code", "name_es", "name_en", "voting", "position"])
    var organizations = BulkRows("organizations", ["id", "secretariat_id", "name", "kind", "website", "contact_email", "notes", "created_at"])
    var people = BulkRows("people", ["id", "name", "email", "phone", "created_at"])
    var seats = BulkRows("seats", ["id", "secretariat_id", "sector", "number", "created_at"])
    var seatTerms = BulkRows(
        "seat_terms",
        ["id", "seat_id", "role", "person_id", "organization_id", "office", "starts_on", "ends_on", "note", "created_at", "current_slot"])
    var facilitatorTerms = BulkRows(
        "facilitator_terms",
        ["id", "secretariat_id", "person_id", "origin", "origin_kind", "starts_on", "ends_on", "note", "created_at", "current_slot"])
    var governance = BulkRows("governance_versions", ["id", "secretariat_id", "version", "document", "note", "author", "created_at", "origin"])
    var sessions = BulkRows(
        "stl_sessions",
        [
            "id", "secretariat_id", "number", "kind", "urgent", "status", "starts_at", "ends_at", "place", "modality", "reason", "requested_by",
            "requested_by_user_id", "convened_at", "convened_by", "cancel_reason", "sequence", "revision", "created_at", "updated_at",
        ])
    var agendaItems = BulkRows(
        "agenda_items", ["id", "session_id", "position", "title", "description", "proposal_id", "proposed_by", "links", "discussion", "created_at"])
    var attendances = BulkRows("seat_attendances", ["id", "session_id", "seat_id", "attendance", "attendee", "updated_at"])
    var motions = BulkRows(
        "motions",
        [
            "id", "session_id", "agenda_item_id", "title", "text", "agreement_owner", "agreement_owner_sector", "agreement_due_on", "status",
            "result", "decided_by", "explanation", "explanation_en", "tally", "rule", "closed_at", "revision", "created_at",
        ])
    var votes = BulkRows("votes", ["id", "motion_id", "seat_id", "option", "holder_role", "user_id", "voter", "created_at", "updated_at"])
    var agreements = BulkRows(
        "agreements",
        [
            "id", "secretariat_id", "session_id", "motion_id", "number", "code", "title", "description", "owner", "owner_sector", "due_on", "status",
            "created_at",
        ])
    var minutes = BulkRows("minutes", ["id", "session_id", "status", "notes", "document", "digest", "finalised_at", "finalised_by", "created_at"])
    var archive = BulkRows(
        "archive_entries",
        [
            "id", "secretariat_id", "entry_index", "kind", "session_id", "session_date", "minutes_id", "signature_id", "minutes_digest",
            "previous_hash", "entry_hash", "recorded_at",
        ])
    // Follow-up.
    var agreementNotes = BulkRows("agreement_notes", ["id", "agreement_id", "noted_on", "text", "evidence_links", "status", "author", "created_at"])
    var actionPlans = BulkRows("action_plans", ["id", "secretariat_id", "title", "description", "starts_on", "ends_on", "created_at"])
    var commitments = BulkRows(
        "commitments",
        [
            "id", "secretariat_id", "plan_id", "number", "title", "problem", "objective", "lead_institution", "co_responsible", "ogp_values",
            "level_override", "override_reason", "created_at", "updated_at",
        ])
    var milestones = BulkRows(
        "milestones", ["id", "commitment_id", "position", "title", "due_on", "done", "done_on", "evidence_links", "created_at"])
    var expenses = BulkRows(
        "expenses", ["id", "secretariat_id", "spent_on", "concept", "amount_centavos", "source", "receipt_url", "recorded_by", "created_at"])
    var outreach = BulkRows(
        "outreach_activities",
        ["id", "secretariat_id", "held_on", "kind", "title", "audience", "attendees", "material_links", "recorded_by", "created_at"])

    /// Every table, parents before children.
    var tables: [BulkRows] {
        [
            secretariats, sectors, organizations, people, seats, seatTerms, facilitatorTerms, governance,
            sessions, agendaItems, attendances, motions, votes, agreements, minutes, archive,
            agreementNotes, actionPlans, commitments, milestones, expenses, outreach,
        ]
    }

    var rowCount: Int { tables.reduce(0) { $0 + $1.count } }
}
