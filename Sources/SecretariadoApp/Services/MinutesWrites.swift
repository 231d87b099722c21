import Crypto
import Fluent
import SQLKit
import SecretariadoCore
import Vapor

/// The minuta: the facilitator drafts it (function 4), finalises it — after which it is
/// immutable, digested and archived — and members sign it (function 10).
enum MinutesWrites {
    /// Characters in the general notes or one point's discussion: a long session's record
    /// fits, and the minutes form's body limit (`BodyLimit.longText`) still holds all of it.
    static let textLimit = 200_000

    /// Saves the draft's general notes and the discussion of each agenda point.
    static func saveDraft(_ input: MinutesInput, session sessionID: UUID, in stl: Secretariat, by actor: SessionActor, on db: any Database)
        async throws -> Minutes
    {
        let notes = try FieldCheck.optional(input.notes, "notes", maxLength: textLimit)
        let discussions: [(UUID, String?)] = try (input.discussions ?? []).enumerated().map { index, line in
            (
                try FieldCheck.requiredUUID(line.agendaItemId, "discussions[\(index)].agendaItemId"),
                try FieldCheck.optional(line.text, "discussions[\(index)].text", maxLength: textLimit)
            )
        }
        return try await db.writeTransaction { db in
            let session = try await SessionScope.locked(sessionID, in: stl, on: db)
            try SessionScope.requireWritable(session)
            let minutes = try await Minutes.query(on: db).filter(\.$session.$id == sessionID).first() ?? Minutes(sessionID: sessionID)
            if input.notes != nil { minutes.notes = notes }
            try await minutes.save(on: db)
            for (itemID, text) in discussions {
                guard let item = try await AgendaItem.query(on: db).filter(\.$id == itemID).filter(\.$session.$id == sessionID).first() else {
                    throw AppError.invalid(
                        field: "discussions",
                        Localized(
                            es: "Un punto indicado no está en el orden del día de esta sesión.",
                            en: "A point given is not on this session's agenda."))
                }
                item.discussion = text
                try await item.update(on: db)
            }
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stl.id, action: .update, entity: .minutes,
                entityID: minutes.id?.uuidString, summary: "Borrador de minuta editado: \(session.title(.es))",
                change: .after(notes))
            return minutes
        }
    }

    /// Freezes the session: builds the document, stores its canonical JSON and SHA-256,
    /// and appends it to the STL's archive, all in one transaction.
    static func finalise(session sessionID: UUID, in stl: Secretariat, by actor: SessionActor, now: Date, on db: any Database) async throws -> Minutes
    {
        try await db.writeTransaction { db in
            let session = try await SessionScope.locked(sessionID, in: stl, on: db)
            try SessionScope.requireWritable(session)
            // Finalising concludes the session: not before its date.
            try SessionScope.requireStarted(session, now: now)
            guard SessionTimeGate.canConclude(startsAt: session.startsAt, now: now) else {
                throw AppError.conflict(field: nil, SessionWritability.Refusal.onlyRequested.message)
            }
            let open = try await Motion.query(on: db).filter(\.$session.$id == sessionID).filter(\.$status == .abierta).count()
            let attendance = try await SeatAttendance.query(on: db).filter(\.$session.$id == sessionID).count()
            if let refusal = MinutesReadiness.refusal(attendanceRecorded: attendance > 0, openVotes: open) {
                throw AppError.conflict(field: nil, refusal)
            }
            let minutes = try await Minutes.query(on: db).filter(\.$session.$id == sessionID).first() ?? Minutes(sessionID: sessionID)
            try await minutes.save(on: db)
            let data = try await SessionData.load(session, in: stl, on: db, cached: false)
            let document = MinutesBuilder.document(data, finalisedAt: now, finalisedBy: actor.name)
            let canonical = try CanonicalJSON.data(of: document)
            minutes.document = String(decoding: canonical, as: UTF8.self)
            minutes.digest = ArchiveChain.sha256Hex(canonical)
            minutes.status = .finalizada
            minutes.finalisedAt = now
            minutes.finalisedBy = actor.name
            try await minutes.update(on: db)
            session.status = .concluida
            session.sequence += 1
            try await session.save(on: db)
            let entry = try await ArchiveWrites.appendMinutes(minutes, session: session, in: stl, now: now, on: db)
            try await DocumentWrites.archiveMinutesDocuments(session: session, minutes: minutes, in: stl, now: now, on: db)
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stl.id, action: .update, entity: .minutes,
                entityID: minutes.id?.uuidString,
                summary: "Minuta finalizada: \(session.title(.es)); SHA-256 \(minutes.digest!); archivo, entrada \(entry.index)",
                change: .after(minutes.digest))
            try await MinutesNotices.finalised(minutes, session: session, in: stl, now: now, on: db)
            return minutes
        }
    }
}

