/// Escaping of user text (paths, evidence, names) for Markdown, so it reads as written and cannot add
/// links, emphasis, HTML or table columns to the report.
package enum MarkdownEscaping {
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "#", "&", "!", "$"]

    /// Inline text: newlines become spaces, Markdown punctuation is backslash-escaped, and a leading
    /// list or heading marker is neutralised.
    package static func text(_ raw: String) -> String {
        var escaped = ""
        for character in singleLine(raw) {
            if special.contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        if let first = escaped.first, ["-", "+", "="].contains(first) {
            escaped.insert("\\", at: escaped.startIndex)
        }
        // `1. text` or `1) text` at the start would begin an ordered list.
        let digits = escaped.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let marker = escaped.dropFirst(digits.count).first, marker == "." || marker == ")" {
            escaped.insert("\\", at: escaped.index(escaped.startIndex, offsetBy: digits.count))
        }
        return escaped
    }

    /// A code span holding `raw` verbatim, fenced with more backticks than it contains; inside a table
    /// cell its pipes are escaped too (GFM reads `\|` in a cell as a pipe, even in code).
    package static func code(_ raw: String, inTable: Bool = false) -> String {
        var content = singleLine(raw)
        guard !content.isEmpty else { return "" }
        if inTable { content = content.replacingOccurrences(of: "|", with: "\\|") }
        var longestRun = 0, run = 0
        for character in content {
            run = character == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fence = String(repeating: "`", count: longestRun + 1)
        let padding = content.hasPrefix("`") || content.hasSuffix("`") || content.hasPrefix(" ") ? " " : ""
        return fence + padding + content + padding + fence
    }

    /// A table row from cells already escaped.
    package static func row(_ cells: [String]) -> String {
        "| " + cells.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |"
    }

    /// The header and delimiter rows of a table; `numeric` columns are right-aligned.
    package static func header(_ titles: [String], numeric: Set<Int> = []) -> String {
        let delimiter = titles.indices.map { numeric.contains($0) ? "---:" : "---" }
        return row(titles) + "\n" + row(delimiter)
    }

    private static func singleLine(_ raw: String) -> String {
        String(
            String.UnicodeScalarView(
                raw.unicodeScalars.map { scalar in
                    switch scalar.value {
                    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: " "
                    default: scalar
                    }
                }))
    }
}
