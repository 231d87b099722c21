import SecretariadoCore
import XCTVapor
import XCTest

@testable import SecretariadoApp

/// Every Popolo membership names a member, whatever the API let people record: a seat held
/// by an office alone, or by an organisation that was later deleted.
final class PopoloMembersTests: AppTestCase {
    func testOfficesAndDeletedOrganizationsStillGiveMembershipsThatResolve() async throws {
        try await loadDemo()
        let detail = try await SecretariatDetail.load(slug: "tabasco", on: db)
        let officeTerm = try await MemberWrites.appoint(
            MemberInput(seatId: detail.seats(in: .gobierno)[0].seat.id!.uuidString, role: "suplente", office: "Dirección Jurídica"),
            in: detail.secretariat, by: .system, on: db)
        let held = try XCTUnwrap(detail.seats.first { $0.titular?.organization != nil }?.titular?.organization)
        try await OrganizationWrites.delete(held.requireID(), in: detail.secretariat, by: .system, on: db)

        let res = try await app.sendRequest(.GET, OpenDataURL.popolo(.value("tabasco")).path)

        let export = try res.content.decode(PopoloExport.self)
        let organizations = Set(export.organizations.map(\.id))
        let office = try XCTUnwrap(export.organizations.first { $0.name == "Dirección Jurídica" })
        XCTAssertEqual(office.classification, "cargo")
        XCTAssertEqual(export.memberships.first { $0.id == "mandato-\(officeTerm.id!.uuidString.lowercased())" }?.member?.id, office.id)
        for membership in export.memberships {
            XCTAssertTrue(membership.person_id != nil || membership.member != nil, "\(membership.id) names a member")
            if let member = membership.member { XCTAssertTrue(organizations.contains(member.id), member.id) }
            if let behalf = membership.on_behalf_of_id { XCTAssertTrue(organizations.contains(behalf), behalf) }
        }
    }
}
