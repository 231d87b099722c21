import SecretariadoCore
import Vapor

/// Query parameters of the API as its OpenAPI description types them.
enum APIQuery {
    /// `?session=` (present but empty) is not a UUID, nor `?period=` a period: 422 naming it,
    /// rather than a silently unfiltered answer.
    static func requireNonEmpty(_ req: Request, _ names: [String]) throws {
        for name in names {
            guard let value = req.query[String.self, at: name] else { continue }
            if value.trimmingCharacters(in: .whitespaces).isEmpty || value != value.trimmingCharacters(in: .whitespacesAndNewlines) {
                throw AppError.invalid(
                    field: name,
                    Localized(
                        es: "«\(name)» no puede ir vacío ni con espacios alrededor.",
                        en: "“\(name)” cannot be empty or surrounded by blanks."))
            }
        }
    }
}
