import Foundation

/// What a stored file is, decided from its bytes only: the name and the client's header
/// are never trusted, so a page or script renamed `.pdf` cannot be served from the
/// platform's origin as a document.
public enum DocumentType: String, Sendable, CaseIterable, Codable {
    case pdf, png, jpeg, webp
    case odt, ods, odp
    case docx, xlsx, pptx
    case csv, text

    public var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        case .webp: "image/webp"
        case .odt: "application/vnd.oasis.opendocument.text"
        case .ods: "application/vnd.oasis.opendocument.spreadsheet"
        case .odp: "application/vnd.oasis.opendocument.presentation"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        case .csv: "text/csv; charset=utf-8"
        case .text: "text/plain; charset=utf-8"
        }
    }

    public var fileExtension: String {
        switch self {
        case .jpeg: "jpg"
        case .text: "txt"
        default: rawValue
        }
    }

    /// Shown in the browser rather than downloaded: only formats that cannot run script in
    /// the page, and even then under `Content-Security-Policy: sandbox`.
    public var servedInline: Bool { self == .pdf || self == .png || self == .jpeg || self == .webp }

    /// Spanish label for lists: "PDF", "Imagen PNG"…
    public var label: String {
        switch self {
        case .pdf: "PDF"
        case .png: "PNG"
        case .jpeg: "JPEG"
        case .webp: "WebP"
        case .odt, .ods, .odp: "OpenDocument"
        case .docx: "Word"
        case .xlsx: "Excel"
        case .pptx: "PowerPoint"
        case .csv: "CSV"
        case .text: "Texto"
        }
    }
}

/// Why a file was refused; `message` is for the person who sent it.
public struct DocumentRefusal: Error, Sendable, Equatable {
    public let es: String
    public let en: String
    public init(_ es: String, _ en: String) {
        self.es = es
        self.en = en
    }
}

/// Decides a file's type from its bytes.
public enum DocumentSniffer {
    public static let accepted = "PDF, PNG, JPEG, WebP, OpenDocument (odt, ods, odp), Office (docx, xlsx, pptx), CSV o texto"

    public static func detect(_ bytes: [UInt8], limits: ZipLimits = ZipLimits()) -> Result<DocumentType, DocumentRefusal> {
        if bytes.isEmpty { return .failure(DocumentRefusal("El archivo está vacío.", "The file is empty.")) }
        if starts(bytes, Array("%PDF-".utf8)) { return .success(.pdf) }
        if starts(bytes, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .success(.png) }
        if starts(bytes, [0xFF, 0xD8, 0xFF]) { return .success(.jpeg) }
        if bytes.count >= 12, starts(bytes, Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) { return .success(.webp) }
        if starts(bytes, [0x50, 0x4B, 0x03, 0x04]) || starts(bytes, [0x50, 0x4B, 0x05, 0x06]) {
            return zipDocument(bytes, limits: limits)
        }
        return textDocument(bytes)
    }

    static func starts(_ bytes: [UInt8], _ prefix: [UInt8]) -> Bool {
        bytes.count >= prefix.count && Array(bytes[0..<prefix.count]) == prefix
    }

    private static let unsupported = DocumentRefusal(
        "Este tipo de archivo no se acepta. Se aceptan: \(accepted).",
        "This type of file is not accepted. Accepted: PDF, PNG, JPEG, WebP, OpenDocument, Office (docx, xlsx, pptx), CSV or plain text.")

    private static func zipDocument(_ bytes: [UInt8], limits: ZipLimits) -> Result<DocumentType, DocumentRefusal> {
        let entries: [ZipEntry]
        switch ZipDirectory.read(bytes, limits: limits) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let list): entries = list
        }
        let names = entries.map(\.name)
        // ODF: the first entry is `mimetype`, stored uncompressed, holding the media type.
        if let first = entries.first, first.name == "mimetype", first.method == 0,
            first.localDataOffset + first.compressedSize <= bytes.count
        {
            let start = first.localDataOffset
            let value = String(decoding: bytes[start..<(start + first.compressedSize)], as: UTF8.self)
            switch value {
            case "application/vnd.oasis.opendocument.text": return .success(.odt)
            case "application/vnd.oasis.opendocument.spreadsheet": return .success(.ods)
            case "application/vnd.oasis.opendocument.presentation": return .success(.odp)
            default: return .failure(unsupported)
            }
        }
        if names.contains("[Content_Types].xml") {
            if names.contains(where: { $0.hasPrefix("word/") }) { return .success(.docx) }
            if names.contains(where: { $0.hasPrefix("xl/") }) { return .success(.xlsx) }
            if names.contains(where: { $0.hasPrefix("ppt/") }) { return .success(.pptx) }
        }
        return .failure(unsupported)
    }

    private static func textDocument(_ bytes: [UInt8]) -> Result<DocumentType, DocumentRefusal> {
        guard !bytes.contains(0), let text = String(bytes: bytes, encoding: .utf8) else {
            return .failure(unsupported)
        }
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        let trimmed = body.drop(while: { $0.isWhitespace })
        // Markup of any kind (HTML, SVG, XML) could run in a browser: never a document here.
        if trimmed.hasPrefix("<") {
            return .failure(
                DocumentRefusal(
                    "Los archivos HTML, SVG o XML no se aceptan: pueden ejecutar código en el navegador. Guárdalo como PDF.",
                    "HTML, SVG or XML files are not accepted: they can run code in a browser. Save it as PDF."))
        }
        let lowered = trimmed.prefix(4096).lowercased()
        for marker in ["<script", "<html", "<svg", "<!doctype", "<?xml", "<iframe", "<body"] where lowered.contains(marker) {
            return .failure(
                DocumentRefusal(
                    "El texto contiene marcado HTML o SVG (\(marker)…) y no se acepta. Guárdalo como PDF.",
                    "The text contains HTML or SVG markup (\(marker)…) and is not accepted. Save it as PDF."))
        }
        if text.hasPrefix("#!") {
            return .failure(DocumentRefusal("Los scripts no se aceptan.", "Scripts are not accepted."))
        }
        return .success(looksLikeCSV(trimmed) ? .csv : .text)
    }

    /// At least two lines, and the first lines share one separator count above zero.
    static func looksLikeCSV(_ text: Substring) -> Bool {
        let lines = text.split(whereSeparator: \.isNewline).prefix(5)
        guard lines.count >= 2 else { return false }
        for separator in [",", ";", "\t"] {
            let counts = lines.map { $0.components(separatedBy: separator).count - 1 }
            if let first = counts.first, first > 0, counts.allSatisfy({ $0 == first }) { return true }
        }
        return false
    }
}
