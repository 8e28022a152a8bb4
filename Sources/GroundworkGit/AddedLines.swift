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
