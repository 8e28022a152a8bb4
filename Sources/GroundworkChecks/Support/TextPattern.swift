import Foundation

/// A named regular expression over one line, with words that veto a match (`-DskipTests`).
struct TextPattern: Sendable {
    /// What the pattern stands for in evidence: `npm test`, `golangci-lint`.
    let label: String
    private let expression: NSRegularExpression
    private let vetoes: [String]

    /// A pattern from ICU regular-expression syntax; `vetoes` are plain substrings that cancel a match.
    init(_ label: String, _ pattern: String, unless vetoes: [String] = []) {
        self.label = label
        // The patterns are constants of this module, so a bad one is a programming error caught by the tests.
        do {
            expression = try NSRegularExpression(pattern: pattern)
        } catch {
            preconditionFailure("invalid pattern for \(label): \(pattern)")
        }
        self.vetoes = vetoes
    }

    /// A pattern that matches `literal` as written, between word boundaries where it starts and ends with a word character.
    init(literal: String) {
        let escaped = NSRegularExpression.escapedPattern(for: literal)
        let start = literal.first.map { $0.isLetter || $0.isNumber } == true ? "\\b" : ""
        let end = literal.last.map { $0.isLetter || $0.isNumber } == true ? "\\b" : ""
        self.init(literal, start + escaped + end)
    }

    /// Every match of the expression in `text`.
    func expressionMatches(in text: String) -> [NSTextCheckingResult] {
        expression.matches(in: text, range: NSRange(text.startIndex..., in: text))
    }

    /// True when the line matches and holds none of the vetoes.
    func matches<Line: StringProtocol>(_ line: Line) -> Bool {
        let text = String(line)
        guard expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil else { return false }
        return !vetoes.contains { text.contains($0) }
    }
}

extension TextPattern {
    /// The first capture group of every match in `line`.
    func captures(in line: String) -> [String] {
        expressionMatches(in: line).compactMap { match in
            guard match.numberOfRanges > 1, let range = Range(match.range(at: 1), in: line) else { return nil }
            return String(line[range])
        }
    }
}
