import Fluent
import SecretariadoCore
import Vapor

/// The attachment sections of a session's page: its supporting documents (until it is
/// concluded), the minutes' annexes and the scan of the minutes signed on paper (also
/// after the minutes are final, when they enter the archive).
enum SessionAttachments {
    static func models(_ req: Request, session: StlSession, in stl: Secretariat) async throws -> [AttachmentsSection.Model] {
        let sessionID = try session.requireID()
        let open = session.status != .concluida && session.status != .cancelada
        let canRun = try await req.can(.runSession(stl.requireID()))
        let language = req.language
        // One query for the three sections.
        return try await AttachmentsSection.models(
            req,
            targets: [
                .init(
                    kind: .session, id: sessionID, title: language == .es ? "Documentos de la sesión" : "Session documents",
                    canAttach: canRun && open),
                .init(
                    kind: .minutesAnnex, id: sessionID, title: language == .es ? "Anexos de la minuta" : "Minutes annexes",
                    canAttach: canRun && session.status != .cancelada),
                .init(
                    kind: .minutesSignedScan, id: sessionID,
                    title: language == .es ? "Minuta firmada en papel (escaneo)" : "Minutes signed on paper (scan)",
                    canAttach: canRun && session.status != .cancelada),
            ], in: stl)
    }
}