/// Signing finalised minutes, or recording a refusal with reasons. The member re-enters
/// their password, which unseals their signing key (see `SigningKeys`).
enum SignatureWrites {
    static func sign(
        _ input: SignInput, session sessionID: UUID, in stl: Secretariat, by actor: SessionActor, now: Date = Date(), on db: any Database
    ) async throws -> MinutesSignature {
        let decision = try FieldCheck.choice(input.decision, "decision", as: SignatureDecision.self) ?? .firma
        let reason = try FieldCheck.optional(input.reason, "reason", maxLength: 2_000)
        if decision == .rechazo, reason == nil {
            throw AppError.invalid(
                field: "reason",
                Localized(
                    es: "Indica las razones por las que no firmas la minuta.", en: "Give the reasons why you do not sign the minutes."))
        }
        guard let password = input.password, !password.isEmpty else { throw AppError.required("password") }
        guard let userID = actor.userID, let user = try await User.find(userID, on: db) else { throw AppError.unauthenticated }
        let stlID = try stl.requireID()
        let session = try await SessionScope.session(sessionID, in: stl, on: db)
        guard session.status == .concluida,
            let minutes = try await Minutes.query(on: db).filter(\.$session.$id == sessionID).first(),
            minutes.status == .finalizada, minutes.digest != nil
        else {
            throw AppError.conflict(
                field: nil,
                Localized(
                    es: "La minuta de esta sesión aún no está finalizada: se firma una vez finalizada.",
                    en: "This session's minutes are not final yet: they are signed once final."))
        }
        guard try await Passwords.verifyOffLoop(password, hash: user.passwordHash) else {
            throw AppError.invalid(
                field: "password",
                Localized(
                    es: "La contraseña no es correcta: escríbela de nuevo para firmar.",
                    en: "The password is not correct: type it again to sign."))
        }
        guard let sql = db as? any SQLDatabase else { throw SessionScope.notFound }
        let claims = try await VoteReads.claims(of: userID, in: stlID, on: sql)
        guard !claims.isEmpty else {
            throw Refusal(
                "Sólo firman la minuta los representantes que asistieron a la sesión.",
                "Only the representatives who attended sign the minutes.")
        }
        // The same rule as a vote: the current holder of the seat, as the attendance names them.
        let admission = try await VoteReads.admission(claims, isFacilitator: false, session: sessionID, act: .sign, on: sql)
        guard case .admitted(let seatID, let holderRole) = admission else { throw VoteWrites.refusal(admission.reason ?? .noSeat) }
        if try await MinutesSignature.query(on: db).filter(\.$minutes.$id == minutes.requireID()).filter(\.$seat.$id == seatID).first() != nil {
            throw AppError.conflict(
                field: nil,
                Localized(
                    es: "Tu asiento ya firmó (o se negó a firmar) esta minuta.",
                    en: "Your seat already signed (or refused to sign) these minutes."))
        }
        guard let seat = try await Seat.find(seatID, on: db) else { throw SessionScope.notFound }
        // The key: unsealed with the password, or made now (first signature, or rotation
        // when the password no longer opens it).
        let active = try await SigningKeys.active(for: userID, on: db)
        let (key, privateKey, isNew) = try await NIOThreadPool.singleton.runIfActive {
            if let active, let opened = SigningKeys.unseal(active, password: password) {
                return (active, opened, false)
            }
            let made = try SigningKeys.make(for: user, password: password, now: now)
            return (made.0, made.1, true)
        }
        return try await record(
            decision: decision, reason: reason, user: user, holderRole: holderRole, seat: seat,
            key: key, privateKey: privateKey, newKeyReplacing: isNew ? .some(active) : nil, minutes: minutes,
            session: session, in: stl, by: actor, now: now, on: db)
    }

