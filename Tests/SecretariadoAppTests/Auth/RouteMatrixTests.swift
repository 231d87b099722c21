import Fluent
import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Every registered route × every role: allowed or refused, as the table below says. A
/// route missing from the table fails the test, so no route ships without a rule.
final class RouteMatrixTests: AppTestCase {
    enum Who: String, CaseIterable {
        case anonymous, representative, otherFacilitator, facilitator, guarantor, admin, coordinator
    }

    /// Who gets past authorization (the rest must get 401/403 or be sent to log in).
    static let everyone = Set(Who.allCases)
    static let signedIn = everyone.subtracting([.anonymous])
    static let editors: Set<Who> = [.facilitator, .guarantor, .admin]
    static let facilitatorOrAdmin: Set<Who> = [.facilitator, .admin]
    static let adminOnly: Set<Who> = [.admin]
    static let charterProposers: Set<Who> = [.representative, .facilitator, .admin]
    // Sessions: whoever holds a role in the STL, and whoever holds one of its seats.
    static let stlMembers: Set<Who> = [.representative, .facilitator, .guarantor, .admin]
    static let seatHolders: Set<Who> = [.representative]
    // Follow-up: the STL's facilitator and representatives, and admins.
    static let followUpEditors: Set<Who> = [.representative, .facilitator, .admin]
    // Oversight: whoever answers for the STL reads its audit log, and national coordination
    // reads every STL's (contact data redacted for readers who are not editors).
    static let auditReaders: Set<Who> = [.representative, .facilitator, .guarantor, .admin, .coordinator]

