#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level searches over file contents. `String.contains` and regular expressions cost far more on
/// Linux than the files they look at; detection reads thousands of files, so it looks for plain bytes
/// first (`memchr`) and runs patterns only on the few lines that hold them.
package enum TextSearch {
    /// True when `text` contains `needle`, compared byte for byte.
    package static func contains(_ text: String, _ needle: String) -> Bool {
        withBytes(text) { haystack in withBytes(needle) { find($0, in: haystack, from: 0) != nil } }
    }

    /// True when `text` contains any of `needles`.
    package static func containsAny(_ text: String, _ needles: [String]) -> Bool {
        withBytes(text) { haystack in needles.contains { needle in withBytes(needle) { find($0, in: haystack, from: 0) != nil } } }
    }

    /// The lines of `text` that contain any of `needles`, each once, in order.
    package static func lines(of text: String, containing needles: [String]) -> [String] {
        withBytes(text) { haystack in
            var starts: Set<Int> = []
            var lines: [(start: Int, line: String)] = []
            for needle in needles {
                withBytes(needle) { pattern in
                    var from = 0
                    while let offset = find(pattern, in: haystack, from: from) {
                        let (start, end) = lineBounds(around: offset, in: haystack)
                        if starts.insert(start).inserted {
                            lines.append((start, String(decoding: UnsafeRawBufferPointer(rebasing: haystack[start..<end]), as: UTF8.self)))
                        }
                        from = end
                    }
                }
            }
            return lines.sorted { $0.start < $1.start }.map(\.line)
        }
    }

    /// The lines holding `port`, in any case, as a word followed by `=` or `:` (`port = 8000`, `PORT: 80`).
    package static func portAssignmentLines(_ text: String) -> [String] {
        withBytes(text) { haystack in
            var lines: [String] = []
            var index = 0
            var lastStart = -1
            let count = haystack.count
            while index + 4 <= count {
                guard lowered(haystack[index]) == UInt8(ascii: "p"), lowered(haystack[index + 1]) == UInt8(ascii: "o"),
                    lowered(haystack[index + 2]) == UInt8(ascii: "r"), lowered(haystack[index + 3]) == UInt8(ascii: "t")
                else {
                    index += 1
                    continue
                }
                let wordStart = index == 0 || !isWordByte(haystack[index - 1])
                var next = index + 4
                while next < count, haystack[next] == UInt8(ascii: " ") || haystack[next] == UInt8(ascii: "\t") { next += 1 }
                if wordStart, next < count, haystack[next] == UInt8(ascii: "=") || haystack[next] == UInt8(ascii: ":") {
                    let (start, end) = lineBounds(around: index, in: haystack)
                    if start != lastStart {
                        lines.append(String(decoding: UnsafeRawBufferPointer(rebasing: haystack[start..<end]), as: UTF8.self))
                        lastStart = start
                    }
                }
                index += 4
            }
            return lines
        }
    }

    /// The first `limit` bytes of `text`, ASCII letters lowercased, split into lines.
    package static func leadingLowercasedLines(_ text: String, limit: Int, maxLines: Int) -> [[UInt8]] {
        var lines: [[UInt8]] = [[]]
        for byte in text.utf8.prefix(limit) {
            if byte == UInt8(ascii: "\n") {
                if lines.count == maxLines { break }
                lines.append([])
            } else {
                lines[lines.count - 1].append(lowered(byte))
            }
        }
        return lines
    }

    /// True when `bytes` contains `needle` (ASCII).
    package static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        bytes.withUnsafeBytes { haystack in withBytes(needle) { find($0, in: haystack, from: 0) != nil } }
    }

    // MARK: - Bytes

    private static func withBytes<Result>(_ text: String, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        var text = text
        return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
    }

    private static func find(_ needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer, from: Int) -> Int? {
        guard !needle.isEmpty, let base = haystack.baseAddress, let pattern = needle.baseAddress else { return nil }
        // memchr finds candidates for the first byte (vectorised in libc); memcmp confirms the rest.
        let first = Int32(needle[0])
        var start = from
        while start + needle.count <= haystack.count {
            guard let hit = memchr(base + start, first, haystack.count - start - needle.count + 1) else { return nil }
            let offset = base.distance(to: UnsafeRawPointer(hit))
            if memcmp(base + offset, pattern, needle.count) == 0 { return offset }
            start = offset + 1
        }
        return nil
    }

    private static func lineBounds(around offset: Int, in bytes: UnsafeRawBufferPointer) -> (Int, Int) {
        var start = offset
        while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        var end = offset
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        return (start, end)
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        let lower = lowered(byte)
        return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
    }
}