    /// Signs `minutes` with an unsealed key and records the signature and its archive entry.
    /// `newKeyReplacing` is set when `key` is new: `.some(nil)` for a first key, `.some(old)`
    /// for a rotation that retires `old`.
    static func record(
        decision: SignatureDecision, reason: String?, user: User, holderRole: HolderRole, seat: Seat,
        key: SigningKey, privateKey: Curve25519.Signing.PrivateKey, newKeyReplacing: SigningKey??,
        minutes: Minutes, session: StlSession, in stl: Secretariat, by actor: SessionActor, now: Date,
        on db: any Database
    ) async throws -> MinutesSignature {
        guard let digest = minutes.digest else {
            throw AppError.conflict(field: nil, Localized(es: "La minuta no está finalizada.", en: "The minutes are not final."))
        }
        let stlID = try stl.requireID()
        let seatID = try seat.requireID()
        let userID = try user.requireID()
        let signedAt = RecordTime.timestamp(now)
        let payload = ArchiveChain.signaturePayload(
            minutesDigest: digest, sessionID: try session.requireID().uuidString, keyID: key.id!.uuidString, signer: user.name,
            seat: seat.label, holderRole: holderRole.rawValue, decision: decision.rawValue,
            reason: reason, signedAt: signedAt)
        let payloadBytes = try CanonicalJSON.data(payload)
        let signatureBytes = try privateKey.signature(for: payloadBytes)
        return try await db.writeTransaction { db in
            if try await MinutesSignature.query(on: db).filter(\.$minutes.$id == minutes.requireID()).filter(\.$seat.$id == seatID).first() != nil {
                throw AppError.conflict(
                    field: nil,
                    Localized(
                        es: "Tu asiento ya firmó (o se negó a firmar) esta minuta.",
                        en: "Your seat already signed (or refused to sign) these minutes."))
            }
            if let replacing = newKeyReplacing {
                if let old = replacing {
                    old.retiredAt = now
                    try await old.update(on: db)
                }
                // A fresh row per attempt: a retried transaction must not reuse a model Fluent
                // already believes saved.
                try await key.copy().create(on: db)
            }
            let signature = MinutesSignature(
                minutesID: try minutes.requireID(), seatID: seatID, userID: userID, keyID: key.id!, signer: user.name,
                holderRole: holderRole, decision: decision, reason: reason,
                payload: String(decoding: payloadBytes, as: UTF8.self),
                signature: signatureBytes.base64EncodedString(), signedAt: RecordTime.parse(signedAt) ?? now)
            try await signature.create(on: db)
            let entry = try await ArchiveWrites.appendSignature(signature, key: key, minutes: minutes, session: session, in: stl, now: now, on: db)
            try await AuditLog.record(
                on: db, actor: actor.audit, secretariatID: stlID, action: .create, entity: .signature,
                entityID: signature.id?.uuidString,
                summary:
                    "\(decision == .firma ? "Firma" : "Negativa a firmar") de \(user.name) en la minuta de \(session.title(.es)); archivo, entrada \(entry.index)",
                change: .after(reason))
            return signature
        }
    }
}

extension Passwords {
    /// Bcrypt off the cooperative threads.
    static func verifyOffLoop(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { verify(password, hash: hash) }
    }
}
