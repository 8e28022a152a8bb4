import Foundation

/// A value a brick takes, typed and validated: set by `--param BRICK.NAME=VALUE`, else its default.
package struct BrickParameter: Sendable, Hashable {
    /// The parameter types brick.yaml may declare.
    package enum Kind: String, Sendable, Hashable, CaseIterable {
        case string, int, bool, `enum`, list
    }

    /// The default: a Mustache template over the facts (rendered, then parsed as the type), or a list.
    package enum Default: Sendable, Hashable {
        case template(String)
        case list([String])
    }

    /// `[a-z][a-z0-9_]*`.
    package var name: String
    package var kind: Kind
    /// nil: the parameter is required.
    package var defaultValue: Default?
    package var description: String
    /// Bounds of an int.
    package var minimum: Int?
    package var maximum: Int?
    /// The accepted values of an enum.
    package var values: [String]
    /// A regular expression the whole string (or every list item) must match.
    package var pattern: String?
    /// Where it is declared, for messages.
    package var line: Int?

    package init(
        name: String, kind: Kind, defaultValue: Default? = nil, description: String = "", minimum: Int? = nil, maximum: Int? = nil, values: [String] = [], pattern: String? = nil, line: Int? = nil
    ) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.description = description
        self.minimum = minimum
        self.maximum = maximum
        self.values = values
        self.pattern = pattern
        self.line = line
    }

    /// Parses and validates a value given as text (a list as comma-separated items).
    /// The error message says what was expected; the caller adds where the value came from.
    package func parse(_ text: String) -> Result<ParameterValue, ParameterProblem> {
        switch kind {
        case .string:
            return matchesPattern(text) ? .success(.string(text)) : .failure(ParameterProblem("expected text matching \(pattern ?? ""), found \"\(text)\""))
        case .int:
            guard let number = Int(text.trimmingCharacters(in: .whitespaces)) else {
                return .failure(ParameterProblem("expected a whole number, found \"\(text)\""))
            }
            return validate(.int(number))
        case .bool:
            switch BrickPredicate.normalised(text.trimmingCharacters(in: .whitespaces)) {
            case "true": return .success(.bool(true))
            case "false": return .success(.bool(false))
            default: return .failure(ParameterProblem("expected true or false, found \"\(text)\""))
            }
        case .enum:
            return validate(.string(text.trimmingCharacters(in: .whitespaces)))
        case .list:
            let items = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return validate(.list(items))
        }
    }

    /// Checks a typed value against the declared type and constraints.
    package func validate(_ value: ParameterValue) -> Result<ParameterValue, ParameterProblem> {
        switch (kind, value) {
        case (.int, .int(let number)):
            if let minimum, number < minimum { return .failure(ParameterProblem("expected at least \(minimum), found \(number)")) }
            if let maximum, number > maximum { return .failure(ParameterProblem("expected at most \(maximum), found \(number)")) }
            return .success(value)
        case (.enum, .string(let text)):
            return values.contains(text) ? .success(value) : .failure(ParameterProblem("expected one of \(values.joined(separator: ", ")), found \"\(text)\""))
        case (.string, .string(let text)):
            return matchesPattern(text) ? .success(value) : .failure(ParameterProblem("expected text matching \(pattern ?? ""), found \"\(text)\""))
        case (.bool, .bool):
            return .success(value)
        case (.list, .list(let items)):
            if let bad = items.first(where: { !matchesPattern($0) }) {
                return .failure(ParameterProblem("expected items matching \(pattern ?? ""), found \"\(bad)\""))
            }
            return .success(value)
        default:
            return .failure(ParameterProblem("expected \(kind.expectation), found \(value.display)"))
        }
    }

    private func matchesPattern(_ text: String) -> Bool {
        guard let pattern else { return true }
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return false }
        let range = NSRange(text.startIndex..., in: text)
        guard let match = expression.firstMatch(in: text, options: [.anchored], range: range) else { return false }
        return match.range == range
    }
}

/// Why a parameter value was refused.
package struct ParameterProblem: Error, Sendable, Equatable {
    package var message: String
    package init(_ message: String) { self.message = message }
}

extension BrickParameter.Kind {
    /// What a value of this kind looks like, for messages.
    var expectation: String {
        switch self {
        case .string: "text"
        case .int: "a whole number"
        case .bool: "true or false"
        case .enum: "one of the listed values"
        case .list: "a list"
        }
    }
}

/// A parameter's value after defaults and `--param`.
package enum ParameterValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case list([String])

    /// As the template context sees it: nil for empty text, so that a section over it is skipped.
    var templateValue: Any? {
        switch self {
        case .string(let text): text.isEmpty ? nil : text
        case .int(let number): number
        case .bool(let flag): flag
        case .list(let items): items
        }
    }

    /// As predicates see it.
    var predicateValues: [String] {
        switch self {
        case .string(let text): text.isEmpty ? [] : [text]
        case .int(let number): [String(number)]
        case .bool(let flag): [flag ? "true" : "false"]
        case .list(let items): items
        }
    }

    /// For people: `3000`, `"debian"`, `[a, b]`.
    package var display: String {
        switch self {
        case .string(let text): "\"\(text)\""
        case .int(let number): String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .list(let items): "[" + items.joined(separator: ", ") + "]"
        }
    }

    /// As `--param` takes it.
    package var commandLineText: String {
        switch self {
        case .string(let text): text
        case .int(let number): String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .list(let items): items.joined(separator: ",")
        }
    }
}
