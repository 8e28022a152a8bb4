import Foundation

/// Reads the CHECK expressions the model can express back into field constraints: bounds, lengths,
/// a pattern, a list of values. It knows the forms the DDL writer produces and the forms PostgreSQL
/// prints them back in (`pg_dump`, `pg_get_constraintdef`: casts, extra parentheses, `= ANY (ARRAY[…])`).
enum CheckExpressionReader {
    /// What one check says about one column.
    struct Constraints: Sendable, Hashable {
        var minimum: Double?
        var maximum: Double?
        var minLength: Int?
        var maxLength: Int?
        var pattern: String?
        var values: [String]?
    }

    /// The constraints per column of `expression`, or nil when any part of it is not one the model
    /// can express (the caller then reports the whole check as not carried over).
    static func read(_ expression: String) -> [String: Constraints]? {
        guard let tokens = try? SourceTokenizer.sql(file: "").tokens(expression) else { return nil }
        var result: [String: Constraints] = [:]
        for conjunct in splitOnAnd(simplify(dropCasts(tokens))) {
            guard apply(simplify(conjunct), to: &result) else { return nil }
        }
        return result.isEmpty ? nil : result
    }

    /// The tokens without `::type` casts (`'a'::text`, `(0)::numeric`, `::character varying(10)`).
    static func dropCasts(_ tokens: [SourceToken]) -> [SourceToken] {
        var result: [SourceToken] = []
        var index = 0
        let typeWords: Set<String> = ["varying", "precision", "with", "without", "time", "zone"]
        while index < tokens.count {
            if tokens[index].is("::") {
                index += 1
                if index < tokens.count, tokens[index].isName { index += 1 }
                while index + 1 < tokens.count, tokens[index].is("."), tokens[index + 1].isName { index += 2 } // public.mood
                while index < tokens.count, tokens[index].kind == .word, typeWords.contains(tokens[index].text.lowercased()) { index += 1 }
                if index < tokens.count, tokens[index].is("(") {
                    while index < tokens.count, !tokens[index].is(")") { index += 1 }
                    index += 1
                }
                if index + 1 < tokens.count, tokens[index].is("["), tokens[index + 1].is("]") { index += 2 }
                continue
            }
            result.append(tokens[index])
            index += 1
        }
        return result
    }

    /// Removes parentheses around a single token (`(0)`, `(tier)`) unless they are a call's, and
    /// parentheses around the whole list.
    static func simplify(_ tokens: [SourceToken]) -> [SourceToken] {
        var tokens = tokens
        var changed = true
        while changed {
            changed = false
            var index = 0
            while index + 2 < tokens.count {
                let isCall = index > 0 && tokens[index - 1].kind == .word && !["and", "or", "not", "in"].contains(tokens[index - 1].text.lowercased())
                if tokens[index].is("("), tokens[index + 2].is(")"), !isCall {
                    tokens.remove(at: index + 2)
                    tokens.remove(at: index)
                    changed = true
                } else {
                    index += 1
                }
            }
            if tokens.count >= 2, tokens.first!.is("("), tokens.last!.is(")"), closes(tokens) {
                tokens = Array(tokens.dropFirst().dropLast())
                changed = true
            }
        }
        return tokens
    }

    /// True when the first token's parenthesis closes at the last token.
    static func closes(_ tokens: [SourceToken]) -> Bool {
        var depth = 0
        for (index, token) in tokens.enumerated() {
            if token.is("(") { depth += 1 }
            if token.is(")") {
                depth -= 1
                if depth == 0 { return index == tokens.count - 1 }
            }
        }
        return false
    }

    /// The expression without parentheses around the whole of it, for messages: `((a > 0))` → `a > 0`.
    static func displayed(_ expression: String) -> String {
        guard let tokens = try? SourceTokenizer.sql(file: "").tokens(expression), tokens.count >= 2 else { return expression }
        var text = Substring(expression)
        var remaining = tokens
        while remaining.count >= 2, remaining.first!.is("("), remaining.last!.is(")"), closes(remaining) {
            remaining = Array(remaining.dropFirst().dropLast())
            text = text.dropFirst().dropLast()
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// The parts of a conjunction at depth zero.
    static func splitOnAnd(_ tokens: [SourceToken]) -> [[SourceToken]] {
        var parts: [[SourceToken]] = [[]]
        var depth = 0
        for token in tokens {
            if token.is("(") || token.is("[") { depth += 1 }
            if token.is(")") || token.is("]") { depth -= 1 }
            if depth == 0, token.is("and") {
                parts.append([])
            } else {
                parts[parts.count - 1].append(token)
            }
        }
        return parts.filter { !$0.isEmpty }
    }

    /// Applies one conjunct; false when it is not a form the model knows.
    static func apply(_ tokens: [SourceToken], to result: inout [String: Constraints]) -> Bool {
        let texts = tokens.map { $0.kind == .symbol || $0.kind == .word ? $0.text.lowercased() : "·" }
        // column >= n, column <= n
        if tokens.count == 3, tokens[0].isName, tokens[2].kind == .number, let number = Double(tokens[2].text) {
            switch texts[1] {
            case ">=": result[tokens[0].text, default: Constraints()].minimum = number
            case "<=": result[tokens[0].text, default: Constraints()].maximum = number
            default: return false
            }
            return true
        }
        // char_length(column) >= n
        if tokens.count == 6, ["char_length", "character_length", "length"].contains(texts[0]), tokens[1].is("("), tokens[2].isName,
            tokens[3].is(")"), tokens[5].kind == .number, let number = Int(tokens[5].text)
        {
            switch texts[4] {
            case ">=": result[tokens[2].text, default: Constraints()].minLength = number
            case "<=": result[tokens[2].text, default: Constraints()].maxLength = number
            default: return false
            }
            return true
        }
        // column ~ 'pattern'
        if tokens.count == 3, tokens[0].isName, tokens[1].is("~"), tokens[2].kind == .string {
            result[tokens[0].text, default: Constraints()].pattern = tokens[2].text
            return true
        }
        // column IN ('a', 'b')
        if tokens.count >= 4, tokens[0].isName, tokens[1].is("in"), tokens[2].is("("), tokens.last!.is(")"),
            let values = strings(Array(tokens[3..<(tokens.count - 1)]))
        {
            result[tokens[0].text, default: Constraints()].values = values
            return true
        }
        // column = ANY (ARRAY['a', 'b']), with any parentheses PostgreSQL adds
        if tokens.count >= 6, tokens[0].isName, tokens[1].is("="), tokens[2].is("any") {
            let rest = tokens[3...].filter { !$0.is("(") && !$0.is(")") }
            if rest.count >= 4, rest.first!.is("array"), rest[rest.startIndex + 1].is("["), rest.last!.is("]"),
                let values = strings(Array(rest.dropFirst(2).dropLast()))
            {
                result[tokens[0].text, default: Constraints()].values = values
                return true
            }
        }
        return false
    }

    /// `'a', 'b'` as strings, or nil.
    static func strings(_ tokens: [SourceToken]) -> [String]? {
        var values: [String] = []
        for (index, token) in tokens.enumerated() {
            if index % 2 == 0 {
                guard token.kind == .string else { return nil }
                values.append(token.text)
            } else if !token.is(",") {
                return nil
            }
        }
        return values.isEmpty ? nil : values
    }
}
