import Foundation
import SecretariadoCore

enum AdminPage {
    /// `/admin`: a searchable, paginated list of accounts (each links to its own page with
    /// its roles), and the forms to create accounts and STLs.
    struct Model {
        struct UserRow {
            let id: UUID
            let name: String
            let email: String
            let isAdmin: Bool
            let roleCount: Int
        }

        let users: [UserRow]
        /// The search (`?q=`), matched against e-mail and name.
        let query: String?
        let page: PortalPage
        let total: Int
        /// A password generated for a new account, shown once.
        let createdUser: (id: UUID, email: String, password: String?)?
        let saved: Bool
    }
}
