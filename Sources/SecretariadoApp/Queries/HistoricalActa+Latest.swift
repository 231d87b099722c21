import Fluent
import Foundation
import SecretariadoCore

extension HistoricalActa {
    /// The STL's uploaded historical acta, or nil while none has been uploaded: the newest
    /// public one (a newer version supersedes an older, both are kept). Private uploads are
    /// not "the acta" the public page shows.
    static func latest(of stl: Secretariat, on db: any Database) async throws -> HistoricalActa? {
        let stlID = try stl.requireID()
        guard
            let row = try await StoredDocument.query(on: db)
                .filter(\.$secretariat.$id == stlID)
                .filter(\.$targetKindRaw == DocumentTargetKind.historicalActa.rawValue)
                .filter(\.$targetID == stlID)
                .filter(\.$isPublic == true)
                .sort(\.$createdAt, .descending)
                .first(),
            let id = row.id
        else { return nil }
        return HistoricalActa(
            fileName: row.name, sha256: row.sha256, size: Int(row.size), mediaType: row.type?.mediaType ?? row.typeRaw,
            downloadPath: SiteURL.document(.value(stl.slug), .value(id)).path, uploadedAt: row.createdAt,
            uploadedBy: row.uploadedBy)
    }
}