    static let rules: [String: Set<Who>] = [
        "GET /health": everyone,
        "GET /static/site.css": everyone,
        "GET /static/imprimir.js": everyone,
        "GET /favicon.ico": everyone,
        "GET /": everyone,
        "GET /login": everyone,
        "POST /login": everyone,
        "POST /logout": everyone,
        "GET /cuenta": signedIn,
        "GET /cuenta/tokens": signedIn,
        "POST /cuenta/tokens": signedIn,
        "POST /cuenta/tokens/:tokenID/revocar": signedIn,
        "GET /cuenta/contrasena": signedIn,
        "POST /cuenta/contrasena": signedIn,
        "GET /admin": adminOnly,
        "POST /admin/usuarios": adminOnly,
        "GET /admin/usuarios/:userID": adminOnly,
        "POST /admin/usuarios/:userID/roles": adminOnly,
        "POST /admin/usuarios/:userID/roles/:grantID/revocar": adminOnly,
        "GET /api/v1/account/tokens": signedIn,
        "DELETE /api/v1/account/tokens/:id": signedIn,
        "GET /api/v1/users/:userId/grants": adminOnly,
        "POST /api/v1/users/:userId/grants": adminOnly,
        "DELETE /api/v1/users/:userId/grants/:id": adminOnly,
        "POST /admin/secretariados": adminOnly,
        "GET /admin/auditoria": [.admin, .coordinator],
        "POST /stl/:slug/gestion/sectores": editors,
        "GET /api/v1/secretariats/:slug/sectors": everyone,
        "POST /api/v1/secretariats/:slug/sectors": editors,
        "DELETE /api/v1/secretariats/:slug/sectors/:code": editors,
        "GET /stl/:slug": everyone,
        // Documents: whoever may attach to some record of the STL reaches the check of the
        // record's own permission (an unknown kind or record is then 404); reading is public
        // for public documents and 404 for the rest.
        "POST /stl/:slug/documentos/:kind/:targetID": [.representative, .facilitator, .guarantor, .admin],
        "POST /api/v1/secretariats/:slug/documents/:kind/:targetID": [.representative, .facilitator, .guarantor, .admin],
        "GET /stl/:slug/documentos/:documentID": everyone,
        "GET /api/v1/secretariats/:slug/documents": everyone,
        "GET /api/v1/secretariats/:slug/documents/:id": everyone,
        "GET /stl/:slug/auditoria": auditReaders,
        "GET /stl/:slug/gestion": editors.union([.coordinator]),
        "POST /stl/:slug/gestion/organizaciones": editors,
        "POST /stl/:slug/gestion/asientos": editors,
        "POST /stl/:slug/gestion/integrantes": editors,
        "POST /stl/:slug/gestion/integrantes/:termID/terminar": editors,
        "POST /stl/:slug/gestion/facilitacion": editors,
        "GET /stl/:slug/mecanismo": everyone,
        "GET /stl/:slug/mecanismo.md": everyone,
        "GET /stl/:slug/mecanismo/versiones": everyone,
        "GET /stl/:slug/mecanismo/versiones/:version": everyone,
        "GET /stl/:slug/mecanismo/editar": facilitatorOrAdmin,
        "POST /stl/:slug/mecanismo/editar": facilitatorOrAdmin,
        // The charter: anyone at the table proposes, only a motion of the STL adopts, and
        // only an administrator corrects a typo.
        "GET /stl/:slug/mecanismo/propuestas": everyone,
        "GET /stl/:slug/mecanismo/propuestas/nueva": charterProposers,
        "POST /stl/:slug/mecanismo/propuestas": charterProposers,
        "GET /stl/:slug/mecanismo/propuestas/:draftID": everyone,
        "GET /stl/:slug/mecanismo/correccion": adminOnly,
        "POST /stl/:slug/mecanismo/correccion": adminOnly,
        "GET /api/v1/secretariats/:slug/governance/drafts": everyone,
        "POST /api/v1/secretariats/:slug/governance/drafts": charterProposers,
        "GET /api/v1/secretariats/:slug/governance/drafts/:id": everyone,
        "GET /comparativo": everyone,
        "GET /simulador": everyone,
        "GET /openapi.json": everyone,
        "GET /api/v1/secretariats": everyone,
        "POST /api/v1/secretariats": adminOnly,
        "GET /api/v1/secretariats/:slug": everyone,
        "GET /api/v1/secretariats/:slug/audit": auditReaders,
        "GET /api/v1/secretariats/:slug/organizations": everyone,
        "POST /api/v1/secretariats/:slug/organizations": editors,
        "PUT /api/v1/secretariats/:slug/organizations/:id": editors,
        "DELETE /api/v1/secretariats/:slug/organizations/:id": editors,
        "GET /api/v1/secretariats/:slug/seats": everyone,
        "POST /api/v1/secretariats/:slug/seats": editors,
        "DELETE /api/v1/secretariats/:slug/seats/:id": editors,
        "GET /api/v1/secretariats/:slug/members": everyone,
        "POST /api/v1/secretariats/:slug/members": editors,
        "PATCH /api/v1/secretariats/:slug/members/:id": editors,
        "DELETE /api/v1/secretariats/:slug/members/:id": editors,
        "POST /api/v1/analysis": everyone,
        "GET /api/v1/opendata": everyone,
        "GET /api/v1/secretariats.csv": everyone,
        "GET /api/v1/members.csv": everyone,
        "GET /api/v1/secretariats/:slug/popolo.json": everyone,
        "GET /api/v1/secretariats/:slug/governance": everyone,
        "GET /api/v1/secretariats/:slug/governance/versions": everyone,
        // Installation of an STL; see InstallationAccessTests for the refusals that need data
        "GET /stl/:slug/instalacion": everyone,
        "GET /stl/:slug/instalacion/pasos/:number": everyone,
        "POST /stl/:slug/instalacion/pasos/:number": editors,
        "POST /stl/:slug/instalacion/pasos/:number/evidencias": editors,
        "GET /stl/:slug/instalacion/grupo-promotor": everyone,
        "POST /stl/:slug/instalacion/grupo-promotor": editors,
        "POST /stl/:slug/instalacion/grupo-promotor/:id/eliminar": editors,
        "POST /stl/:slug/instalacion/ruta": editors,
        "POST /stl/:slug/instalacion/ruta/:id/eliminar": editors,
        "GET /stl/:slug/instalacion/convocatoria": everyone,
        "POST /stl/:slug/instalacion/convocatoria": editors,
        "POST /stl/:slug/instalacion/convocatoria/cerrar": editors,
        "GET /stl/:slug/instalacion/registro": everyone,
        "POST /stl/:slug/instalacion/registro": everyone,
        "GET /stl/:slug/instalacion/registros": editors,
        "POST /stl/:slug/instalacion/registros/:id/decision": editors,
        "GET /stl/:slug/instalacion/eleccion": everyone,
        "POST /stl/:slug/instalacion/eleccion": editors,
        "POST /stl/:slug/instalacion/eleccion/abrir": editors,
        "POST /stl/:slug/instalacion/eleccion/credenciales": editors,
        "POST /stl/:slug/instalacion/eleccion/cerrar": editors,
        // Ballots: credential holders; never the STL's guarantor, facilitator, government or an admin.
        "GET /stl/:slug/instalacion/boleta/:token": [.anonymous, .representative, .otherFacilitator],
        "POST /stl/:slug/instalacion/boleta/:token": [.anonymous, .representative, .otherFacilitator],
        "POST /stl/:slug/instalacion/boleta/:token/candidatura": [.anonymous, .representative, .otherFacilitator],
        "GET /stl/:slug/instalacion/acuse/:code": [.anonymous, .representative, .otherFacilitator],
        "POST /stl/:slug/instalacion/acuse/:code/credencial": [.anonymous, .representative, .otherFacilitator],
        // Jalisco has no election: 404 for all. Before a close: nobody (InstallationAccessTests).
        "GET /stl/:slug/instalacion/resultados": everyone,
        "GET /stl/:slug/instalacion/facilitacion": everyone,
        "POST /stl/:slug/instalacion/facilitacion": [.representative, .guarantor, .admin],
        "POST /stl/:slug/instalacion/acta": editors,
        "POST /stl/:slug/instalacion/instalar": [.guarantor, .admin],
        "GET /stl/:slug/acta": everyone,
        "GET /stl/:slug/acta.md": everyone,
        "GET /api/v1/secretariats/:slug/installation": everyone,
        "GET /api/v1/secretariats/:slug/installation/promoter-group": everyone,
        "GET /api/v1/secretariats/:slug/installation/registrations": everyone,
        "GET /api/v1/secretariats/:slug/installation/election": everyone,
        "GET /api/v1/secretariats/:slug/installation/election/results": everyone,
        // Sessions, voting, minutes and archive; SessionAuthorizationTests covers the
        // refusals that need real sessions (drafts, another STL's motion). Random ids give 404 to
        // whoever gets past authorization. Voting and signing need a seat: admins are refused
        // too (AccessPolicy.sessionRuling), as the services would refuse them.
        "GET /stl/:slug/sesiones": everyone,
        "POST /stl/:slug/sesiones": facilitatorOrAdmin,
        "POST /stl/:slug/sesiones/solicitudes": [.representative, .admin],
        "GET /stl/:slug/sesiones/:sessionID": everyone,
        "GET /stl/:slug/sesiones/:sessionID/minuta": everyone,
        "GET /stl/:slug/sesiones/:sessionID/conducir": facilitatorOrAdmin,
        "POST /stl/:slug/sesiones/:sessionID/editar": facilitatorOrAdmin,
        "POST /stl/:slug/sesiones/:sessionID/cancelar": facilitatorOrAdmin,
        "POST /stl/:slug/sesiones/:sessionID/orden-del-dia": facilitatorOrAdmin,
        "POST /stl/:slug/sesiones/:sessionID/orden-del-dia/:itemID": facilitatorOrAdmin,
        "POST /stl/:slug/sesiones/:sessionID/orden-del-dia/:itemID/retirar": facilitatorOrAdmin,
        "POST /stl/:slug/sesiones/:sessionID/asistencia": facilitatorOrAdmin,
        "POST /stl/:slug/sesiones/:sessionID/mociones": facilitatorOrAdmin,
        "POST /stl/:slug/sesiones/:sessionID/mociones/:motionID/cerrar": facilitatorOrAdmin,
        "POST /stl/:slug/sesiones/:sessionID/minuta": facilitatorOrAdmin,
        "POST /stl/:slug/sesiones/:sessionID/minuta/finalizar": facilitatorOrAdmin,
        "POST /stl/:slug/sesiones/:sessionID/mociones/:motionID/votar": seatHolders,
        "POST /stl/:slug/sesiones/:sessionID/minuta/firmar": seatHolders,
        "GET /stl/:slug/propuestas": stlMembers,
        "POST /stl/:slug/propuestas": [.representative, .facilitator, .admin],
        // Declining a proposal belongs to whoever integrates proposals into an agenda.
        "POST /stl/:slug/propuestas/:proposalID/declinar": facilitatorOrAdmin,
        "GET /stl/:slug/acuerdos": everyone,
        "POST /stl/:slug/acuerdos/:agreementID/estado": followUpEditors,  // follow-up
        "GET /api/v1/secretariats/:slug/sessions": everyone,
        "POST /api/v1/secretariats/:slug/sessions": facilitatorOrAdmin,
        "POST /api/v1/secretariats/:slug/sessions/requests": [.representative, .admin],
        "GET /api/v1/secretariats/:slug/sessions/:id": everyone,
        "PATCH /api/v1/secretariats/:slug/sessions/:id": facilitatorOrAdmin,
        "POST /api/v1/secretariats/:slug/sessions/:id/cancel": facilitatorOrAdmin,
        "POST /api/v1/secretariats/:slug/sessions/:id/agenda": facilitatorOrAdmin,
        "PATCH /api/v1/secretariats/:slug/sessions/:id/agenda/:itemId": facilitatorOrAdmin,
        "DELETE /api/v1/secretariats/:slug/sessions/:id/agenda/:itemId": facilitatorOrAdmin,
        "PUT /api/v1/secretariats/:slug/sessions/:id/attendance": facilitatorOrAdmin,
        "GET /api/v1/secretariats/:slug/sessions/:id/motions": everyone,
        "POST /api/v1/secretariats/:slug/sessions/:id/motions": facilitatorOrAdmin,
        "GET /api/v1/secretariats/:slug/sessions/:id/minutes": everyone,
        "PUT /api/v1/secretariats/:slug/sessions/:id/minutes": facilitatorOrAdmin,
        "POST /api/v1/secretariats/:slug/sessions/:id/minutes/finalize": facilitatorOrAdmin,
        "POST /api/v1/secretariats/:slug/sessions/:id/minutes/signatures": seatHolders,
        "GET /api/v1/secretariats/:slug/motions/:id/votes": everyone,
        "POST /api/v1/secretariats/:slug/motions/:id/votes": seatHolders,
        "POST /api/v1/secretariats/:slug/motions/:id/close": facilitatorOrAdmin,
        "GET /api/v1/secretariats/:slug/proposals": stlMembers,
        "POST /api/v1/secretariats/:slug/proposals": [.representative, .facilitator, .admin],
        "POST /api/v1/secretariats/:slug/proposals/:id/decline": facilitatorOrAdmin,
        "GET /api/v1/secretariats/:slug/agreements": everyone,
        "PATCH /api/v1/secretariats/:slug/agreements/:id": followUpEditors,  // follow-up
        "GET /api/v1/secretariats/:slug/archive": everyone,
        "GET /api/v1/secretariats/:slug/keys": everyone,
        "GET /api/v1/secretariats/:slug/archive/checkpoint": everyone,
        "GET /api/v1/secretariats/:slug/archive/checkpoints": everyone,
        "GET /api/v1/platform-key": everyone,
        "GET /api/v1/secretariats/:slug/sessions.ics": everyone,
        "GET /api/v1/agreements.csv": everyone,
        // Follow-up: agreements, action plan, finances and outreach; refusals with data in FollowUpAuthorizationTests
        "POST /stl/:slug/acuerdos": followUpEditors,
        "GET /stl/:slug/acuerdos/:agreementID": everyone,
        "POST /stl/:slug/acuerdos/:agreementID/seguimiento": followUpEditors,
        "GET /stl/:slug/plan-de-accion": everyone,
        "POST /stl/:slug/plan-de-accion": followUpEditors,
        "GET /stl/:slug/plan-de-accion/:planID": everyone,
        "POST /stl/:slug/plan-de-accion/:planID/compromisos": followUpEditors,
        "GET /stl/:slug/compromisos/:commitmentID": everyone,
        "POST /stl/:slug/compromisos/:commitmentID/hitos": followUpEditors,
        "POST /stl/:slug/compromisos/:commitmentID/hitos/:milestoneID": followUpEditors,
        "POST /stl/:slug/finanzas/:expenseID": followUpEditors,
        "POST /stl/:slug/finanzas/:expenseID/anular": followUpEditors,
        "POST /stl/:slug/compromisos/:commitmentID/nivel": followUpEditors,
        "GET /stl/:slug/finanzas": everyone,
        "POST /stl/:slug/finanzas": followUpEditors,
        "GET /stl/:slug/difusion": everyone,
        "POST /stl/:slug/difusion": followUpEditors,
        "GET /stl/:slug/seguimiento": everyone,
        "GET /seguimiento": everyone,
        "POST /api/v1/secretariats/:slug/agreements": followUpEditors,
        "GET /api/v1/secretariats/:slug/agreements/:id": everyone,
        "POST /api/v1/secretariats/:slug/agreements/:id/notes": followUpEditors,
        "GET /api/v1/secretariats/:slug/agreements.csv": everyone,
        "GET /api/v1/secretariats/:slug/action-plans": everyone,
        "POST /api/v1/secretariats/:slug/action-plans": followUpEditors,
        "GET /api/v1/secretariats/:slug/action-plans/:id": everyone,
        "POST /api/v1/secretariats/:slug/action-plans/:id/commitments": followUpEditors,
        "GET /api/v1/secretariats/:slug/commitments/:id": everyone,
        "PUT /api/v1/secretariats/:slug/commitments/:id/level": followUpEditors,
        "POST /api/v1/secretariats/:slug/commitments/:id/milestones": followUpEditors,
        "PATCH /api/v1/secretariats/:slug/commitments/:id/milestones/:milestoneId": followUpEditors,
        "GET /api/v1/secretariats/:slug/commitments.csv": everyone,
        "GET /api/v1/secretariats/:slug/milestones.csv": everyone,
        "GET /api/v1/commitments.csv": everyone,
        "GET /api/v1/milestones.csv": everyone,
        "GET /api/v1/secretariats/:slug/expenses": everyone,
        "POST /api/v1/secretariats/:slug/expenses": followUpEditors,
        "PATCH /api/v1/secretariats/:slug/expenses/:id": followUpEditors,
        "POST /api/v1/secretariats/:slug/expenses/:id/annul": followUpEditors,
        "GET /api/v1/secretariats/:slug/expenses.csv": everyone,
        "GET /api/v1/expenses.csv": everyone,
        "GET /api/v1/secretariats/:slug/outreach": everyone,
        "POST /api/v1/secretariats/:slug/outreach": followUpEditors,
        "GET /api/v1/secretariats/:slug/outreach.csv": everyone,
        "GET /api/v1/outreach.csv": everyone,
        "GET /api/v1/secretariats/:slug/followup": everyone,
        "GET /api/v1/followup": everyone,
        // «Mi trabajo», and the confirmation pages of irreversible actions (the same rule
        // as the action they confirm).
        "GET /mi-trabajo": signedIn,
        "GET /stl/:slug/sesiones/:sessionID/mociones/:motionID/cerrar": facilitatorOrAdmin,
        "GET /stl/:slug/sesiones/:sessionID/minuta/finalizar": facilitatorOrAdmin,
        "GET /stl/:slug/instalacion/eleccion/cerrar": editors,
        "GET /stl/:slug/gestion/integrantes/:termID/terminar": editors,
        "GET /stl/:slug/instalacion/acta": editors,
        "GET /stl/:slug/instalacion/grupo-promotor/:id/eliminar": editors,
        "GET /stl/:slug/instalacion/ruta/:id/eliminar": editors,
        // E-mail and in-app notices: the outbox is the administrator's; notices and their
        // preferences are each account's own (ownership is checked inside, NoticesWebTests);
        // an unsubscribe link is public, its signature the authorization.
        "GET /admin/correo": adminOnly,
        "GET /admin/correo/:messageID": adminOnly,
        "POST /admin/correo/:messageID/reintentar": adminOnly,
        "GET /avisos": signedIn,
        "POST /avisos/:noticeID/leido": signedIn,
        "POST /avisos/leidos": signedIn,
        "GET /cuenta/avisos": signedIn,
        "POST /cuenta/avisos": signedIn,
        "GET /avisos/baja/:userID/:kind/:signature": everyone,
        "POST /avisos/baja/:userID/:kind/:signature": everyone,
    ]

