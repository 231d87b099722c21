import Vapor

/// A path parameter: `.key` when registering a route, `.value` when building a link.
enum Parameter<T: Sendable>: Sendable {
    case key
    case value(T)

    /// `:name` when registering a route, the value when building a link.
    func component(_ name: String) -> PathComponent {
        switch self {
        case .key: .parameter(name)
        case .value(let value): .constant("\(value)")
        }
    }
}

/// Every URL of the site, used both to register routes and to build links, so a link can
/// never point at a route that does not exist.
enum SiteURL: Sendable {
    case home
    case health
    case stylesheet
    /// The one script: the «Imprimir» button of printable documents.
    case printScript
    case favicon
    case login
    case logout
    case account
    case accountTokens
    case accountTokenRevoke(_ tokenID: Parameter<UUID>)
    case accountPassword
    case admin
    case adminUsers
    case adminUser(_ userID: Parameter<UUID>)
    case adminUserGrants(_ userID: Parameter<UUID>)
    case adminUserGrantRevoke(_ userID: Parameter<UUID>, _ grantID: Parameter<UUID>)
    case adminSecretariats
    case secretariat(_ slug: Parameter<String>)
    case manage(_ slug: Parameter<String>)
    case manageOrganizations(_ slug: Parameter<String>)
    case manageSeats(_ slug: Parameter<String>)
    case manageMembers(_ slug: Parameter<String>)
    case manageEndTerm(_ slug: Parameter<String>, _ termID: Parameter<UUID>)
    case manageFacilitator(_ slug: Parameter<String>)
    case auditLog(_ slug: Parameter<String>)
    case manageSectors(_ slug: Parameter<String>)
    case adminAudit
    // Governance and analysis
    case governance(_ slug: Parameter<String>)
    case governanceMarkdown(_ slug: Parameter<String>)
    case governanceVersions(_ slug: Parameter<String>)
    case governanceVersion(_ slug: Parameter<String>, _ version: Parameter<Int>)
    case governanceEdit(_ slug: Parameter<String>)
    case governanceDrafts(_ slug: Parameter<String>)
    case governanceDraftNew(_ slug: Parameter<String>)
    case governanceDraft(_ slug: Parameter<String>, _ draftID: Parameter<UUID>)
    case governanceCorrection(_ slug: Parameter<String>)
    case comparison
    case simulator
    // Installation of an STL
    case installation(_ slug: Parameter<String>)
    case installationStep(_ slug: Parameter<String>, _ number: Parameter<Int>)
    case installationStepEvidence(_ slug: Parameter<String>, _ number: Parameter<Int>)
    case installationPromoters(_ slug: Parameter<String>)
    case installationPromoterRemove(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case installationRoute(_ slug: Parameter<String>)
    case installationRouteRemove(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case installationCall(_ slug: Parameter<String>)
    case installationCallClose(_ slug: Parameter<String>)
    case installationRegister(_ slug: Parameter<String>)
    case installationRegistrations(_ slug: Parameter<String>)
    case installationRegistrationDecision(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case installationElection(_ slug: Parameter<String>)
    case installationElectionOpen(_ slug: Parameter<String>)
    case installationElectionCredentials(_ slug: Parameter<String>)
    case installationElectionClose(_ slug: Parameter<String>)
    case installationBallot(_ slug: Parameter<String>, _ token: Parameter<String>)
    case installationNomination(_ slug: Parameter<String>, _ token: Parameter<String>)
    case installationReceipt(_ slug: Parameter<String>, _ code: Parameter<String>)
    case installationReceiptCredential(_ slug: Parameter<String>, _ code: Parameter<String>)
    case installationResults(_ slug: Parameter<String>)
    case installationFacilitation(_ slug: Parameter<String>)
    case installationActaIssue(_ slug: Parameter<String>)
    case installationInstall(_ slug: Parameter<String>)
    case installationActa(_ slug: Parameter<String>)
    case installationActaMarkdown(_ slug: Parameter<String>)
    // Sessions, voting, minutes and archive.
    case sessions(_ slug: Parameter<String>)
    case sessionRequests(_ slug: Parameter<String>)
    case session(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case sessionConduct(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case sessionEdit(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case sessionCancel(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case sessionAgenda(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case sessionAgendaItem(_ slug: Parameter<String>, _ id: Parameter<UUID>, _ itemID: Parameter<UUID>)
    case sessionAgendaItemWithdraw(_ slug: Parameter<String>, _ id: Parameter<UUID>, _ itemID: Parameter<UUID>)
    case sessionAttendance(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case sessionMotions(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case motionVote(_ slug: Parameter<String>, _ id: Parameter<UUID>, _ motionID: Parameter<UUID>)
    case motionClose(_ slug: Parameter<String>, _ id: Parameter<UUID>, _ motionID: Parameter<UUID>)
    case sessionMinutes(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case sessionMinutesFinalise(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case sessionMinutesSign(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case proposals(_ slug: Parameter<String>)
    case proposalDecline(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case agreements(_ slug: Parameter<String>)
    case agreementStatus(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    // Follow-up: agreements, action plan, finances and outreach.
    case agreement(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case agreementNotes(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case actionPlans(_ slug: Parameter<String>)
    case actionPlan(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case planCommitments(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case commitment(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case commitmentLevel(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case commitmentMilestones(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case milestone(_ slug: Parameter<String>, _ commitmentID: Parameter<UUID>, _ id: Parameter<UUID>)
    case finances(_ slug: Parameter<String>)
    case expense(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case expenseAnnul(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case outreach(_ slug: Parameter<String>)
    case followUp(_ slug: Parameter<String>)
    case nationalFollowUp
    /// «Mi trabajo»: what waits for the signed-in person.
    case myWork
    // E-mail and in-app notices.
    case notices
    case noticeRead(_ id: Parameter<UUID>)
    case noticesReadAll
    case noticePreferences
    case unsubscribe(_ userID: Parameter<UUID>, _ kind: Parameter<String>, _ signature: Parameter<String>)
    case adminMail
    case adminMailMessage(_ id: Parameter<UUID>)
    case adminMailRetry(_ id: Parameter<UUID>)
    // Documents attached to records.
    case document(_ slug: Parameter<String>, _ id: Parameter<UUID>)
    case documentUpload(_ slug: Parameter<String>, _ kind: Parameter<String>, _ targetID: Parameter<UUID>)

    var pathComponents: [PathComponent] {
        components.map { $0 }
    }

    /// The link to this URL, with parameter values filled in.
    var path: String {
        "/" + components.map(\.description).joined(separator: "/")
    }

    private var components: [PathComponent] {
        switch self {
        case .home: []
        case .health: ["health"]
        case .stylesheet: ["static", "site.css"]
        case .printScript: ["static", "imprimir.js"]
        case .favicon: ["favicon.ico"]
        case .login: ["login"]
        case .logout: ["logout"]
        case .account: ["cuenta"]
        case .accountTokens: ["cuenta", "tokens"]
        case .accountTokenRevoke(let id): ["cuenta", "tokens", id.component("tokenID"), "revocar"]
        case .accountPassword: ["cuenta", "contrasena"]
        case .admin: ["admin"]
        case .adminUsers: ["admin", "usuarios"]
        case .adminUser(let id): ["admin", "usuarios", id.component("userID")]
        case .adminUserGrants(let id): ["admin", "usuarios", id.component("userID"), "roles"]
        case .adminUserGrantRevoke(let id, let grant): ["admin", "usuarios", id.component("userID"), "roles", grant.component("grantID"), "revocar"]
        case .adminSecretariats: ["admin", "secretariados"]
        case .secretariat(let slug): ["stl", slug.component("slug")]
        case .manage(let slug): ["stl", slug.component("slug"), "gestion"]
        case .manageOrganizations(let slug):
            ["stl", slug.component("slug"), "gestion", "organizaciones"]
        case .manageSeats(let slug): ["stl", slug.component("slug"), "gestion", "asientos"]
        case .manageMembers(let slug): ["stl", slug.component("slug"), "gestion", "integrantes"]
        case .manageEndTerm(let slug, let term):
            ["stl", slug.component("slug"), "gestion", "integrantes", term.component("termID"), "terminar"]
        case .manageFacilitator(let slug): ["stl", slug.component("slug"), "gestion", "facilitacion"]
        case .auditLog(let slug): ["stl", slug.component("slug"), "auditoria"]
        case .manageSectors(let slug): ["stl", slug.component("slug"), "gestion", "sectores"]
        case .adminAudit: ["admin", "auditoria"]
        case .governance(let slug): ["stl", slug.component("slug"), "mecanismo"]
        case .governanceMarkdown(let slug): ["stl", slug.component("slug"), "mecanismo.md"]
        case .governanceVersions(let slug): ["stl", slug.component("slug"), "mecanismo", "versiones"]
        case .governanceVersion(let slug, let version):
            ["stl", slug.component("slug"), "mecanismo", "versiones", version.component("version")]
        case .governanceEdit(let slug): ["stl", slug.component("slug"), "mecanismo", "editar"]
        case .governanceDrafts(let slug): ["stl", slug.component("slug"), "mecanismo", "propuestas"]
        case .governanceDraftNew(let slug): ["stl", slug.component("slug"), "mecanismo", "propuestas", "nueva"]
        case .governanceDraft(let slug, let id): ["stl", slug.component("slug"), "mecanismo", "propuestas", id.component("draftID")]
        case .governanceCorrection(let slug): ["stl", slug.component("slug"), "mecanismo", "correccion"]
        case .comparison: ["comparativo"]
        case .simulator: ["simulador"]
        // Installation of an STL
        case .installation(let slug): Self.installationComponents(slug)
        case .installationStep(let slug, let n): Self.installationComponents(slug, "pasos", n.component("number"))
        case .installationStepEvidence(let slug, let n): Self.installationComponents(slug, "pasos", n.component("number"), "evidencias")
        case .installationPromoters(let slug): Self.installationComponents(slug, "grupo-promotor")
        case .installationPromoterRemove(let slug, let id): Self.installationComponents(slug, "grupo-promotor", id.component("id"), "eliminar")
        case .installationRoute(let slug): Self.installationComponents(slug, "ruta")
        case .installationRouteRemove(let slug, let id): Self.installationComponents(slug, "ruta", id.component("id"), "eliminar")
        case .installationCall(let slug): Self.installationComponents(slug, "convocatoria")
        case .installationCallClose(let slug): Self.installationComponents(slug, "convocatoria", "cerrar")
        case .installationRegister(let slug): Self.installationComponents(slug, "registro")
        case .installationRegistrations(let slug): Self.installationComponents(slug, "registros")
        case .installationRegistrationDecision(let slug, let id): Self.installationComponents(slug, "registros", id.component("id"), "decision")
        case .installationElection(let slug): Self.installationComponents(slug, "eleccion")
        case .installationElectionOpen(let slug): Self.installationComponents(slug, "eleccion", "abrir")
        case .installationElectionCredentials(let slug): Self.installationComponents(slug, "eleccion", "credenciales")
        case .installationElectionClose(let slug): Self.installationComponents(slug, "eleccion", "cerrar")
        case .installationBallot(let slug, let token): Self.installationComponents(slug, "boleta", token.component("token"))
        case .installationNomination(let slug, let token): Self.installationComponents(slug, "boleta", token.component("token"), "candidatura")
        case .installationReceipt(let slug, let code): Self.installationComponents(slug, "acuse", code.component("code"))
        case .installationReceiptCredential(let slug, let code): Self.installationComponents(slug, "acuse", code.component("code"), "credencial")
        case .installationResults(let slug): Self.installationComponents(slug, "resultados")
        case .installationFacilitation(let slug): Self.installationComponents(slug, "facilitacion")
        case .installationActaIssue(let slug): Self.installationComponents(slug, "acta")
        case .installationInstall(let slug): Self.installationComponents(slug, "instalar")
        case .installationActa(let slug): ["stl", slug.component("slug"), "acta"]
        case .installationActaMarkdown(let slug): ["stl", slug.component("slug"), "acta.md"]
        // Sessions, voting, minutes and archive.
        case .sessions(let slug): ["stl", slug.component("slug"), "sesiones"]
        case .sessionRequests(let slug): ["stl", slug.component("slug"), "sesiones", "solicitudes"]
        case .session(let slug, let id): ["stl", slug.component("slug"), "sesiones", id.component("sessionID")]
        case .sessionConduct(let slug, let id): ["stl", slug.component("slug"), "sesiones", id.component("sessionID"), "conducir"]
        case .sessionEdit(let slug, let id): ["stl", slug.component("slug"), "sesiones", id.component("sessionID"), "editar"]
        case .sessionCancel(let slug, let id): ["stl", slug.component("slug"), "sesiones", id.component("sessionID"), "cancelar"]
        case .sessionAgenda(let slug, let id): ["stl", slug.component("slug"), "sesiones", id.component("sessionID"), "orden-del-dia"]
        case .sessionAgendaItem(let slug, let id, let item):
            ["stl", slug.component("slug"), "sesiones", id.component("sessionID"), "orden-del-dia", item.component("itemID")]
        case .sessionAgendaItemWithdraw(let slug, let id, let item):
            ["stl", slug.component("slug"), "sesiones", id.component("sessionID"), "orden-del-dia", item.component("itemID"), "retirar"]
        case .sessionAttendance(let slug, let id): ["stl", slug.component("slug"), "sesiones", id.component("sessionID"), "asistencia"]
        case .sessionMotions(let slug, let id): ["stl", slug.component("slug"), "sesiones", id.component("sessionID"), "mociones"]
        case .motionVote(let slug, let id, let motion):
            ["stl", slug.component("slug"), "sesiones", id.component("sessionID"), "mociones", motion.component("motionID"), "votar"]
        case .motionClose(let slug, let id, let motion):
            ["stl", slug.component("slug"), "sesiones", id.component("sessionID"), "mociones", motion.component("motionID"), "cerrar"]
        case .sessionMinutes(let slug, let id): ["stl", slug.component("slug"), "sesiones", id.component("sessionID"), "minuta"]
        case .sessionMinutesFinalise(let slug, let id): ["stl", slug.component("slug"), "sesiones", id.component("sessionID"), "minuta", "finalizar"]
        case .sessionMinutesSign(let slug, let id): ["stl", slug.component("slug"), "sesiones", id.component("sessionID"), "minuta", "firmar"]
        case .proposals(let slug): ["stl", slug.component("slug"), "propuestas"]
        case .proposalDecline(let slug, let id): ["stl", slug.component("slug"), "propuestas", id.component("proposalID"), "declinar"]
        case .agreements(let slug): ["stl", slug.component("slug"), "acuerdos"]
        case .agreementStatus(let slug, let id): ["stl", slug.component("slug"), "acuerdos", id.component("agreementID"), "estado"]
        // Follow-up: agreements, action plan, finances and outreach.
        case .agreement(let slug, let id): ["stl", slug.component("slug"), "acuerdos", id.component("agreementID")]
        case .agreementNotes(let slug, let id): ["stl", slug.component("slug"), "acuerdos", id.component("agreementID"), "seguimiento"]
        case .actionPlans(let slug): ["stl", slug.component("slug"), "plan-de-accion"]
        case .actionPlan(let slug, let id): ["stl", slug.component("slug"), "plan-de-accion", id.component("planID")]
        case .planCommitments(let slug, let id): ["stl", slug.component("slug"), "plan-de-accion", id.component("planID"), "compromisos"]
        case .commitment(let slug, let id): ["stl", slug.component("slug"), "compromisos", id.component("commitmentID")]
        case .commitmentLevel(let slug, let id): ["stl", slug.component("slug"), "compromisos", id.component("commitmentID"), "nivel"]
        case .commitmentMilestones(let slug, let id): ["stl", slug.component("slug"), "compromisos", id.component("commitmentID"), "hitos"]
        case .milestone(let slug, let commitment, let id):
            ["stl", slug.component("slug"), "compromisos", commitment.component("commitmentID"), "hitos", id.component("milestoneID")]
        case .finances(let slug): ["stl", slug.component("slug"), "finanzas"]
        case .expense(let slug, let id): ["stl", slug.component("slug"), "finanzas", id.component("expenseID")]
        case .expenseAnnul(let slug, let id): ["stl", slug.component("slug"), "finanzas", id.component("expenseID"), "anular"]
        case .outreach(let slug): ["stl", slug.component("slug"), "difusion"]
        case .followUp(let slug): ["stl", slug.component("slug"), "seguimiento"]
        case .nationalFollowUp: ["seguimiento"]
        case .myWork: ["mi-trabajo"]
        case .notices: ["avisos"]
        case .noticeRead(let id): ["avisos", id.component("noticeID"), "leido"]
        case .noticesReadAll: ["avisos", "leidos"]
        case .noticePreferences: ["cuenta", "avisos"]
        case .unsubscribe(let user, let kind, let signature):
            ["avisos", "baja", user.component("userID"), kind.component("kind"), signature.component("signature")]
        case .adminMail: ["admin", "correo"]
        case .adminMailMessage(let id): ["admin", "correo", id.component("messageID")]
        case .adminMailRetry(let id): ["admin", "correo", id.component("messageID"), "reintentar"]
        case .document(let slug, let id): ["stl", slug.component("slug"), "documentos", id.component("documentID")]
        case .documentUpload(let slug, let kind, let target):
            ["stl", slug.component("slug"), "documentos", kind.component("kind"), target.component("targetID")]
        }
    }

}
