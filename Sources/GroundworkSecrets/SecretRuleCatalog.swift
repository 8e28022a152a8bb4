/// docs/secret-rules.md, generated from `SecretRule.builtIn` (a test fails when the file is stale).
package enum SecretRuleCatalog {
    /// The catalogue as Markdown: one row per rule, by provider.
    package static func markdown(rules: [SecretRule] = SecretRule.builtIn) -> String {
        var out = """
            # Secret rules

            Generated from `SecretRule.builtIn` (Sources/GroundworkSecrets/SecretRule+BuiltIn.swift and the area lists
            under Sources/GroundworkSecrets/Rules/); do not edit. Regenerate with
            `GROUNDWORK_RECORD_DOCS=1 swift test --filter SecretRuleCatalogTests`.

            Every rule's true- and false-positive examples are its tests (Tests/GroundworkSecretsTests). The keywords
            feed the one-pass prefilter: a rule's pattern only runs on a line that holds one of them. "In tests" says
            whether the rule also reports in test code and fixtures. Rotate is the provider's page on revoking or
            rotating that credential.

            | provider | rule | keywords | severity | in tests | rotate |
            |---|---|---|---|---|---|

            """
        let sorted = rules.sorted { ($0.provider ?? "~", $0.id) < ($1.provider ?? "~", $1.id) }
        for rule in sorted {
            let keywords =
                rule.keywords.prefix(4).map { "`\(escaped($0))`" }.joined(separator: " ")
                + (rule.keywords.count > 4 ? " +\(rule.keywords.count - 4)" : "")
            let rotate = rule.remediation.map { "[link](\($0))" } ?? "—"
            out += "| \(rule.provider ?? "—") | `\(rule.id)` \(rule.name) | \(keywords) | \(rule.severity.rawValue) | "
            out += "\(rule.reportsInTestCode ? "yes" : "no") | \(rotate) |\n"
        }
        let providers = Set(rules.compactMap(\.provider)).count
        out += "\n\(rules.count) rules for \(providers) providers: "
        out +=
            SecretSeverity.allCases.reversed().map { severity in
                "\(rules.filter { $0.severity == severity }.count) \(severity.rawValue)"
            }.joined(separator: ", ") + ".\n"
        return out
    }

    /// A keyword as Markdown table text: the pipe would end the cell.
    private static func escaped(_ keyword: String) -> String {
        keyword.replacingOccurrences(of: "|", with: "\\|")
    }
}
