import Foundation

/// Reads ustar, pax and GNU tar archives in memory and extracts regular files safely: no absolute
/// paths, no `..`, no links leaving the extraction directory, nothing written through a link.
enum TarArchive {
    /// One member of an archive.
    struct Entry {
        enum Kind { case file, directory, symlink, hardlink, other }
        var path: String
        var kind: Kind
        var linkTarget: String
        var content: Data
        var isExecutable: Bool
    }

    /// The entries of an uncompressed tar archive.
    static func entries(_ data: Data) throws(BrickError) -> [Entry] {
        let bytes = [UInt8](data)
        var entries: [Entry] = []
        var offset = 0
        var paxPath: String?, paxLink: String?, paxSize: Int?
        var gnuLongName: String?, gnuLongLink: String?
        while offset + 512 <= bytes.count {
            let header = Array(bytes[offset..<offset + 512])
            if header.allSatisfy({ $0 == 0 }) { break }
            guard checksumMatches(header) else { throw BrickError(.source, "the archive is damaged: bad header checksum at byte \(offset)") }
            let declaredSize = try number(header[124..<136], at: offset)
            let size = paxSize ?? declaredSize
            let start = offset + 512
            guard size >= 0, start + size <= bytes.count else { throw BrickError(.source, "the archive is truncated at byte \(offset)") }
            let content = Data(bytes[start..<start + size])
            offset = start + (size + 511) / 512 * 512
            let type = header[156]
            switch type {
            case UInt8(ascii: "x"):
                for (key, value) in paxRecords(content) {
                    if key == "path" { paxPath = value }
                    if key == "linkpath" { paxLink = value }
                    if key == "size" { paxSize = Int(value) }
                }
                continue
            case UInt8(ascii: "g"):
                continue
            case UInt8(ascii: "L"):
                gnuLongName = text(Array(content))
                continue
            case UInt8(ascii: "K"):
                gnuLongLink = text(Array(content))
                continue
            default:
                break
            }
            var name = text(Array(header[0..<100]))
            let prefix = text(Array(header[345..<500]))
            if Array(header[257..<262]) == Array("ustar".utf8), !prefix.isEmpty { name = prefix + "/" + name }
            let path = paxPath ?? gnuLongName ?? name
            let link = paxLink ?? gnuLongLink ?? text(Array(header[157..<257]))
            paxPath = nil; paxLink = nil; paxSize = nil; gnuLongName = nil; gnuLongLink = nil
            let mode = (try? number(header[100..<108], at: offset)) ?? 0o644
            let kind: Entry.Kind
            switch type {
            case 0, UInt8(ascii: "0"), UInt8(ascii: "7"): kind = .file
            case UInt8(ascii: "5"): kind = .directory
            case UInt8(ascii: "2"): kind = .symlink
            case UInt8(ascii: "1"): kind = .hardlink
            default: kind = .other
            }
            entries.append(Entry(path: path, kind: kind, linkTarget: link, content: kind == .file ? content : Data(), isExecutable: mode & 0o111 != 0))
        }
        return entries
    }

