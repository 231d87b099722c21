extension APIOperation {
    static let listOrganizations = APIOperation(
        id: "listOrganizations", summary: "Organizaciones del STL", tag: "integracion",
        replies: [.ok(.array(.ref("Organization"))), .notFound])
    static let createOrganization = APIOperation(
        id: "createOrganization", summary: "Registrar una organización", tag: "integracion", authenticated: true,
        body: .ref("OrganizationInput"), replies: [.created(.ref("Organization"))] + Reply.writeErrors)
    static let updateOrganization = APIOperation(
        id: "updateOrganization", summary: "Modificar una organización", tag: "integracion", authenticated: true,
        body: .ref("OrganizationInput"), replies: [.ok(.ref("Organization"))] + Reply.writeErrors)
    static let deleteOrganization = APIOperation(
        id: "deleteOrganization", summary: "Eliminar una organización", tag: "integracion", authenticated: true,
        replies: [.noContent] + Reply.writeErrors)
    static let listSeats = APIOperation(
        id: "listSeats", summary: "Asientos titulares por sector", tag: "integracion",
        replies: [.ok(.array(.ref("Seat"))), .notFound])
    static let createSeat = APIOperation(
        id: "createSeat", summary: "Agregar un asiento a un sector", tag: "integracion", authenticated: true,
        body: .ref("SeatInput"), replies: [.created(.ref("Seat"))] + Reply.writeErrors)
    static let deleteSeat = APIOperation(
        id: "deleteSeat", summary: "Eliminar un asiento", tag: "integracion", authenticated: true,
        replies: [.noContent] + Reply.writeErrors)
    static let listMembers = APIOperation(
        id: "listMembers", summary: "Titulares y suplentes, vigentes e históricos", tag: "integracion",
        replies: [.ok(.array(.ref("Member"))), .notFound])
    static let appointMember = APIOperation(
        id: "appointMember", summary: "Designar titular o suplente (termina el periodo anterior)", tag: "integracion",
        authenticated: true, body: .ref("MemberInput"), replies: [.created(.ref("Member"))] + Reply.writeErrors)
    static let updateMember = APIOperation(
        id: "updateMember", summary: "Corregir un periodo", tag: "integracion", authenticated: true,
        body: .ref("MemberUpdate"), replies: [.ok(.ref("Member"))] + Reply.writeErrors)
    static let endMember = APIOperation(
        id: "endMember", summary: "Terminar un periodo (se conserva como historial)", tag: "integracion",
        authenticated: true, replies: [.noContent] + Reply.writeErrors)
    static let listSectors = APIOperation(
        id: "listSectors", summary: "Sectores del STL (con voto u observadores)", tag: "integracion",
        replies: [.ok(.array(.ref("Sector"))), .notFound])
    static let createSector = APIOperation(
        id: "createSector", summary: "Agregar un sector u observadores sin voto", tag: "integracion", authenticated: true,
        body: .ref("SectorInput"), replies: [.created(.ref("Sector"))] + Reply.writeErrors)
    static let deleteSector = APIOperation(
        id: "deleteSector", summary: "Eliminar un sector sin asientos (no los tres de la guía)", tag: "integracion",
        authenticated: true, replies: [.noContent] + Reply.writeErrors)
}
