import Foundation
import SecretariadoCore

/// The sessions of one generated STL: a monthly ordinary session with its agenda,
/// attendance, motions decided by the STL's own rule (`DecisionEngine` through
/// `MotionWrites.decide`), acuerdos, and minutes finalised with the same builder, canonical
/// JSON and SHA-256 as the app, appended to the STL's hash-chained archive. Signatures are
/// not generated (each costs an Ed25519 key and signature per member).
struct GeneratedSessions {
    let forum: GeneratedForum
    /// The day the dataset describes: agreements due before it are settled or overdue.
    let today: Date
    private var agreementNumber = 0
    private var archiveIndex = 0
    private var previousHash = ArchiveChain.genesisHash
    private(set) var sessionCount = 0

    init(forum: GeneratedForum, today: Date) {
        self.forum = forum
        self.today = today
    }

    /// The session of the second Thursday of a month, at 10:00 Mexico City.
    static func start(year: Int, month: Int) -> Date {
        let day = (8...14).first { CivilDateTime(year: year, month: month, day: $0)!.weekday == 5 }!
        return MexicoCityTime.date(at: CivilDateTime(year: year, month: month, day: day, hour: 10)!)
    }

    /// A concluded session: everything up to finalised minutes.
    mutating func concluded(year: Int, month: Int, random: inout SeededRandom, ids: inout GeneratedIDs, into batch: inout GeneratedBatch) throws {
        let start = Self.start(year: year, month: month)
        let session = convene(start: start, status: .concluida, random: &random, ids: &ids, into: &batch)
        let sessionID = session.id!
        let topic = NationalNames.topics[(month - 1 + forum.number) % NationalNames.topics.count]
        let items = agenda(session, topic: topic.topic, discussed: true, ids: &ids, into: &batch)

        // Attendance: titulars mostly, suplentes standing in, some absences; a few
        // sessions lose their quorum.
        let thin = random.chance(0.02)
        var attendance: [SeatAttendance] = []
        for holders in forum.forum.seats {
            var present: Attendance = holders.titular?.person != nil && !random.chance(thin ? 0.7 : 0.05) ? .titular : .absent
            if present == .absent, holders.suplente != nil, random.chance(thin ? 0.3 : 0.8) { present = .suplente }
            let row = SeatAttendance(sessionID: sessionID, seatID: holders.seat.id!, attendance: present, attendee: holders.attendee(for: present))
            row.id = ids.next()
            attendance.append(row)
            batch.attendances.add([row.id!, sessionID, holders.seat.id!, present.rawValue, bind(row.attendee), start])
        }

        var motions: [Motion] = []
        var votes: [Vote] = []
        var agreements: [Agreement] = []
        var motionSpecs = [(items[1], topic.motion, topic.owner, topic.sector)]
        if random.chance(0.25) {
            motionSpecs.append(
                (items[2], "Aprobar la participación del STL en el encuentro regional de gobierno abierto", "Facilitación y Pleno", nil))
        }
        for (offset, spec) in motionSpecs.enumerated() {
            let closedAt = start.addingTimeInterval(TimeInterval(5_400 + offset * 300))
            let due = CalendarDate.parse(CalendarDate.format(start.addingTimeInterval(45 * 86_400)))
            let motion = Motion(
                sessionID: sessionID, agendaItemID: spec.0.id!, title: spec.1, text: "Se somete a votación la propuesta: \(spec.1).",
                agreementOwner: spec.2, agreementOwnerSector: spec.3?.rawValue, agreementDueOn: due)
            motion.id = ids.next()
            motion.createdAt = start.addingTimeInterval(TimeInterval(3_600 + offset * 300))
            let cast = ballots(motion, attendance: attendance, at: closedAt, random: &random, ids: &ids)
            votes += cast
            let outcome = MotionWrites.decide(forum: forum.forum, attendance: attendance, votes: cast, rule: forum.rule)
            motion.status = .cerrada
            motion.result = outcome.result.rawValue
            motion.decidedBy = outcome.decidedBy.rawValue
            motion.explanation = outcome.explanation.es
            motion.explanationEn = outcome.explanation.en
            motion.tally = TallyRecord(outcome.tally)
            motion.rule = forum.rule
            motion.closedAt = closedAt
            motion.revision = cast.count + 1
            motions.append(motion)
            if outcome.isAdopted {
                agreements.append(agreement(motion, session: session, ids: &ids))
            }
        }

        let minutes = Minutes(sessionID: sessionID)
        minutes.id = ids.next()
        minutes.notes = "Sesión celebrada con la asistencia registrada. Se levanta la sesión a las 12:00 h."
        let finalisedAt = start.addingTimeInterval(7_200)
        let data = SessionData(
            stl: forum.stl, session: session, charter: forum.charter, forum: forum.forum, attendance: attendance,
            items: items, motions: motions, votes: votes, agreements: agreements, minutes: minutes, signatures: [],
            facilitatorName: forum.facilitatorName)
        let canonical = try CanonicalJSON.data(of: MinutesBuilder.document(data, finalisedAt: finalisedAt, finalisedBy: forum.facilitatorName))
        let digest = ArchiveChain.sha256Hex(canonical)

        for motion in motions {
            batch.motions.add([
                motion.id!, sessionID, motion.$agendaItem.id, motion.title, bind(motion.text), bind(motion.agreementOwner),
                bind(motion.agreementOwnerSector), bind(motion.agreementDueOn), motion.status.rawValue, bind(motion.result),
                bind(motion.decidedBy), bind(motion.explanation), bind(motion.explanationEn), bind(motion.tally),
                bind(motion.rule), bind(motion.closedAt), motion.revision, bind(motion.createdAt),
            ])
        }
        for vote in votes {
            batch.votes.add([
                vote.id!, vote.$motion.id, vote.$seat.id, vote.option.rawValue, vote.holderRole.rawValue,
                bind(nil as UUID?), vote.voter, bind(vote.createdAt), bind(vote.createdAt),
            ])
        }
        for agreement in agreements {
            // Follow-up after the session: older acuerdos settled, some left overdue.
            let status = settledStatus(dueOn: agreement.dueOn, random: &random)
            batch.agreements.add([
                agreement.id!, forum.stl.id!, sessionID, bind(agreement.$motion.id), agreement.number, agreement.code,
                agreement.title, bind(agreement.description), agreement.owner, bind(agreement.ownerSector),
                bind(agreement.dueOn), status.rawValue, finalisedAt,
            ])
            // The facilitator's follow-up note that moved it to where it stands.
            if status != .pendiente, let due = agreement.dueOn {
                let noted = min(due, today)
                let evidence = status == .cumplido ? ["https://evidencias.secretariado.invalid/\(forum.stl.slug)/\(agreement.code).pdf"] : []
                batch.agreementNotes.add([
                    ids.next(), agreement.id!, noted, Self.noteText[status] ?? "Seguimiento registrado.", evidence,
                    status.rawValue, forum.facilitatorName, noted,
                ])
            }
        }
        batch.minutes.add([
            minutes.id!, sessionID, MinutesStatus.finalizada.rawValue, bind(minutes.notes),
            String(decoding: canonical, as: UTF8.self), digest, finalisedAt, forum.facilitatorName, finalisedAt,
        ])
        try archive(session: session, minutesID: minutes.id!, digest: digest, at: finalisedAt, ids: &ids, into: &batch)
    }

