import CZlib
import Foundation

/// Decompresses gzip (and zlib) streams with the system zlib, bounded in size.
enum Gzip {
    /// True when `data` starts with the gzip magic bytes.
    static func isCompressed(_ data: Data) -> Bool {
        data.count >= 2 && data[data.startIndex] == 0x1F && data[data.startIndex + 1] == 0x8B
    }

    /// The inflated bytes of every member of the stream; refuses to grow past `limit`.
    static func decompress(_ data: Data, limit: Int) throws(BrickError) -> Data {
        var output = Data()
        var offset = 0
        // A gzip file may hold several members back to back; inflate each in turn.
        while offset < data.count {
            let consumed = try inflateMember(data, from: offset, into: &output, limit: limit)
            offset += consumed
            // Trailing zero padding after the last member is allowed.
            if data[(data.startIndex + offset)...].allSatisfy({ $0 == 0 }) { break }
        }
        return output
    }

    private static func inflateMember(_ data: Data, from offset: Int, into output: inout Data, limit: Int) throws(BrickError) -> Int {
        var stream = z_stream()
        guard gw_inflate_init_gzip(&stream) == Z_OK else { throw BrickError(.source, "zlib could not start inflating") }
        defer { inflateEnd(&stream) }
        let chunkSize = 64 * 1024
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var status: Int32 = Z_OK
        let input = data.subdata(in: (data.startIndex + offset)..<data.endIndex)
        var failure: BrickError?
        input.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            stream.next_in = UnsafeMutablePointer(mutating: buffer.bindMemory(to: Bytef.self).baseAddress)
            stream.avail_in = uInt(buffer.count)
            repeat {
                chunk.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(chunkSize)
                    status = inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunkSize - Int(stream.avail_out)
                if status != Z_OK && status != Z_STREAM_END {
                    failure = BrickError(.source, "the archive is not a valid gzip stream (zlib error \(status))")
                    return
                }
                output.append(contentsOf: chunk[0..<produced])
                if output.count > limit {
                    failure = BrickError(.source, "the archive inflates to more than \(limit / 1_048_576) MB; refusing it")
                    return
                }
                if status == Z_OK, produced == 0, stream.avail_in == 0 {
                    failure = BrickError(.source, "the gzip stream is truncated")
                    return
                }
            } while status != Z_STREAM_END
        }
        if let failure { throw failure }
        return Int(stream.total_in)
    }
}
