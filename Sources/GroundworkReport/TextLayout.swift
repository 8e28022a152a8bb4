/// Column arithmetic for terminal text: display widths, padding, word wrapping, and removal of
/// control characters from user text so a path cannot move the cursor or recolour the terminal.
package enum TextLayout {
    /// `text` on one line: line breaks and tabs become spaces; other control characters and
    /// bidirectional overrides become `?`.
    package static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}": scalars.append(" ")
            default: scalars.append(isUnsafe(scalar) ? "?" : scalar)
            }
        }
        return String(scalars)
    }

    /// Columns the text takes in a terminal: wide East Asian characters and emoji take two.
    package static func width(_ text: String) -> Int {
        text.reduce(0) { $0 + width(of: $1) }
    }

    /// `text` followed by spaces up to `columns`.
    package static func pad(_ text: String, to columns: Int) -> String {
        text + String(repeating: " ", count: max(0, columns - width(text)))
    }

    /// Words of `text` in lines of at most `columns` (a longer word gets a line of its own, split if it
    /// must); the first line starts with `firstIndent`, the others with `indent`.
    package static func wrap(_ text: String, columns: Int, firstIndent: String = "", indent: String = "") -> [String] {
        var lines: [String] = []
        var current = firstIndent
        var lineHasWord = false
        func flush() {
            lines.append(current)
            current = indent
            lineHasWord = false
        }
        for word in words(text) {
            // Extra spaces before a word (alignment inside the text) are kept, except at a line start.
            var rest = word
            while !rest.isEmpty {
                if !lineHasWord { rest = String(rest.drop { $0 == " " }) }
                if width(current) + (lineHasWord ? 1 : 0) + width(rest) <= columns {
                    current += (lineHasWord ? " " : "") + rest
                    lineHasWord = true
                    break
                }
                if lineHasWord {
                    flush()
                    continue
                }
                // Even a line of its own is too short: cut the word where the line ends.
                let head = split(rest, columns: max(1, columns - width(current)))
                current += head
                lineHasWord = true
                rest = String(rest.dropFirst(head.count))
                flush()
            }
        }
        if lineHasWord || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// Words split on single spaces; a run of spaces stays with the word after it, so "a  b" keeps its gap.
    private static func words(_ text: String) -> [String] {
        var words: [String] = []
        var pendingSpaces = 0
        for fragment in text.split(separator: " ", omittingEmptySubsequences: false) {
            if fragment.isEmpty {
                pendingSpaces += 1
                continue
            }
            words.append(String(repeating: " ", count: words.isEmpty ? 0 : pendingSpaces) + fragment)
            pendingSpaces = 0
        }
        return words
    }

    private static func split(_ word: String, columns: Int) -> String {
        var head = ""
        for character in word {
            if width(head) + width(of: character) > columns { break }
            head.append(character)
        }
        return head.isEmpty ? String(word.prefix(1)) : head
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func width(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