    /// The next session: convened, with its agenda, nothing more yet.
    mutating func upcoming(year: Int, month: Int, random: inout SeededRandom, ids: inout GeneratedIDs, into batch: inout GeneratedBatch) {
        let session = convene(start: Self.start(year: year, month: month), status: .convocada, random: &random, ids: &ids, into: &batch)
        let topic = NationalNames.topics[(month - 1 + forum.number) % NationalNames.topics.count]
        _ = agenda(session, topic: topic.topic, discussed: false, ids: &ids, into: &batch)
    }

    private mutating func convene(
        start: Date, status: SessionStatus, random: inout SeededRandom, ids: inout GeneratedIDs, into batch: inout GeneratedBatch
    ) -> StlSession {
        sessionCount += 1
        let session = StlSession(secretariatID: forum.stl.id!, kind: .ordinaria, status: status)
        session.id = ids.next()
        session.number = sessionCount
        session.startsAt = start
        session.endsAt = start.addingTimeInterval(7_200)
        session.place = "Sala de sesiones del organismo garante, \(forum.stl.name)"
        session.modality = sessionCount % 3 == 0 ? .hibrida : (random.chance(0.1) ? .virtual : .presencial)
        session.reason = "Sesión ordinaria mensual."
        session.requestedBy = forum.forum.seats.first?.titular?.person?.name ?? forum.facilitatorName
        session.convenedAt = start.addingTimeInterval(-10 * 86_400)
        session.convenedBy = forum.facilitatorName
        session.sequence = status == .concluida ? 1 : 0
        let updated = status == .concluida ? start.addingTimeInterval(7_200) : session.convenedAt!
        session.createdAt = start.addingTimeInterval(-12 * 86_400)
        session.updatedAt = updated
        batch.sessions.add([
            session.id!, forum.stl.id!, sessionCount, session.kind.rawValue, false, status.rawValue, start, session.endsAt!,
            session.place!, session.modality!.rawValue, bind(session.reason), bind(session.requestedBy), bind(nil as UUID?),
            session.convenedAt!, session.convenedBy!, bind(nil as String?), session.sequence, 0, session.createdAt!, updated,
        ])
        return session
    }

