import Foundation

/// How large an upload may be. Per file 25 MB unless `SECRETARIADO_MAX_FILE_MB` says
/// otherwise; one request carries one file plus its form fields.
public struct DocumentLimits: Sendable, Equatable {
    public static let defaultFileMB = 25
    public let perFile: Int

    public init(perFile: Int = defaultFileMB * 1024 * 1024) { self.perFile = perFile }

    /// From the environment value; an absent, unreadable or non-positive value keeps the default.
    public static func from(environment value: String?) -> DocumentLimits {
        guard let value, let mb = Int(value.trimmingCharacters(in: .whitespaces)), mb > 0, mb <= 4096 else {
            return DocumentLimits()
        }
        return DocumentLimits(perFile: mb * 1024 * 1024)
    }

    /// A request's body: the file, the multipart framing and the small fields.
    public var perRequest: Int { perFile + 256 * 1024 }

    public var describe: String { "\(perFile / (1024 * 1024)) MB" }
}
