/// Builds terminal text line by line: wrapped to the terminal's width, styled only when colour is on,
/// and never padded wider than its content needs.
package struct TextWriter {
    package let style: TextStyle
    package let columns: Int
    private var lines: [String] = []

    package init(style: TextStyle, columns: Int) {
        self.style = style
        self.columns = columns
    }

    /// Everything written, ending with a newline.
    package var text: String { lines.joined(separator: "\n") + "\n" }

    /// Appends a line as it is (its content already cleaned and styled).
    package mutating func line(_ text: String) {
        lines.append(text)
    }

    /// Appends an empty line unless the last one is already empty.
    package mutating func blank() {
        if let last = lines.last, !last.isEmpty { lines.append("") }
    }

    /// A section heading, after a blank line.
    package mutating func heading(_ title: String) {
        blank()
        let style = style
        wrapped(title, firstIndent: "", indent: "  ", styling: { style.apply($0, .bold) })
    }

    /// Plain text wrapped to the width; `styling` colours each finished line.
    package mutating func wrapped(_ text: String, firstIndent: String, indent: String, styling: (String) -> String = { $0 }) {
        for line in TextLayout.wrap(text, columns: columns, firstIndent: firstIndent, indent: indent) {
            lines.append(styling(line))
        }
    }

    /// `  Label     value`, the value wrapped under itself.
    package mutating func field(_ label: String, _ value: String, labelWidth: Int) {
        let indent = String(repeating: " ", count: 2 + labelWidth + 2)
        let wrapped = TextLayout.wrap(value, columns: columns, firstIndent: indent, indent: indent)
        for (index, line) in wrapped.enumerated() {
            guard index == 0 else { lines.append(line); continue }
            let labelText = style.apply(TextLayout.pad(label, to: labelWidth), .dim)
            lines.append("  " + labelText + "  " + line.dropFirst(indent.count))
        }
    }
}
