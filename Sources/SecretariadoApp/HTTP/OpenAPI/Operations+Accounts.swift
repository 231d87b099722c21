// Accounts: one's own API tokens and administrators' revocation of grants. Schemas are
// inline so the shared components stay as they are.
extension APIOperation {
    static let apiToken = Schema.object(
        ["id": .uuid, "name": .text, "createdAt": .dateTime, "lastUsedAt": .nullable(.dateTime)],
        required: ["id", "name"])
    static let roleGrant = Schema.object(
        [
            "id": .uuid, "secretariat": .nullable(.text), "secretariatName": .nullable(.text), "role": .text, "sector": .nullable(.text),
            "seatNumber": .nullable(.integer(minimum: 1)), "holderRole": .nullable(.text),
        ],
        required: ["id", "role"])
    /// `role`: facilitador, representante, garante (with `secretariat`) or coordinador (without).
    static let roleGrantInput = Schema.object(
        ["secretariat": .text, "role": .text, "sector": .text, "seatNumber": .text, "holderRole": .text],
        required: ["role"])

    static let listAccountTokens = APIOperation(
        id: "listAccountTokens", summary: "Mis tokens de la API (nunca su valor)", tag: "cuenta", authenticated: true,
        replies: [.ok(.array(apiToken)), .unauthorized])
    static let revokeAccountToken = APIOperation(
        id: "revokeAccountToken", summary: "Revocar uno de mis tokens: deja de valer al instante", tag: "cuenta", authenticated: true,
        replies: [.noContent, .unauthorized, .notFound])
    static let listUserGrants = APIOperation(
        id: "listUserGrants", summary: "Roles de una cuenta (administración)", tag: "cuenta", authenticated: true,
        replies: [.ok(.array(roleGrant)), .unauthorized, .forbidden, .notFound])
    static let createUserGrant = APIOperation(
        id: "createUserGrant", summary: "Otorgar un rol a una cuenta (administración): en un secretariado, o coordinador sin secretariado",
        tag: "cuenta", authenticated: true, body: roleGrantInput, replies: [.created(roleGrant)] + Reply.writeErrors)
    static let revokeUserGrant = APIOperation(
        id: "revokeUserGrant", summary: "Retirar un rol a una cuenta (administración): deja de valer al instante", tag: "cuenta",
        authenticated: true, replies: [.noContent, .unauthorized, .forbidden, .notFound])
}
