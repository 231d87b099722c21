import Foundation

/// What «Acta de instalación» shows for an STL. Every STL has an answer, never a missing
/// page: the acta the platform generated (issued, or a draft while the STL is being formed),
/// the historical acta uploaded for an STL installed before the platform kept its record,
/// or word that it has not been uploaded yet and who may upload it.
public enum ActaAvailability: Hashable, Sendable {
    /// Generated from the record: `issued` once the acta was issued, else a draft.
    case generated(issued: Bool)
    /// The signed acta of an installation held before the platform, kept as a file.
    case historical
    /// Installed before the platform and its acta not uploaded yet.
    case notUploaded

    /// An issued acta wins: it is the platform's own record of the installation. An STL
    /// still being formed shows its draft. An installed STL without an issued acta was
    /// installed before the platform, so its acta can only be the uploaded one.
    public static func decide(inFormation: Bool, hasIssuedActa: Bool, hasHistoricalActa: Bool) -> ActaAvailability {
        if hasIssuedActa { return .generated(issued: true) }
        if inFormation { return .generated(issued: false) }
        return hasHistoricalActa ? .historical : .notUploaded
    }

    /// The roles of an STL whose people may upload its historical acta: those the access
    /// rules let manage its installation record (the acta is part of step 10). Read from
    /// `AccessPolicy`, so the page names whoever the rules name.
    public static func uploaderRoles(in stl: UUID) -> [StlRole] {
        StlRole.allCases.filter { role in
            let principal = Principal(userID: UUID(), isAdmin: false, grants: [Grant(secretariatID: stl, role: role)])
            return AccessPolicy.allows(principal, .manageInstallation(stl))
        }
    }

    /// "facilitador(a) y personal del organismo garante": the uploaders inside a sentence.
    public static func uploadersText(in stl: UUID) -> Localized {
        Wording.list(uploaderRoles(in: stl).map { Localized(es: $0.label.es.lowercased(), en: $0.label.en.lowercased()) })
    }
}
