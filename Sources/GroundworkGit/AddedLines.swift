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
        var oldBlob: OpaquePointer?, newBlob: OpaquePointer?
        defer { git_blob_free(oldBlob); git_blob_free(newBlob) }
        if var oid = old?.raw { try check(git_blob_lookup(&oldBlob, handle, &oid), "reading blob \(old!.short)") }
        var newOID = new.raw
        try check(git_blob_lookup(&newBlob, handle, &newOID), "reading blob \(new.short)")

        final class Collector { var lines: [AddedLine] = [] }
        let collector = Collector()
        let payload = Unmanaged.passUnretained(collector).toOpaque()
        let code = git_diff_blobs(
            oldBlob, nil, newBlob, nil, nil, nil, nil, nil,
            { _, _, line, payload in
                guard let line, let payload, line.pointee.origin == CChar(UInt8(ascii: "+")) else { return 0 }
                let collector = Unmanaged<Collector>.fromOpaque(payload).takeUnretainedValue()
                let bytes = UnsafeRawBufferPointer(start: line.pointee.content, count: line.pointee.content_len)
                var text = String(decoding: bytes, as: UTF8.self)
                while text.last?.isNewline == true { text.removeLast() }
                collector.lines.append(AddedLine(number: Int(line.pointee.new_lineno), text: text))
                return 0
            }, payload)
        try check(code, "comparing blobs \(old?.short ?? "(none)") and \(new.short)")
        return collector.lines
    }
}
