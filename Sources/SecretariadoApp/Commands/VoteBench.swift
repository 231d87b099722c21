import Fluent
import Foundation
import SQLKit
import SecretariadoCore
import Vapor

/// The vote-write benchmark's fixture and its check (see `BenchCommand`). The fixture is a
/// forum far larger than any real STL, so that many different seats vote at once on the
/// same motions — the worst case for the motion row lock every vote takes.
enum VoteBench {
    static func setup(seats: Int, motions: Int, out: String, on db: any Database, console: any Console) async throws {
        guard (3...5_000).contains(seats), (1...10_000).contains(motions) else {
            throw CommandFailure("--seats entre 3 y 5000, --motions entre 1 y 10000.")
        }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let existing = try await Secretariat.query(on: db).filter(\.$slug =~ "prueba-de-votacion-").count()
        let slug = "prueba-de-votacion-\(existing + 1)"
        let hash = try Bcrypt.hash(Passwords.random(), cost: 4)  // nobody signs in: the tokens vote
        let rule = DecisionRule(kind: .consensusThenMajority)
        let (tokens, motionIDs) = try await db.writeTransaction { db -> ([String], [UUID]) in
            let stl = Secretariat(
                slug: slug, name: "Foro de prueba de votación \(existing + 1) (\(seats) asientos)", level: .estatal,
                state: "Ciudad de México", status: .instalado, rule: rule, ruleText: "Consenso; en su defecto, mayoría simple.")
            try await stl.create(on: db)
            let stlID = try stl.requireID()
            try await Sector.guideSectors.enumerated().map { SectorRecord(secretariatID: stlID, sector: $1, position: $0) }.create(on: db)
            try await GovernanceVersion(
                secretariatID: stlID, version: 1, document: .template(rule: rule, ruleText: stl.ruleText),
                note: "Banco de pruebas", author: "sistema", origin: .acta
            ).create(on: db)
            let g = seats * 2 / 5
            let s = seats * 2 / 5
            let seatModels = (0..<seats).map { index -> Seat in
                let (sector, number): (SectorCode, Int) =
                    index < g ? (.gobierno, index + 1) : index < g + s ? (.sociedadCivil, index - g + 1) : (.organismoGarante, index - g - s + 1)
                return Seat(id: UUID(), secretariatID: stlID, sector: sector.rawValue, number: number)
            }
            let users = seatModels.enumerated().map { index, _ in
                User(email: "voto+\(slug)-\(index + 1)@secretariado.invalid", name: "Representante \(index + 1)", passwordHash: hash)
            }
            for user in users { user.id = UUID() }
            var minted: [String] = []
            var tokenModels: [APIToken] = []
            for user in users {
                let token = APITokens.mint()
                minted.append(token.token)
                tokenModels.append(APIToken(userID: user.id!, name: "banco de votación", tokenHash: token.hash))
            }
            let session = StlSession(secretariatID: stlID, kind: .ordinaria, status: .convocada)
            session.number = 1
            // A session under way (it began an hour ago): votes are recorded only once a
            // session has started.
            session.startsAt = Date().addingTimeInterval(-3_600)
            session.endsAt = session.startsAt!.addingTimeInterval(7_200)
            session.place = "Sala virtual"
            session.modality = .virtual
            session.convenedAt = Date().addingTimeInterval(-8 * 86_400)
            session.convenedBy = "sistema"
            try await session.create(on: db)
            let item = AgendaItem(
                sessionID: session.id!, position: 1, title: "Votaciones del banco de pruebas", description: nil, proposalID: nil, proposedBy: nil,
                links: [])
            try await item.create(on: db)
            let motionModels = (1...motions).map {
                Motion(
                    sessionID: session.id!, agendaItemID: item.id!, title: "Moción de prueba \($0)", text: nil,
                    agreementOwner: nil, agreementOwnerSector: nil, agreementDueOn: nil)
            }
            for motion in motionModels { motion.id = UUID() }
            // Fluent's multi-row inserts, in chunks that stay under SQLite's parameter limit.
            for chunk in stride(from: 0, to: seats, by: 500) {
                let range = chunk..<min(chunk + 500, seats)
                try await Array(seatModels[range]).create(on: db)
                try await Array(users[range]).create(on: db)
                try await Array(tokenModels[range]).create(on: db)
                // Each account speaks for its seat through the term it is granted for.
                let terms = range.map { SeatTerm(id: UUID(), seatID: seatModels[$0].id!, role: .titular, office: users[$0].name) }
                try await terms.create(on: db)
                try await range.map {
                    RoleGrant(
                        userID: users[$0].id!, secretariatID: stlID, role: .representante, sector: seatModels[$0].sector, seatID: seatModels[$0].id,
                        holderRole: .titular, termID: terms[$0 - chunk].id)
                }.create(on: db)
                try await range.map {
                    SeatAttendance(sessionID: session.id!, seatID: seatModels[$0].id!, attendance: .titular, attendee: users[$0].name)
                }.create(on: db)
            }
            for chunk in stride(from: 0, to: motions, by: 500) {
                try await Array(motionModels[chunk..<min(chunk + 500, motions)]).create(on: db)
            }
            try await AuditLog.record(
                on: db, actor: .system, secretariatID: stlID, action: .create, entity: .secretariat, entityID: stlID.uuidString,
                summary: "Banco de pruebas de votación: \(seats) asientos, \(motions) mociones", change: .after(slug))
            return (minted, motionModels.map { $0.id! })
        }
        try (tokens.joined(separator: "\n") + "\n").write(toFile: out + "/tokens.txt", atomically: true, encoding: .utf8)
        try (motionIDs.map(\.uuidString).joined(separator: "\n") + "\n").write(toFile: out + "/motions.txt", atomically: true, encoding: .utf8)
        try (slug + "\n").write(toFile: out + "/slug.txt", atomically: true, encoding: .utf8)
        console.print(
            "Banco de votación «\(slug)»: \(seats) asientos con token, \(motions) mociones abiertas (\(seats * motions) votos posibles). Archivos en \(out)."
        )
    }

