/// A token of DBML or SQL text, with where it starts.
struct SourceToken: Sendable, Hashable, CustomStringConvertible {
    enum Kind: Sendable, Hashable {
        /// A bare word: `Table`, `varchar`, `user_id`, `12abc`.
        case word
        /// A double-quoted identifier, unquoted (`"Order"` → `Order`).
        case quotedIdentifier
        /// A single-quoted string, unquoted (`'it''s'` → `it's`; DBML `'''…'''` too).
        case string
        /// A DBML expression in backticks, without them (`` `now()` `` → `now()`).
        case expression
        /// A number: `12`, `-3`, `4.5`.
        case number
        /// Punctuation or an operator: `{`, `>`, `<>`, `::`, `>=`.
        case symbol
    }

    var kind: Kind
    var text: String
    var line: Int
    var column: Int
    /// A line break (or the start of the text) comes before this token: DBML ends a column at the line's end.
    var startsLine: Bool

    /// The token as shown in "expected …, found …" messages.
    var description: String {
        switch kind {
        case .word, .number, .symbol: "\"\(text)\""
        case .quotedIdentifier: "the identifier \"\(text)\""
        case .string: "a string"
        case .expression: "an expression"
        }
    }

    /// A word or symbol equal to `text`, ignoring case for words.
    func `is`(_ text: String) -> Bool {
        switch kind {
        case .word: self.text.lowercased() == text.lowercased()
        case .symbol: self.text == text
        default: false
        }
    }

    /// A name: a bare word or a quoted identifier.
    var isName: Bool { kind == .word || kind == .quotedIdentifier }
}

/// Splits DBML or SQL text into tokens, skipping comments. Small on purpose: the readers above it know
/// the grammar; this only knows how words, strings, numbers and comments are spelt.
struct SourceTokenizer {
    /// The line comment marker: `//` for DBML, `--` for SQL. Both know `/* … */`.
    var lineComment: String
    /// Operators of more than one character, longest first.
    var operators: [String]
    var file: String

    static func dbml(file: String) -> SourceTokenizer {
        SourceTokenizer(lineComment: "//", operators: ["<>"], file: file)
    }

    static func sql(file: String) -> SourceTokenizer {
        SourceTokenizer(lineComment: "--", operators: ["::", "<>", "!=", ">=", "<=", "||", "!~*", "!~", "~*"], file: file)
    }

    /// The tokens of `text`, or an error at the line and column of an unterminated string or comment.
    func tokens(_ text: String) throws(ModelError) -> [SourceToken] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [SourceToken] = []
        var index = 0
        var line = 1
        var lineStart = 0
        var startsLine = true

