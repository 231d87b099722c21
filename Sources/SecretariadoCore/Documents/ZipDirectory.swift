import Foundation

/// How large a zip-based document may claim to be once expanded: office documents are
/// zips, and a small zip can declare gigabytes (a «zip bomb»).
public struct ZipLimits: Sendable {
    public var totalUncompressed: Int
    public var maxRatio: Int
    public var maxEntries: Int
    public init(totalUncompressed: Int = 200 * 1024 * 1024, maxRatio: Int = 200, maxEntries: Int = 10_000) {
        self.totalUncompressed = totalUncompressed
        self.maxRatio = maxRatio
        self.maxEntries = maxEntries
    }
}

public struct ZipEntry: Sendable, Equatable {
    public let name: String
    public let method: Int
    public let compressedSize: Int
    public let uncompressedSize: Int
    /// Where the entry's data starts (after its local header).
    public let localDataOffset: Int
}

/// Reads a zip's central directory (never inflating anything) and refuses archives whose
/// declared sizes are absurd or whose directory does not hold together.
public enum ZipDirectory {
    static let malformed = DocumentRefusal(
        "El archivo parece un documento comprimido (zip) pero su estructura está dañada.",
        "The file looks like a compressed (zip) document but its structure is damaged.")
    static let bomb = DocumentRefusal(
        "El documento declara un contenido descomprimido desproporcionado y se rechaza por seguridad.",
        "The document declares a disproportionate uncompressed content and is refused for safety.")

    public static func read(_ b: [UInt8], limits: ZipLimits = ZipLimits()) -> Result<[ZipEntry], DocumentRefusal> {
        func u16(_ o: Int) -> Int { Int(b[o]) | Int(b[o + 1]) << 8 }
        func u32(_ o: Int) -> Int { u16(o) | u16(o + 2) << 16 }
        // End of central directory: 22 bytes plus a comment of up to 64 KB, at the end.
        guard b.count >= 22 else { return .failure(malformed) }
        var eocd: Int?
        var i = b.count - 22
        let floor = max(0, b.count - 22 - 65_535)
        while i >= floor {
            if b[i] == 0x50, b[i + 1] == 0x4B, b[i + 2] == 0x05, b[i + 3] == 0x06 {
                eocd = i
                break
            }
            i -= 1
        }
        guard let end = eocd else { return .failure(malformed) }
        let count = u16(end + 10)
        let directorySize = u32(end + 12)
        let directoryOffset = u32(end + 16)
        // Zip64 archives mark these fields with all ones; a document here never needs that.
        guard count != 0xFFFF, directoryOffset != 0xFFFF_FFFF, count <= limits.maxEntries,
            directoryOffset + directorySize <= end
        else { return .failure(count > limits.maxEntries ? bomb : malformed) }
        var entries: [ZipEntry] = []
        var offset = directoryOffset
        var total = 0
        for _ in 0..<count {
            guard offset + 46 <= end, u32(offset) == 0x0201_4B50 else { return .failure(malformed) }
            let method = u16(offset + 10)
            let compressed = u32(offset + 20)
            let uncompressed = u32(offset + 24)
            let nameLength = u16(offset + 28)
            let extraLength = u16(offset + 30)
            let commentLength = u16(offset + 32)
            let local = u32(offset + 42)
            guard offset + 46 + nameLength <= end, local + 30 <= b.count, u32(local) == 0x0403_4B50 else {
                return .failure(malformed)
            }
            let name = String(decoding: b[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            let localData = local + 30 + u16(local + 26) + u16(local + 28)
            guard localData + compressed <= b.count else { return .failure(malformed) }
            total += uncompressed
            if total > limits.totalUncompressed { return .failure(bomb) }
            // A tiny entry may expand a lot in relative terms without mattering; only large ones count.
            if uncompressed > 1024 * 1024, uncompressed > max(compressed, 1) * limits.maxRatio { return .failure(bomb) }
            entries.append(
                ZipEntry(name: name, method: method, compressedSize: compressed, uncompressedSize: uncompressed, localDataOffset: localData))
            offset += 46 + nameLength + extraLength + commentLength
        }
        return .success(entries)
    }
}
