import Fluent
import SecretariadoCore
import Vapor

/// `secretariado users create|set-password|grant|revoke|token`: account management from the shell.
struct UsersCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "create | set-password | grant | revoke | token")
        var action: String
        @Argument(name: "email", help: "Correo de la cuenta")
        var email: String
        @Option(name: "name", help: "Nombre (create)")
        var name: String?
        @Option(name: "password", help: "Contraseña; si falta se genera (create) o se pregunta (set-password)")
        var password: String?
        @Flag(name: "admin", help: "Administración de la plataforma (create)")
        var admin: Bool
        @Option(name: "stl", help: "Identificador del secretariado (grant, revoke; no con --role coordinador)")
        var stl: String?
        @Option(name: "role", help: "facilitador | representante | garante | coordinador (grant; en revoke, sólo ese rol)")
        var role: String?
        @Option(name: "sector", help: "Sector del asiento (grant representante)")
        var sector: String?
        @Option(name: "seat", help: "Número de asiento (grant representante)")
        var seat: String?
        @Flag(name: "suplente", help: "Ocupa el asiento como suplente (grant representante)")
        var suplente: Bool
    }

    var help: String {
        "Cuentas: users create EMAIL --name N [--password P] [--admin] | users set-password EMAIL | users grant EMAIL --stl SLUG --role ROL | users grant EMAIL --role coordinador | users revoke EMAIL --stl SLUG [--role ROL] | users revoke EMAIL --role coordinador | users token EMAIL [--name N]"
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        do {
            switch signature.action {
            case "create":
                let (user, generated) = try await UserWrites.create(
                    email: signature.email, name: signature.name ?? signature.email,
                    password: signature.password, isAdmin: signature.admin, by: .system, on: app.db)
                context.console.print("Cuenta creada: \(user.email)")
                if let generated { context.console.print("Contraseña (se muestra una sola vez): \(generated)") }
            case "set-password":
                let password = signature.password ?? context.console.ask("Nueva contraseña:", isSecure: true)
                try await UserWrites.setPassword(email: signature.email, password: password, by: .system, on: app.db)
                context.console.print("Contraseña actualizada para \(signature.email); sus sesiones y tokens de la API se cerraron.")
            case "grant":
                let user = try await UserWrites.find(email: signature.email, on: app.db)
                let input = UserWrites.GrantInput(
                    secretariat: signature.stl, role: signature.role, sector: signature.sector,
                    seatNumber: signature.seat, holderRole: signature.suplente ? "suplente" : nil)
                let granted = try await UserWrites.grantAny(input, to: user, by: .system, on: app.db)
                context.console.print(
                    "Rol \(granted.role) otorgado a \(user.email)" + (signature.stl.map { " en \($0)." } ?? " (todos los secretariados)."))
                if granted.waitsForHolder {
                    context.console.print("El asiento está vacante: la cuenta vota por él en cuanto se nombre a quien lo ocupa.")
                }
            case "revoke":
                let user = try await UserWrites.find(email: signature.email, on: app.db)
                let revoked = try await UserWrites.revokeGrants(of: user, in: signature.stl, role: signature.role, by: .system, on: app.db)
                context.console.print(
                    "Roles retirados a \(user.email)" + (signature.stl.map { " en \($0)" } ?? "") + ": \(revoked.joined(separator: ", ")).")
            case "token":
                let user = try await UserWrites.find(email: signature.email, on: app.db)
                let minted = APITokens.mint()
                let name = signature.name ?? "línea de comandos"
                try await app.db.writeTransaction { db in
                    let token = APIToken(userID: try user.requireID(), name: name, tokenHash: minted.hash)
                    try await token.create(on: db)
                    try await AuditLog.record(
                        on: db, actor: .system, secretariatID: nil, action: .create, entity: .apiToken,
                        entityID: token.id?.uuidString, summary: "Token de API creado para \(user.email): \(name)",
                        change: .after(name))
                }
                context.console.print(minted.token)
            default:
                throw CommandFailure("Acción desconocida «\(signature.action)». Usa create, set-password, grant, revoke o token.")
            }
        } catch let error as AppError {
            throw CommandFailure(error.message.es + (error.field.map { " (campo: \($0))" } ?? ""))
        }
    }
}