        func peek(_ offset: Int = 0) -> Unicode.Scalar? { index + offset < scalars.count ? scalars[index + offset] : nil }
        func matches(_ literal: String, at position: Int) -> Bool {
            var offset = position
            for scalar in literal.unicodeScalars {
                guard offset < scalars.count, scalars[offset] == scalar else { return false }
                offset += 1
            }
            return true
        }
        func advance() {
            if scalars[index] == "\n" {
                line += 1
                lineStart = index + 1
                startsLine = true
            }
            index += 1
        }
        func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "_" || scalar == "$" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\u{FEFF}" {
                advance()
                continue
            }
            let startLine = line
            let startColumn = index - lineStart + 1
            func unterminated(_ what: String) -> ModelError {
                ModelError(file: file, line: startLine, column: startColumn, "\(what) is never closed")
            }
            if matches(lineComment, at: index) || (scalar == "\\" && startsLine && lineComment == "--") {
                // A comment, or a psql meta-command (`\connect`, pg_dump's `\restrict`) that lasts to the line's end.
                while index < scalars.count, scalars[index] != "\n" { index += 1 }
                continue
            }
            if matches("/*", at: index) {
                index += 2
                while index < scalars.count, !matches("*/", at: index) { advance() }
                guard index < scalars.count else { throw unterminated("the comment /*") }
                index += 2
                continue
            }
            var token = SourceToken(kind: .symbol, text: "", line: startLine, column: startColumn, startsLine: startsLine)
            startsLine = false
            if matches("'''", at: index) {
                index += 3
                var value = ""
                while index < scalars.count, !matches("'''", at: index) {
                    value.unicodeScalars.append(scalars[index])
                    advance()
                }
                guard index < scalars.count else { throw unterminated("the string '''") }
                index += 3
                token.kind = .string
                token.text = value
            } else if scalar == "$", lineComment == "--", let tag = dollarTag(scalars, at: index) {
                // PostgreSQL's dollar quoting: $$ … $$ or $tag$ … $tag$ (function bodies).
                index += tag.unicodeScalars.count
                var value = ""
                while index < scalars.count, !matches(tag, at: index) {
                    value.unicodeScalars.append(scalars[index])
                    advance()
                }
                guard index < scalars.count else { throw unterminated("the dollar-quoted string \(tag)") }
                index += tag.unicodeScalars.count
                token.kind = .string
                token.text = value
            } else if scalar == "'" || scalar == "\"" || scalar == "`" {
                index += 1
                var value = ""
                while true {
                    guard let next = peek() else {
                        throw unterminated(scalar == "'" ? "the string" : scalar == "`" ? "the expression" : "the quoted name")
                    }
                    if next == scalar {
                        if peek(1) == scalar, scalar != "`" { // a doubled quote is one quote
                            value.unicodeScalars.append(scalar)
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    if next == "\\", scalar == "'", lineComment == "//", let escaped = peek(1) { // DBML escapes \' and \\
                        value.unicodeScalars.append(escaped == "n" ? "\n" : escaped)
                        index += 2
                        continue
                    }
                    value.unicodeScalars.append(next)
                    advance()
                }
                token.kind = scalar == "'" ? .string : scalar == "`" ? .expression : .quotedIdentifier
                token.text = value
            } else if ("0"..."9").contains(scalar)
                || ((scalar == "-" || scalar == "+") && peek(1).map { ("0"..."9").contains($0) } == true
                    && !(tokens.last.map { $0.kind == .word || $0.kind == .number || $0.is(")") } ?? false))
            {
                // A sign opens a number where no operand precedes it (`default: -1`, `DEFAULT +3`); `+` is dropped.
                var value = scalar == "+" ? "" : String(scalar)
                index += 1
                while let next = peek(), ("0"..."9").contains(next) || next == "." || next == "e" || next == "E" {
                    if next == ".", !(peek(1).map { ("0"..."9").contains($0) } ?? false) { break }
                    value.unicodeScalars.append(next)
                    index += 1
                }
                if let next = peek(), isWordScalar(next) { // `12abc` is a word, not a number
                    while let more = peek(), isWordScalar(more) {
                        value.unicodeScalars.append(more)
                        index += 1
                    }
                    token.kind = .word
                } else {
                    token.kind = .number
                }
                token.text = value
            } else if isWordScalar(scalar) {
                var value = ""
                while let next = peek(), isWordScalar(next) {
                    value.unicodeScalars.append(next)
                    index += 1
                }
                token.kind = .word
                token.text = value
            } else if let op = operators.first(where: { matches($0, at: index) }) {
                index += op.unicodeScalars.count
                token.text = op
            } else {
                index += 1
                token.text = String(scalar)
            }
            tokens.append(token)
        }
        return tokens
    }
}

/// `$$` or `$tag$` starting at `index`, or nil.
private func dollarTag(_ scalars: [Unicode.Scalar], at index: Int) -> String? {
    var end = index + 1
    while end < scalars.count, scalars[end] == "_" || scalars[end].properties.isAlphabetic { end += 1 }
    guard end < scalars.count, scalars[end] == "$" else { return nil }
    return String(String.UnicodeScalarView(scalars[index...end]))
}

/// A cursor over tokens with the "expected X, found Y" errors both readers need.
struct TokenCursor {
    let tokens: [SourceToken]
    let file: String
    var position = 0

    init(_ tokens: [SourceToken], file: String) {
        self.tokens = tokens
        self.file = file
    }

    var atEnd: Bool { position >= tokens.count }
    var current: SourceToken? { position < tokens.count ? tokens[position] : nil }
    func peek(_ offset: Int = 0) -> SourceToken? { position + offset < tokens.count ? tokens[position + offset] : nil }

    /// Moves past the current token and returns it.
    @discardableResult
    mutating func next() -> SourceToken? {
        defer { position += 1 }
        return current
    }

    /// True (and moves on) when the current token is `text`.
    mutating func accept(_ text: String) -> Bool {
        guard let token = current, token.is(text) else { return false }
        position += 1
        return true
    }

    /// The current token, which must be `text`.
    @discardableResult
    mutating func expect(_ text: String, _ what: String? = nil) throws(ModelError) -> SourceToken {
        guard let token = current, token.is(text) else { throw error("expected \(what ?? "\"\(text)\"")") }
        position += 1
        return token
    }

    /// A name (bare or quoted).
    mutating func name(_ what: String) throws(ModelError) -> SourceToken {
        guard let token = current, token.isName else { throw error("expected \(what)") }
        position += 1
        return token
    }

    /// An error at the current token (or the end of the text): "expected X, found Y".
    func error(_ expected: String) -> ModelError {
        guard let token = current else {
            let last = tokens.last
            return ModelError(file: file, line: last?.line ?? 1, column: last.map { $0.column + $0.text.count }, "\(expected), found the end of the file")
        }
        return ModelError(file: file, line: token.line, column: token.column, "\(expected), found \(token)")
    }
}
