import Fluent
import SecretariadoCore
import Vapor

/// Closing the election: the count is published and the elected become the titulares and
/// suplentes of the STL's civil-society seats, all in one transaction.
enum ElectionCloseWrites {
    static func close(in stl: Secretariat, by actor: AuditLog.Actor, on db: any Database) async throws -> ElectionTally {
        let stlID = try stl.requireID()
        return try await db.writeTransaction { db in
            let fresh = try await InstallationWrites.requireInFormation(stlID, on: db)
            guard let election = try await ElectionWrites.current(in: stlID, on: db) else { throw ElectionWrites.noElection }
            let count = try await ElectionCount.load(election, on: db)
            let now = Date()
            guard !count.candidates.isEmpty else {
                throw AppError.conflict(
                    field: nil,
                    Localized(
                        es: "La elección no tiene candidaturas: no hay nada que cerrar.",
                        en: "The election has no candidates: there is nothing to close."))
            }
            guard election.schedule.mayClose(at: now, everyoneVoted: count.everyoneVoted, byAcclamation: count.byAcclamation) else {
                throw AppError.conflict(
                    field: nil,
                    Localized(
                        es:
                            "La votación sigue abierta y no todas las organizaciones han votado (\(count.ballotsCast) de \(count.credentials)): cerrará a la hora fijada.",
                        en:
                            "Voting is still open and not every organisation has voted (\(count.ballotsCast) of \(count.credentials)): it closes at the set time."
                    ))
            }
            let before = ElectionWrites.ElectionSnapshot(election)
            election.closedAt = now
            election.closedBy = actor.label
            try await election.update(on: db)
            let tally = count.tally
            try await seat(tally, of: count, in: fresh, by: actor, on: db)
            // The winners are seated above: the list of selected representatives exists.
            try await InstallationWrites.advance(
                by: .electionClosed, on: CalendarDate.day(of: now), title: "Resultados: \(election.title)",
                urls: [6: SiteURL.installationResults(.value(fresh.slug)).path], in: stlID, by: actor, on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: .update, entity: .election,
                entityID: election.id?.uuidString,
                summary: "Elección cerrada: \(election.title). Titulares: "
                    + tally.titulares.map(\.candidate.name).joined(separator: ", ")
                    + "; suplentes: " + (tally.suplentes.isEmpty ? "ninguno" : tally.suplentes.map(\.candidate.name).joined(separator: ", ")),
                change: .changed(from: before, to: ElectionWrites.ElectionSnapshot(election)))
            return tally
        }
    }

    /// The i-th titular takes the i-th civil-society seat and the i-th suplente its
    /// alternate place; missing seats are added. Previous holders' terms end today.
    private static func seat(_ tally: ElectionTally, of count: ElectionCount, in stl: Secretariat, by actor: AuditLog.Actor, on db: any Database)
        async throws
    {
        let stlID = try stl.requireID()
        let sector = SectorCode.sociedadCivil.rawValue
        var seats = try await Seat.query(on: db).filter(\.$secretariat.$id == stlID).filter(\.$sector == sector)
            .sort(\.$number).all()
        while seats.count < tally.titulares.count {
            let seat = Seat(secretariatID: stlID, sector: sector, number: (seats.last?.number ?? 0) + 1)
            try await seat.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, secretariatID: stlID, action: .create, entity: .seat,
                entityID: seat.id?.uuidString, summary: "Asiento agregado por la elección: \(sector) #\(seat.number)",
                change: .after(SeatDTO(seat)))
            seats.append(seat)
        }
        let note =
            "Electa por las organizaciones de la sociedad civil: \(count.election.title)"
            + (tally.byAcclamation ? " (autoselección)" : "")
        for (role, rows) in [(HolderRole.titular, tally.titulares), (.suplente, tally.suplentes)] {
            for (index, row) in rows.enumerated() where index < seats.count {
                guard let candidate = count.candidate(row.candidate.id) else { continue }
                try await appoint(candidate, as: role, on: seats[index], note: note, election: count.election.id, in: stlID, by: actor, on: db)
            }
        }
    }

    private static func appoint(
        _ candidate: ElectionCount.Candidate, as role: HolderRole, on seat: Seat, note: String, election: UUID?, in stlID: UUID,
        by actor: AuditLog.Actor, on db: any Database
    ) async throws {
        let today = CalendarDate.today()
        let previous = try await SeatTerm.query(on: db).filter(\.$seat.$id == seat.requireID())
            .filter(\.$role == role).filter(\.$endsOn == nil).all()
        for term in previous {
            term.end(on: max(today, term.startsOn ?? .distantPast))
            try await term.update(on: db)
        }
        let organization = try await organization(for: candidate.record.registration, in: stlID, on: db)
        let person = Person(name: candidate.record.personName)
        try await person.create(on: db)
        let term = SeatTerm(
            seatID: try seat.requireID(), role: role, personID: person.id, organizationID: organization.id,
            startsOn: today, note: note)
        // The organisations chose this holder: the term references the election itself.
        term.appointment = .byElection
        term.electionID = election
        try await term.create(on: db)
        try await SeatGrants.bindWaiting(term, on: db)
        term.$person.value = person
        term.$organization.value = organization
        try await AuditLog.record(
            on: db, actor: actor, secretariatID: stlID, action: .create, entity: .member,
            entityID: term.id?.uuidString,
            summary: "\(role.label.es) electa en sociedad_civil #\(seat.number): \(person.name) (\(organization.name))"
                + (previous.isEmpty ? "" : " (relevo de \(previous.count))"),
            change: .after(MemberDTO(term, seat: seat, includePrivate: true)))
    }

    /// The STL's organisation of that name, created from the registration when missing.
    private static func organization(for registration: CallRegistration, in stlID: UUID, on db: any Database) async throws -> Organization {
        let key = NameKey.make(registration.organizationName)
        let existing = try await Organization.query(on: db).filter(\.$secretariat.$id == stlID).all()
        if let match = existing.first(where: { NameKey.make($0.name) == key }) { return match }
        let organization = Organization(
            secretariatID: stlID, name: registration.organizationName, kind: registration.kind,
            website: registration.website, contactEmail: registration.contactEmail)
        try await organization.create(on: db)
        return organization
    }
}
