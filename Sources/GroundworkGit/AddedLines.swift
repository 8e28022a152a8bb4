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
        let oldBlob = try old.map { id throws(GitError) in try loadBlob(id) }
        return try addedLines(from: oldBlob, to: loadBlob(new))
    }
}
