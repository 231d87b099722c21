import CZlib
import NIOCore

/// gzip (RFC 1952) of a whole buffer at once. Cached pages are compressed when stored, not
/// when served: a national Popolo export is half a megabyte of JSON, and sending it
/// uncompressed to every client that accepts gzip was what bounded its throughput.
enum Gzip {
    static func compress(_ input: ByteBuffer) -> ByteBuffer? {
        var stream = z_stream()
        // windowBits 15 + 16 asks zlib for a gzip header and trailer instead of zlib's own.
        guard
            deflateInit2_(
                &stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { return nil }
        defer { deflateEnd(&stream) }
        var source = Array(input.readableBytesView)
        let bound = Int(deflateBound(&stream, UInt(source.count)))
        var output = [UInt8](repeating: 0, count: bound)
        let status = source.withUnsafeMutableBufferPointer { sourceBytes in
            output.withUnsafeMutableBufferPointer { outputBytes in
                stream.next_in = sourceBytes.baseAddress
                stream.avail_in = UInt32(sourceBytes.count)
                stream.next_out = outputBytes.baseAddress
                stream.avail_out = UInt32(outputBytes.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return nil }
        return ByteBuffer(bytes: output.prefix(Int(stream.total_out)))
    }
}