    /// Writes national coordination may make: none of an STL's data, only its own account
    /// and what the public may do anyway (sign in and out, register for an open call, run the
    /// rule analyser, which stores nothing).
    static let coordinatorWrites: Set<String> = [
        "POST /login", "POST /logout", "POST /cuenta/tokens", "POST /cuenta/tokens/:tokenID/revocar",
        "POST /cuenta/contrasena", "DELETE /api/v1/account/tokens/:id", "POST /stl/:slug/instalacion/registro",
        "POST /api/v1/analysis",
        "POST /avisos/:noticeID/leido", "POST /avisos/leidos", "POST /cuenta/avisos",
        "POST /avisos/baja/:userID/:kind/:signature",
    ]

    func testNationalCoordinationWritesNothingOfAnySTL() {
        let writes = app.routes.all.filter { $0.method != .GET && $0.method != .HEAD }.map(Self.key)
        XCTAssertFalse(writes.isEmpty)
        for key in writes where !Self.coordinatorWrites.contains(key) {
            XCTAssertFalse(Self.rules[key]?.contains(.coordinator) ?? true, "\(key) must refuse national coordination")
        }
    }

    /// Signing in and out change who the client is; LoginTests covers them.
    static let notReplayed: Set<String> = ["POST /login", "POST /logout"]

