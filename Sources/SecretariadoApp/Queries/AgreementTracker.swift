import Fluent
import SecretariadoCore
import Vapor

/// Which agreements to list: by status as shown today (so "vencido" can be asked for),
/// owner (words in the owner's name), owner sector and session. Read from the query
/// string, so the filters work as plain links and GET forms, without JavaScript.
struct AgreementFilter: Sendable, Equatable {
    var status: AgreementStatus?
    var owner: String?
    var sector: String?
    var sessionID: UUID?

    init(status: AgreementStatus? = nil, owner: String? = nil, sector: String? = nil, sessionID: UUID? = nil) {
        self.status = status
        self.owner = owner
        self.sector = sector
        self.sessionID = sessionID
    }

    /// Unknown values are a 422 naming the parameter, never an empty list that looks real.
    /// `strict` (the API): a typed parameter that is present must be valid even when empty,
    /// as the OpenAPI description types it; the site's filter forms send empty ones for "all".
    init(_ req: Request, strict: Bool = false) throws {
        if strict { try APIQuery.requireNonEmpty(req, ["status", "session"]) }
        status = try FieldCheck.choice(req.query[String.self, at: "status"], "status", as: AgreementStatus.self)
        owner = try FieldCheck.optional(req.query[String.self, at: "owner"], "owner", maxLength: 300)
        sector = try FieldCheck.optional(req.query[String.self, at: "sector"], "sector", maxLength: 40)
        sessionID = try FieldCheck.uuid(req.query[String.self, at: "session"], "session")
    }

    var isEmpty: Bool { self == AgreementFilter() }

    func matches(_ row: AgreementRow) -> Bool {
        if let status, row.status != status { return false }
        if let owner, !row.agreement.owner.localizedCaseInsensitiveContains(owner) { return false }
        if let sector, row.agreement.ownerSector != sector { return false }
        if let sessionID, row.agreement.$session.id != sessionID { return false }
        return true
    }

    /// The query string that reproduces this filter ("?status=vencido&owner=…").
    var query: String {
        var items: [URLQueryItem] = []
        if let status { items.append(.init(name: "status", value: status.rawValue)) }
        if let owner { items.append(.init(name: "owner", value: owner)) }
        if let sector { items.append(.init(name: "sector", value: sector)) }
        if let sessionID { items.append(.init(name: "session", value: sessionID.uuidString)) }
        var components = URLComponents()
        components.queryItems = items
        return items.isEmpty ? "" : "?" + (components.percentEncodedQuery ?? "")
    }
}

/// One agreement as the tracker shows it: its status today, its session and its notes.
struct AgreementRow: Sendable {
    let agreement: Agreement
    /// As shown today: an open agreement past its due date is "vencido".
    let status: AgreementStatus
    let session: StlSession?
    /// Newest first.
    let notes: [AgreementNote]

    var isOverdue: Bool { status == .vencido }

    /// When it was taken: its session's date, or when it was entered.
    var adoptedAt: Date { session?.startsAt ?? agreement.createdAt ?? Date() }
}

enum AgreementTracker {
    /// Every agreement of `stl` (or of every STL) in number order, with notes and sessions.
    static func rows(of stlID: UUID?, today: Date = CalendarDate.today(), on db: any Database) async throws -> [AgreementRow] {
        let query = Agreement.query(on: db)
        if let stlID { query.filter(\.$secretariat.$id == stlID) }
        let agreements = try await query.sort(\.$number).all()
        let ids = agreements.compactMap(\.id)
        let notes = try await ChunkedIn.all(ids) { slice in
            AgreementNote.query(on: db).filter(\.$agreement.$id ~~ Array(slice)).sort(\.$notedOn, .descending).sort(\.$createdAt, .descending)
        }
        let notesByAgreement = Dictionary(grouping: notes, by: { $0.$agreement.id })
        let sessionIDs = Set(agreements.compactMap { $0.$session.id })
        let sessions = try await ChunkedIn.all(Array(sessionIDs)) { StlSession.query(on: db).filter(\.$id ~~ Array($0)) }
        let sessionsByID = Dictionary(uniqueKeysWithValues: sessions.map { ($0.id!, $0) })
        return agreements.map { agreement in
            AgreementRow(
                agreement: agreement,
                status: AgreementStatus.effective(stored: agreement.status, dueOn: agreement.dueOn, today: today),
                session: agreement.$session.id.flatMap { sessionsByID[$0] },
                notes: notesByAgreement[agreement.id!] ?? [])
        }
    }

    static func row(_ id: UUID, in stl: Secretariat, today: Date = CalendarDate.today(), on db: any Database) async throws -> AgreementRow {
        let agreement = try await FollowUpScope.agreement(id, in: stl, on: db)
        let notes = try await AgreementNote.query(on: db).filter(\.$agreement.$id == id)
            .sort(\.$notedOn, .descending).sort(\.$createdAt, .descending).all()
        let session = try await agreement.$session.id.asyncFlatMap { try await StlSession.find($0, on: db) }
        return AgreementRow(
            agreement: agreement, status: AgreementStatus.effective(stored: agreement.status, dueOn: agreement.dueOn, today: today),
            session: session, notes: notes)
    }
}

extension Optional {
    func asyncFlatMap<U>(_ transform: (Wrapped) async throws -> U?) async rethrows -> U? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
