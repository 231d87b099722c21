import Foundation

/// The signed acta of an installation held before the platform kept the STL's record,
/// uploaded as a file. Plain values: the page shows the file and its digest without
/// knowing how files are stored.
struct HistoricalActa: Sendable, Equatable {
    /// The file's name as stored (already sanitised).
    let fileName: String
    let sha256: String
    let size: Int
    let mediaType: String
    /// Where the file is downloaded from, a site path.
    let downloadPath: String
    let uploadedAt: Date
    /// Who uploaded it, as the audit log names them.
    let uploadedBy: String

    /// "2.4 MB", "830 KB": what a person reads before downloading.
    var sizeText: String {
        if size >= 1_000_000 { return String(format: "%.1f MB", Double(size) / 1_000_000) }
        return "\(max(1, (size + 999) / 1000)) KB"
    }
}
