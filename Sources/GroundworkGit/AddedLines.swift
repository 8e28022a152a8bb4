import CGit2
import Foundation

/// A line that a change added, with its number in the new file.
package struct AddedLine: Hashable, Sendable {
    /// 1-based line number in the new content.
    package var number: Int
    /// The line's text without its line ending (invalid UTF-8 replaced).
    package var text: String

    package init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}

extension Repository {
    /// The lines `new` adds compared with `old` (nil: every line is added). Binary blobs add no lines.
    ///
    /// This runs a line diff, which costs far more than reading a blob: call it only for blobs that a
    /// cheap prefilter has already flagged.
    package func addedLines(from old: ObjectID?, to new: ObjectID) throws(GitError) -> [AddedLine] {
        let oldContent = try old.map { id throws(GitError) in try blob(id).data }
        return try Self.addedLines(from: oldContent, to: blob(new).data)
    }

    /// The lines the content `new` adds compared with `old` (nil: every line is added), for callers that have
    /// read the blobs already (the history walk reads each blob once). Binary content adds no lines.
    ///
    /// The diff runs without a repository, as git's own `diff --no-index` does: a repository-bound diff looks up
    /// the path's `diff` attribute first, which cost five file-system calls per diff (`.gitattributes`,
    /// `info/attributes`…) — a tenth of a history walk on code that is rewritten often.
    package static func addedLines(from old: Data?, to new: Data) throws(GitError) -> [AddedLine] {
        final class Collector { var lines: [AddedLine] = [] }
        let collector = Collector()
        let payload = Unmanaged.passUnretained(collector).toOpaque()
        let code = (old ?? Data()).withUnsafeBytes { (oldBytes: UnsafeRawBufferPointer) in
            new.withUnsafeBytes { (newBytes: UnsafeRawBufferPointer) in
                git_diff_buffers(
                    oldBytes.baseAddress, oldBytes.count, nil, newBytes.baseAddress, newBytes.count, nil, nil, nil, nil, nil,
                    { _, _, line, payload in
                        guard let line, let payload, let content = line.pointee.content,
                            line.pointee.origin == CChar(UInt8(ascii: "+"))
                        else { return 0 }
                        let collector = Unmanaged<Collector>.fromOpaque(payload).takeUnretainedValue()
                        var count = line.pointee.content_len
                        let start = UnsafeRawPointer(content).assumingMemoryBound(to: UInt8.self)
                        // The line ending is cut from the bytes: trimming the decoded string would break it into
                        // grapheme clusters, which cost more than the decoding.
                        while count > 0, start[count - 1] == 0x0A || start[count - 1] == 0x0D { count -= 1 }
                        let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
                        collector.lines.append(AddedLine(number: Int(line.pointee.new_lineno), text: text))
                        return 0
                    }, payload)
            }
        }
        try check(code, "comparing two blobs of \(old?.count ?? 0) and \(new.count) bytes")
        return collector.lines
    }
}
