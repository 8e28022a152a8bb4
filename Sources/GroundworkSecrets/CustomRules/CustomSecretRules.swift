import Foundation
import GroundworkFormats

/// A team's own secret rules, read from a rules file (`--secret-rules FILE`) or from the `secrets.rules` list of
/// `.groundwork.yaml`, with the fields the built-in rules have:
///
/// ```yaml
/// rules:
///   - id: acme-api-key
///     description: Acme API key
///     keywords: [acme_]
///     pattern: '\b(acme_[A-Za-z0-9]{32})\b'
///     secret_group: 1          # the capture group that holds the secret (default 1, or 0 without groups)
///     entropy: 3.5             # the lowest Shannon entropy a secret may have (optional)
///     min_length: 20           # the shortest secret reported (optional)
///     severity: high           # medium, high or critical
///     provider: Acme           # who issued it (optional)
///     remediation: https://acme.example/docs/rotate-keys
///     examples:
///       true: ["ACME_KEY=acme_…"]    # must be reported
///       false: ["ACME_KEY=acme_xxxx"] # must not be
/// ```
///
/// Every rule is checked when it is loaded, as the built-in rules are by their tests: a pattern that does not
/// compile, a rule without keywords, or a rule whose own examples fail is refused with its file and line.
package enum CustomSecretRules {
    /// The fields a rule may have.
    static let ruleKeys = [
        "id", "description", "keywords", "pattern", "secret_group", "entropy", "min_length", "severity", "provider",
        "remediation", "examples",
    ]

    /// The rules of a rules file (a mapping with a `rules` list); `path` names the file in errors.
    package static func parse(_ text: String, path: String) throws(FormatError) -> [CustomSecretRule] {
        guard let root = try StrictYAMLReader(file: path).read(text) else {
            throw FormatError(file: path, line: 1, "is empty; expected `rules:` and a list of rules")
        }
        let document = try root.mapping(allowed: ["version", "rules"])
        if let version = document["version"], try version.int() != 1 {
            throw version.error("expected 1, the only secret rules version this groundwork reads")
        }
        return try rules(document.required("rules", "a list of rules"))
    }

    /// The rules of a YAML list (`rules:` of a rules file, `secrets.rules` of `.groundwork.yaml`).
    package static func rules(_ list: StrictYAMLValue) throws(FormatError) -> [CustomSecretRule] {
        var rules: [CustomSecretRule] = []
        var seen = Set(SecretRule.builtIn.map(\.id))
        for item in try list.sequence() {
            let rule = try self.rule(item)
            guard seen.insert(rule.rule.id).inserted else {
                throw item.error("rule id `\(rule.rule.id)` is already taken by \(SecretRule.builtIn.contains { $0.id == rule.rule.id } ? "a built-in rule" : "another rule"); choose another id")
            }
            rules.append(rule)
        }
        return rules
    }

    /// One rule, checked against its own examples.
    static func rule(_ value: StrictYAMLValue) throws(FormatError) -> CustomSecretRule {
        let fields = try value.mapping(allowed: ruleKeys)
        let id = try fields.requiredString("id")
        guard id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }), id.first?.isLetter == true else {
            throw fields.error("id", "`\(id)` is not an id; use lowercase words joined by hyphens, such as acme-api-key")
        }
        let keywords = try fields.strings("keywords", singleAllowed: true) ?? []
        guard !keywords.isEmpty, keywords.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }) else {
            throw fields.error(
                fields.has("keywords") ? "keywords" : "id",
                "rule \(id) needs `keywords`: ASCII literals, one of which occurs in every line the pattern matches (the scanner's prefilter)")
        }
        let pattern = try fields.requiredString("pattern")
        let expression: NSRegularExpression
        do {
            expression = try NSRegularExpression(pattern: pattern)
        } catch {
            throw fields.error("pattern", "rule \(id): `\(pattern)` is not a valid regular expression (ICU syntax)")
        }
        let groups = expression.numberOfCaptureGroups
        let secretGroup = try fields.int("secret_group") ?? (groups > 0 ? 1 : 0)
        guard (0...groups).contains(secretGroup) else {
            throw fields.error("secret_group", "rule \(id): the pattern has \(groups) capture group(s); expected 0…\(groups)")
        }
        let severityName = try fields.string("severity") ?? SecretSeverity.high.rawValue
        guard let severity = SecretSeverity(rawValue: severityName) else {
            throw fields.error("severity", "`\(severityName)` is not a severity; expected one of \(SecretSeverity.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let entropy = try fields.number("entropy")
        if let entropy, !(0...8).contains(entropy) {
            throw fields.error("entropy", "rule \(id): \(entropy) bits per character is out of range; expected 0…8")
        }
        let examples = try fields.mapping("examples", allowed: ["true", "false"])
        let truePositives = try examples?.strings("true") ?? []
        let falsePositives = try examples?.strings("false") ?? []
        guard !truePositives.isEmpty else {
            throw fields.error(
                fields.has("examples") ? "examples" : "id",
                "rule \(id) needs `examples: true: [...]`: at least one text it must report, which documents and tests it")
        }
        let rule = SecretRule(
            id: id, name: try fields.string("description") ?? id, provider: try fields.string("provider"), severity: severity,
            keywords: keywords.map { $0.lowercased() },
            matcher: .pattern(expression, secretGroups: [secretGroup], refine: { $0 }),
            minimumEntropy: entropy, minimumLength: try fields.int("min_length") ?? 1,
            remediation: try fields.string("remediation"),
            truePositives: truePositives, falsePositives: falsePositives
        )
        try checkExamples(of: rule, at: examples ?? fields)
        return CustomSecretRule(rule: rule, line: fields.line)
    }

    /// Refuses a rule whose true examples it does not report, or whose false examples it does.
    static func checkExamples(of rule: SecretRule, at place: StrictYAMLMapping) throws(FormatError) {
        let alone = SecretScanner(rules: [rule])
        for example in rule.truePositives where !alone.scan(text: example).contains(where: { $0.ruleID == rule.id }) {
            let why =
                alone.mightContainSecret(example.utf8)
                ? "the pattern does not match it, or the value is too short or not random enough"
                : "it holds none of the rule's keywords"
            throw place.error("true", "rule \(rule.id) does not report its own example `\(example)`: \(why)")
        }
        for example in rule.falsePositives {
            let found = alone.scan(text: example)
            if let first = found.first {
                throw place.error("false", "rule \(rule.id) reports its own false example `\(example)` (\(first.redacted) at column \(first.column))")
            }
        }
    }
}

/// A rule a team wrote, and where.
package struct CustomSecretRule: Sendable {
    /// The rule, ready for the scanner.
    package let rule: SecretRule
    /// The line the rule starts on in its file.
    package let line: Int
}

extension SecretScanner {
    /// A scanner with the built-in rules and `customRules`, which run before the generic rule so that a team's
    /// rule names the secrets it knows; the shared scanner when there are none.
    package static func with(customRules: [SecretRule]) -> SecretScanner {
        guard !customRules.isEmpty else { return .shared }
        let generic = SecretRule.builtIn.filter { $0.id == SecretRule.genericAssignment.id }
        return SecretScanner(rules: SecretRule.builtIn.filter { $0.id != SecretRule.genericAssignment.id } + customRules + generic)
    }
}
