import CZlib
import NIOCore

/// Inflates a gzip body, to compare it with the uncompressed answer.
func gunzip(_ buffer: ByteBuffer) throws -> [UInt8] {
    var stream = z_stream()
    guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
        throw GunzipError.status(Z_VERSION_ERROR)
    }
    defer { inflateEnd(&stream) }
    var input = Array(buffer.readableBytesView)
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    var status: Int32 = Z_OK
    try input.withUnsafeMutableBufferPointer { inputBytes in
        stream.next_in = inputBytes.baseAddress
        stream.avail_in = UInt32(inputBytes.count)
        while status != Z_STREAM_END {
            status = chunk.withUnsafeMutableBufferPointer { chunkBytes in
                stream.next_out = chunkBytes.baseAddress
                stream.avail_out = UInt32(chunkBytes.count)
                return inflate(&stream, Z_NO_FLUSH)
            }
            guard status == Z_OK || status == Z_STREAM_END else { throw GunzipError.status(status) }
            output += chunk.prefix(chunk.count - Int(stream.avail_out))
        }
    }
    return output
}

enum GunzipError: Error {
    case status(Int32)
}
