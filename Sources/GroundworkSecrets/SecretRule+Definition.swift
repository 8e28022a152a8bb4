import Foundation

extension SecretRule {
    /// A digest of what the rule reports: its name and severity, keywords, pattern, limits, what its refinement
    /// judges, and its examples. Scan results cached per blob are keyed by the digest of the whole rule set
    /// (`SecretScanner.rulesDigest`), so an edited rule — a team's, or a built-in one between two builds of
    /// one version — is not answered from the cache. A change inside a built-in rule's `refine` closure shows
    /// only through its examples, which such a change normally comes with.
    package var definitionDigest: String {
        var parts = [id, name, severity.rawValue, keywords.joined(separator: " "), "\(minimumEntropy ?? 0)", "\(minimumLength)"]
        parts.append(reportsInTestCode ? "test-code" : "no-test-code")
        switch matcher {
        case let .pattern(expression, secretGroups, _):
            parts += ["pattern", expression.pattern, secretGroups.map(String.init).joined(separator: " ")]
        case let .pemBlock(begin):
            parts += ["pem", begin.pattern]
        case let .document(anchor, _):
            parts += ["document", anchor.pattern]
        }
        parts.append(nextLineValue == nil ? "one-line" : "next-line")
        parts += refinementDefinition + truePositives + ["\u{1E}"] + falsePositives
        return String(SecretDigest.hex(parts.joined(separator: "\u{1F}")).prefix(16))
    }
}

extension SecretScanner {
    /// A digest of every rule's definition, in order (an earlier rule's match hides a later one's).
    package var rulesDigest: String {
        String(SecretDigest.hex(rules.map(\.definitionDigest).joined(separator: ",")).prefix(16))
    }
}
