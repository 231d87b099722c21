import Fluent
import SQLKit

/// A representative's grant names the term it was given for: an account speaks for a seat
/// only while that term runs, and one term has at most one account. Existing grants are
/// bound to their seat position's current term, the earliest grant first. A later grant for
/// a position already bound loses its seat (two accounts cannot hold one seat; the role
/// stays for the administrator to review); a grant for a vacant position waits for the
/// next appointment (`SeatGrants.bindWaiting`).
struct UpdateRoleGrantsAddTerm: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("role_grants").field("term_id", .uuid).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "role_grants_term_id_key").unique().on("role_grants").column("term_id").run()
        let grants = try await sql.select().columns("id", "seat_id", "holder_role").from("role_grants")
            .where("role", .equal, SQLBind("representante")).where("seat_id", .isNot, SQLLiteral.null)
            .orderBy("created_at").all()
        var bound = Set<UUID>()
        var waiting = Set<String>()
        for row in grants {
            guard let seatID = try row.decode(column: "seat_id", as: UUID?.self) else { continue }
            let grantID = try row.decode(column: "id", as: UUID.self)
            let role = try row.decode(column: "holder_role", as: String?.self) ?? "titular"
            guard
                let term = try await sql.select().column("id").from("seat_terms")
                    .where("seat_id", .equal, SQLBind(seatID)).where("role", .equal, SQLBind(role))
                    .where("ends_on", .is, SQLLiteral.null).first(),
                let termID = try term.decode(column: "id", as: UUID?.self)
            else {
                // Vacant: the first grant waits for the appointment, any other loses the seat.
                if waiting.insert("\(seatID)/\(role)").inserted { continue }
                try await sql.update("role_grants").set("seat_id", to: SQLLiteral.null).where("id", .equal, SQLBind(grantID)).run()
                continue
            }
            guard bound.insert(termID).inserted else {
                try await sql.update("role_grants").set("seat_id", to: SQLLiteral.null).where("id", .equal, SQLBind(grantID)).run()
                continue
            }
            try await sql.update("role_grants").set("term_id", to: SQLBind(termID)).where("id", .equal, SQLBind(grantID)).run()
        }
    }

    func revert(on database: any Database) async throws {
        try await IndexBuilder.drop("role_grants_term_id_key", in: database)
        try await database.schema("role_grants").deleteField("term_id").update()
    }
}
