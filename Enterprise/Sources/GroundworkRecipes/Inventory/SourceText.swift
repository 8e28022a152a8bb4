#if Enterprise
import Foundation

/// A source file's text with the few lexical questions the session recogniser and its edits ask: line
/// numbers, regular-expression matches, Node imports, calls and their balanced argument text. Not a
/// parser: a shape it does not recognise is left alone (the edits then say so).
package struct SourceText: Sendable {
    package var text: String

    package init(_ text: String) { self.text = text }

    /// A match: where it starts, where it ends, and its capture groups (empty strings for groups that did not take part).
    package struct Match: Sendable {
        package var start: String.Index
        package var end: String.Index
        package var groups: [String]
    }

    /// The 1-based line of `index`.
    package func line(at index: String.Index) -> Int {
        text[..<index].reduce(into: 1) { count, character in if character == "\n" { count += 1 } }
    }

    /// Every match of `pattern`, in order.
    package func matches(_ pattern: String) -> [Match] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        let whole = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: whole).compactMap { result in
            guard let range = Range(result.range, in: text) else { return nil }
            let groups = (1..<max(1, result.numberOfRanges)).map { index in Range(result.range(at: index), in: text).map { String(text[$0]) } ?? "" }
            return Match(start: range.lowerBound, end: range.upperBound, groups: groups)
        }
    }

    /// Where `module` is required or imported (`require('m')`, `require("m")`, `from 'm'`), if it is.
    package func nodeImportIndex(of module: String) -> String.Index? {
        for quote in ["'", "\""] {
            for form in ["require(\(quote)\(module)\(quote)", "from \(quote)\(module)\(quote)"] {
                if let range = text.range(of: form) {
                    return text[..<range.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
                }
            }
        }
        return nil
    }

    /// The name `module` is bound to: `const session = require('express-session')` or `import session from 'express-session'`.
    package func nodeImport(of module: String) -> String? {
        let escaped = NSRegularExpression.escapedPattern(for: module)
        let patterns = [
            #"(?:const|let|var)\s+(\w+)\s*=\s*require\(\s*['"]"# + escaped + #"['"]\s*\)"#,
            #"import\s+(\w+)\s+from\s+['"]"# + escaped + #"['"]"#,
        ]
        return patterns.lazy.compactMap { matches($0).first?.groups.first }.first
    }

    /// A call `name(…)`: where it starts, and its argument text without the outer parentheses (nil when unbalanced).
    package struct Call: Sendable {
        package var start: String.Index
        /// The index just past the closing parenthesis.
        package var end: String.Index
        package var arguments: String?
        /// Where the argument text starts (just past the opening parenthesis).
        package var argumentsStart: String.Index
    }

    /// Every call of the function `name` (not a method of that name, not a longer identifier).
    package func calls(of name: String) -> [Call] {
        matches(#"(?<![\w.$])"# + NSRegularExpression.escapedPattern(for: name) + #"\s*\("#).map { match in
            let open = text.index(before: match.end)
            guard let close = Self.closing(of: open, in: text) else { return Call(start: match.start, end: match.end, arguments: nil, argumentsStart: match.end) }
            let arguments = String(text[text.index(after: open)..<close]).trimmingCharacters(in: .whitespacesAndNewlines)
            return Call(start: match.start, end: text.index(after: close), arguments: arguments, argumentsStart: match.end)
        }
    }

    /// Walks `text` from `start`, skipping string literals ('…', "…", `…`, with backslash escapes), and calls
    /// `visit` with each bracket and comma outside them and the nesting depth after it (an opening bracket
    /// counts, a closing one no longer does); `visit` returns false to stop.
    static func scan(_ text: String, from start: String.Index, _ visit: (String.Index, Character, Int) -> Bool) {
        var depth = 0
        var quote: Character?
        var index = start
        while index < text.endIndex {
            let character = text[index]
            if let current = quote {
                if character == "\\" {
                    index = text.index(after: index)
                    if index == text.endIndex { return }
                } else if character == current {
                    quote = nil
                }
            } else if "'\"`".contains(character) {
                quote = character
            } else if "([{".contains(character) || ")]}".contains(character) || character == "," {
                if "([{".contains(character) { depth += 1 }
                if ")]}".contains(character) { depth -= 1 }
                if !visit(index, character, depth) { return }
            }
            index = text.index(after: index)
        }
    }

    /// The bracket closing the one at `open` (`(`, `[` or `{`), skipping strings and nested brackets.
    package static func closing(of open: String.Index, in text: String) -> String.Index? {
        var closing: String.Index?
        scan(text, from: open) { index, character, depth in
            guard depth == 0, character != "," else { return true }
            closing = index
            return false
        }
        return closing
    }

    /// The comma-separated items of an argument list's text at its top level, trimmed (`a, f(b, c)` gives `a` and `f(b, c)`).
    package static func topLevelItems(_ text: String) -> [String] {
        var items: [String] = []
        var start = text.startIndex
        scan(text, from: text.startIndex) { index, character, depth in
            if character == ",", depth == 0 {
                items.append(text[start..<index].trimmingCharacters(in: .whitespacesAndNewlines))
                start = text.index(after: index)
            }
            return true
        }
        let last = text[start...].trimmingCharacters(in: .whitespacesAndNewlines)
        if !last.isEmpty { items.append(last) }
        return items
    }

    /// The value text of `key` at the top level of the object literal `object` (`{ … }`): up to the next
    /// top-level comma or the closing brace. `store,` (shorthand) gives `store`. Nil when the key is absent.
    package static func objectValue(of key: String, in object: String) -> String? {
        guard object.hasPrefix("{") else { return nil }
        var entryStart = object.index(after: object.startIndex)
        var value: String?
        func entry(_ end: String.Index) -> String? {
            let text = object[entryStart..<end].trimmingCharacters(in: .whitespacesAndNewlines)
            if text == key { return key }
            guard text.hasPrefix(key) else { return nil }
            let rest = text.dropFirst(key.count).drop { $0 == " " }
            guard rest.first == ":" else { return nil }
            return rest.dropFirst().trimmingCharacters(in: .whitespacesAndNewlines)
        }
        scan(object, from: object.startIndex) { index, character, depth in
            // Entries are separated by the commas of depth 1 and end at the brace that closes the object.
            guard (character == "," && depth == 1) || depth == 0 else { return true }
            value = entry(index)
            entryStart = object.index(after: index)
            return value == nil && depth > 0
        }
        return value
    }
}
#endif