    private func agenda(_ session: StlSession, topic: String, discussed: Bool, ids: inout GeneratedIDs, into batch: inout GeneratedBatch)
        -> [AgendaItem]
    {
        let titles = ["Seguimiento de acuerdos de la sesión anterior", topic, "Asuntos generales"]
        return titles.enumerated().map { index, title in
            let item = AgendaItem(
                sessionID: session.id!, position: index + 1, title: title, description: nil, proposalID: nil, proposedBy: nil, links: [])
            item.id = ids.next()
            if discussed, index < 2 { item.discussion = NationalNames.discussion[(index + session.number!) % 3] }
            batch.agendaItems.add([
                item.id!, session.id!, item.position, title, bind(nil as String?), bind(nil as UUID?),
                bind(nil as String?), item.links, bind(item.discussion), session.convenedAt!,
            ])
            return item
        }
    }

    /// How the seats that sat vote: mostly all in favour; sometimes one sector against,
    /// some abstentions, or a split.
    private func ballots(_ motion: Motion, attendance: [SeatAttendance], at closedAt: Date, random: inout SeededRandom, ids: inout GeneratedIDs)
        -> [Vote]
    {
        let scenario = Double.random(in: 0..<1, using: &random)
        let dissenting = random.pick(SectorCode.guideSectors)
        var votes: [Vote] = []
        for (holders, line) in zip(forum.forum.seats, attendance) where line.attendance.isPresent {
            let option: VoteOption =
                switch scenario {
                case ..<0.78: .aFavor
                case ..<0.88: holders.sector == dissenting ? .enContra : .aFavor
                case ..<0.95: random.chance(0.3) ? .abstencion : .aFavor
                default: random.pick([.aFavor, .aFavor, .enContra, .abstencion])
                }
            let role: HolderRole = line.attendance == .suplente ? .suplente : .titular
            let vote = Vote(
                motionID: motion.id!, seatID: holders.seat.id!, option: option, holderRole: role, userID: nil,
                voter: line.attendee ?? holders.seat.label)
            vote.id = ids.next()
            vote.createdAt = closedAt.addingTimeInterval(-600)
            votes.append(vote)
        }
        return votes
    }

    private mutating func agreement(_ motion: Motion, session: StlSession, ids: inout GeneratedIDs) -> Agreement {
        agreementNumber += 1
        let agreement = Agreement(
            secretariatID: forum.stl.id!, sessionID: session.id, motionID: motion.id, number: agreementNumber,
            code: AgreementWrites.code(year: MexicoCityTime.wallClock(at: session.startsAt!).year, number: agreementNumber),
            title: motion.title, description: motion.text, owner: motion.agreementOwner ?? "Pleno del STL",
            ownerSector: motion.agreementOwnerSector, dueOn: motion.agreementDueOn)
        agreement.id = ids.next()
        return agreement
    }

    static let noteText: [AgreementStatus: String] = [
        .cumplido: "Se entregó lo acordado; la evidencia queda enlazada.",
        .enProceso: "Los responsables informaron avances; se revisará en la próxima sesión.",
        .cancelado: "El Pleno dejó sin efecto el acuerdo por haber cambiado las circunstancias.",
    ]

    private func settledStatus(dueOn: Date?, random: inout SeededRandom) -> AgreementStatus {
        guard let dueOn, dueOn < today else { return random.chance(0.6) ? .enProceso : .pendiente }
        switch Double.random(in: 0..<1, using: &random) {
        case ..<0.80: return .cumplido
        case ..<0.85: return .cancelado
        default: return .pendiente  // shown as vencido: due date passed
        }
    }

    /// Appends the minutes to the STL's chain exactly as `ArchiveWrites` does.
    private mutating func archive(
        session: StlSession, minutesID: UUID, digest: String, at finalisedAt: Date, ids: inout GeneratedIDs, into batch: inout GeneratedBatch
    ) throws {
        archiveIndex += 1
        let sessionDate = RecordTime.localDate(session.startsAt!)
        let recordedAt = RecordTime.timestamp(finalisedAt)
        let hash = try ArchiveChain.entryHash(
            ArchiveChain.entryHashInput(
                index: archiveIndex, previousHash: previousHash, kind: ArchiveChain.Kind.minuta.rawValue,
                sessionID: session.id!.uuidString, sessionDate: sessionDate, minutesDigest: digest, signatures: [],
                recordedAt: recordedAt))
        batch.archive.add([
            ids.next(), forum.stl.id!, archiveIndex, ArchiveChain.Kind.minuta.rawValue, session.id!, sessionDate,
            minutesID, bind(nil as UUID?), digest, previousHash, hash, recordedAt,
        ])
        previousHash = hash
    }
}