    static func key(_ route: Route) -> String {
        "\(route.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
    }

    func testEveryRouteHasARule() {
        let missing = app.routes.all.map(Self.key).filter { Self.rules[$0] == nil }
        XCTAssertEqual(missing, [], "add these routes to RouteMatrixTests.rules")
    }

    func testEveryRoleIsAllowedOrRefusedAsTheTableSays() async throws {
        try await loadDemo()
        var browsers: [Who: Browser] = [.anonymous: Browser(app)]
        var tokens: [Who: HTTPHeaders] = [.anonymous: [:]]
        let accounts: [(Who, Bool, [(String, StlRole, String?, Int?)])] = [
            (.representative, false, [("jalisco", .representante, "sociedad_civil", 1)]),
            (.otherFacilitator, false, [("campeche", .facilitador, nil, nil)]),
            (.facilitator, false, [("jalisco", .facilitador, nil, nil)]),
            (.guarantor, false, [("jalisco", .garante, nil, nil)]),
            (.admin, true, []),
            (.coordinator, false, []),
        ]
        for (who, admin, grants) in accounts {
            let user = try await makeUser("\(who.rawValue)@matriz.mx", admin: admin, grants: grants.map { ($0.0, $0.1, $0.2, $0.3) })
            if who == .coordinator { try await NationalGrant(userID: user.requireID(), role: .coordinador).create(on: db) }
            tokens[who] = try await bearer(for: user)
            let browser = Browser(app)
            try await browser.login("\(who.rawValue)@matriz.mx")
            browsers[who] = browser
        }

        for route in app.routes.all {
            let key = Self.key(route)
            guard let allowed = Self.rules[key], !Self.notReplayed.contains(key) else { continue }
            let path =
                "/"
                + route.path.map { component -> String in
                    guard case .parameter(let name) = component else { return component.description }
                    switch name {
                    case "slug": return "jalisco"
                    case "version": return "1"
                    default: return UUID().uuidString
                    }
                }.joined(separator: "/")
            for who in Who.allCases {
                let status: HTTPStatus
                let location: String?
                if path.hasPrefix("/api/") {
                    var result: (HTTPStatus, String?) = (.internalServerError, nil)
                    try await app.test(route.method, path, headers: tokens[who]!) { res async in
                        result = (res.status, res.headers.first(name: .location))
                    }
                    (status, location) = result
                } else if route.method == .GET {
                    let res = try await browsers[who]!.get(path)
                    (status, location) = (res.status, res.headers.first(name: .location))
                } else {
                    let res = try await browsers[who]!.post(path, form: [:])
                    (status, location) = (res.status, res.headers.first(name: .location))
                }
                let refused =
                    status == .unauthorized || status == .forbidden
                    || (status == .seeOther && (location ?? "").hasPrefix("/login?"))
                XCTAssertNotEqual(status, .internalServerError, "\(key) as \(who)")
                if allowed.contains(who) {
                    XCTAssertFalse(refused, "\(key) should be allowed for \(who), got \(status)")
                } else {
                    XCTAssertTrue(refused, "\(key) should be refused for \(who), got \(status)")
                }
            }
        }
    }
}