    /// `acks`: lines "MOTION_ID COUNT" of 201 answers, written by votes.lua; `motions.txt`
    /// beside it lists the fixture's motions. Every acknowledged vote must be stored, once:
    /// per motion, at least as many votes stored as acknowledged, none doubled. Up to
    /// `inFlight` more may be stored than acknowledged — requests the client had sent when
    /// its run ended and stopped waiting for, which the server still committed.
    static func verify(acks path: String, inFlight: Int = 0, on db: any Database, console: any Console) async throws {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw CommandFailure("No se puede leer «\(path)».") }
        let directory = (path as NSString).deletingLastPathComponent
        guard let motionsText = try? String(contentsOfFile: directory + "/motions.txt", encoding: .utf8) else {
            throw CommandFailure("Falta motions.txt junto a «\(path)».")
        }
        var acknowledged: [UUID: Int] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2, let id = UUID(uuidString: String(parts[0])), let n = Int(parts[1]) { acknowledged[id, default: 0] += n }
        }
        let motionIDs = motionsText.split(separator: "\n").compactMap { UUID(uuidString: String($0)) }
        guard let sql = db as? any SQLDatabase else { throw CommandFailure("La base de datos no admite SQL.") }
        var stored: [UUID: Int] = [:]
        var duplicates = 0
        for chunk in stride(from: 0, to: motionIDs.count, by: 500) {
            let ids = Array(motionIDs[chunk..<min(chunk + 500, motionIDs.count)])
            let rows = try await sql.select().column("motion_id").column("seat_id").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from("votes").where("motion_id", .in, ids).groupBy("motion_id").groupBy("seat_id").all()
            for row in rows {
                let n = try row.decode(column: "n", as: Int.self)
                stored[try row.decode(column: "motion_id", as: UUID.self), default: 0] += n
                if n > 1 { duplicates += 1 }
            }
        }
        let ackTotal = acknowledged.values.reduce(0, +)
        let storedTotal = stored.values.reduce(0, +)
        let lost = acknowledged.keys.filter { acknowledged[$0, default: 0] > stored[$0, default: 0] }
        let unacknowledged = storedTotal - ackTotal
        console.print(
            "Votos acusados (201): \(ackTotal); en la base: \(storedTotal); mociones con votos acusados que faltan: \(lost.count); "
                + "asientos con voto doble: \(duplicates); guardados sin acuse (en vuelo al terminar el cliente): \(max(0, unacknowledged)).")
        guard lost.isEmpty, duplicates == 0, unacknowledged >= 0, unacknowledged <= inFlight else {
            throw CommandFailure("VERIFICACIÓN FALLIDA: los votos acusados no coinciden con los guardados.", exitCode: 1)
        }
        console.print("Verificación correcta: cada voto acusado está en la base exactamente una vez.")
    }
}
