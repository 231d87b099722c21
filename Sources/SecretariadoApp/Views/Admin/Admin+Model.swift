import SecretariadoCore

enum AdminPage {
    /// `/admin`: accounts with their roles, and the forms to create accounts, grant roles
    /// and create STLs.
    struct Model {
        struct UserRow {
            let user: User
            let grants: [(RoleGrant, String)]
        }

        let users: [UserRow]
        let secretariats: [(slug: String, name: String)]
        /// A password generated for a new account, shown once.
        let createdUser: (email: String, password: String)?
        let saved: Bool
    }
}
