import Foundation

/// A text split into numbered lines, so evidence can point at the line where something was seen.
struct TextLines {
    /// The lines without their line breaks; `lines[0]` is line 1.
    let lines: [Substring]

    /// Splits on the line breaks YAML and JSON parsers count: LF, CRLF, CR, NEL, LS and PS.
    init(_ text: String) {
        lines = text.split(omittingEmptySubsequences: false) { Self.breaks.contains($0) }
    }

    private static let breaks: Set<Character> = ["\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]

    /// The number of lines.
    var count: Int { lines.count }

    /// The text of a 1-based line, nil past the end.
    func line(_ number: Int) -> Substring? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }

    /// The first 1-based line at or after `start` that contains `needle`.
    func firstLine(containing needle: String, from start: Int = 1) -> Int? {
        guard !needle.isEmpty else { return nil }
        var number = max(start, 1)
        while number <= lines.count {
            if lines[number - 1].contains(needle) { return number }
            number += 1
        }
        return nil
    }

    /// The 1-based line of the `occurrence`-th (0-based) appearance of `needle` at or after line `start`,
    /// counting several on one line: where the second of two identical expressions is.
    func line(ofOccurrence occurrence: Int, of needle: String, from start: Int = 1) -> Int? {
        guard !needle.isEmpty else { return nil }
        var remaining = occurrence
        var number = max(start, 1)
        while number <= lines.count {
            let count = lines[number - 1].components(separatedBy: needle).count - 1
            if count > remaining { return number }
            remaining -= count
            number += 1
        }
        return nil
    }

    /// The 1-based line and its text for every line that is not blank and not a whole-line comment
    /// (`#` for YAML and shell, `//` for Groovy and JSONC): what a command search should read.
    func meaningfulLines() -> [(number: Int, text: Substring)] {
        lines.enumerated().compactMap { index, line in
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("//") { return nil }
            return (index + 1, line)
        }
    }

    /// The 1-based line that holds the UTF-8 byte at `offset` of `text`.
    static func line(ofUTF8Offset offset: Int, in text: String) -> Int {
        var line = 1
        var previous: UInt8 = 0
        for (index, byte) in text.utf8.enumerated() {
            if index >= offset { break }
            // CRLF counts once: the LF after a CR adds nothing.
            if byte == 0x0A, previous != 0x0D { line += 1 }
            if byte == 0x0D { line += 1 }
            previous = byte
        }
        return line
    }
}