    /// Writes the archive's files and directories under `directory` (which must be new and empty).
    /// Links are never created; a link that would point outside the directory makes the archive refused.
    static func extract(_ data: Data, into directory: String, limits: (entries: Int, bytes: Int) = (10_000, 100 * 1_048_576)) throws {
        let all = try entries(data)
        guard all.count <= limits.entries else { throw BrickError(.source, "the archive holds more than \(limits.entries) entries; refusing it") }
        guard all.reduce(0, { $0 + $1.content.count }) <= limits.bytes else {
            throw BrickError(.source, "the archive holds more than \(limits.bytes / 1_048_576) MB; refusing it")
        }
        // Validate everything before writing anything.
        var planned: [(path: String, entry: Entry)] = []
        for entry in all {
            let path = try safePath(entry.path)
            if entry.kind == .symlink || entry.kind == .hardlink {
                // A symlink's target is relative to its own folder; a hard link's to the archive root.
                let base = entry.kind == .symlink ? path.split(separator: "/").dropLast().joined(separator: "/") : ""
                guard !entry.linkTarget.hasPrefix("/"), (try? safePath(base.isEmpty ? entry.linkTarget : base + "/" + entry.linkTarget, lexical: true)) != nil else {
                    throw BrickError(.source, "the archive entry \(entry.path) links to \(entry.linkTarget), outside the extraction directory; refusing the archive")
                }
                continue
            }
            if entry.kind == .other || path.isEmpty { continue }
            planned.append((path, entry))
        }
        let manager = FileManager.default
        for (path, entry) in planned {
            let target = directory + "/" + path
            if entry.kind == .directory {
                try manager.createDirectory(atPath: target, withIntermediateDirectories: true)
                continue
            }
            try manager.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            // O_EXCL and O_NOFOLLOW: never replace or write through anything already there.
            let descriptor = open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, entry.isExecutable ? 0o755 : 0o644)
            guard descriptor >= 0 else { throw BrickError(.source, "the archive entry \(entry.path) could not be written (it appears twice, or clashes with a folder)") }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            try handle.write(contentsOf: entry.content)
            try handle.close()
        }
    }

    /// The entry's path with `./` dropped, refused when absolute or climbing out with `..`.
    static func safePath(_ raw: String, lexical: Bool = false) throws(BrickError) -> String {
        if raw.hasPrefix("/") || raw.contains("\0") || raw.contains("\\") {
            throw BrickError(.source, "the archive entry \(raw) has an absolute or unsafe path; refusing the archive")
        }
        var parts: [Substring] = []
        for part in raw.split(separator: "/", omittingEmptySubsequences: true) where part != "." {
            if part == ".." {
                // Only a link target may step back, and never above the root.
                guard lexical, !parts.isEmpty else {
                    throw BrickError(.source, "the archive entry \(raw) climbs out of the extraction directory with '..'; refusing the archive")
                }
                parts.removeLast()
                continue
            }
            parts.append(part)
        }
        return parts.joined(separator: "/")
    }

    private static func checksumMatches(_ header: [UInt8]) -> Bool {
        var sum = 0
        for (index, byte) in header.enumerated() { sum += (148..<156).contains(index) ? 32 : Int(byte) }
        guard let stored = try? number(header[148..<156], at: 0) else { return false }
        return stored == sum
    }

    /// An octal field, or GNU base-256 when the high bit is set.
    private static func number(_ field: ArraySlice<UInt8>, at offset: Int) throws(BrickError) -> Int {
        if let first = field.first, first & 0x80 != 0 {
            var value = 0
            for byte in field.dropFirst() { value = value << 8 | Int(byte) }
            return value
        }
        let digits = field.prefix { $0 != 0 && $0 != UInt8(ascii: " ") }.drop { $0 == UInt8(ascii: " ") }
        if digits.isEmpty { return 0 }
        guard let value = Int(String(decoding: digits, as: UTF8.self), radix: 8) else {
            throw BrickError(.source, "the archive is damaged: bad number in the header at byte \(offset)")
        }
        return value
    }

    private static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
    }

    /// `"<length> <key>=<value>\n"` records of a pax extended header.
    private static func paxRecords(_ content: Data) -> [(String, String)] {
        let bytes = [UInt8](content)
        var records: [(String, String)] = []
        var offset = 0
        while offset < bytes.count {
            guard let space = bytes[offset...].firstIndex(of: UInt8(ascii: " ")),
                let length = Int(String(decoding: bytes[offset..<space], as: UTF8.self)), length > 0, offset + length <= bytes.count
            else { break }
            let body = bytes[(space + 1)..<(offset + length - 1)]
            if let equals = body.firstIndex(of: UInt8(ascii: "=")) {
                records.append((String(decoding: body[..<equals], as: UTF8.self), String(decoding: body[(equals + 1)...], as: UTF8.self)))
            }
            offset += length
        }
        return records
    }
}
