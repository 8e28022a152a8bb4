import Foundation

/// One kind of secret: how to recognise it, how bad a leak is, and the examples that document and test it.
package struct SecretRule: Sendable, Identifiable {
    /// Stable id used in fingerprints and reports: `github-token`, `generic-assignment`….
    package let id: String
    /// Readable name: "GitHub token".
    package let name: String
    /// Who issued the secret ("OpenAI", "GitHub"); nil for rules that know a secret only by its shape or name.
    package let provider: String?
    /// Where the provider says how to revoke or rotate such a secret; nil when there is no one page.
    package let remediation: String?
    /// How bad a leak of this kind is.
    package let severity: SecretSeverity
    /// Lowercase literals, at least one of which occurs in any line this rule can match; the cheap prefilter.
    package let keywords: [String]
    /// The lowest Shannon entropy (bits per character) a secret must have; nil accepts any.
    package let minimumEntropy: Double?
    /// The shortest secret this rule reports.
    package let minimumLength: Int
    /// Texts the rule must report (its documentation and its tests).
    package let truePositives: [String]
    /// Texts no rule may report: placeholders, look-alikes, references to the environment.
    package let falsePositives: [String]
    /// Whether the rule reports in test code and fixtures (`SecretLocation.isTestCode`). Rules that know a
    /// secret only by its name or a generic shape do not: tests are full of made-up passwords and keys.
    package let reportsInTestCode: Bool
    /// How the rule finds candidates in a line.
    package let matcher: Matcher
    /// The files it reports in; nil for every file (see `SecretScanner.reports(ruleID:at:)`).
    package var pathScope: SecretPathScope?
    /// What `refine` judges beyond the pattern, as text (an imported allowlist's stop words and expressions),
    /// for `definitionDigest`: a closure cannot be compared.
    package var refinementDefinition: [String] = []
    /// A cheap test of a whole line that is false only when the pattern can report nothing on it (no candidate
    /// survives `refine` and the scanner's filters), so the scanner skips the expression; nil runs it on every
    /// line with a keyword. It must never be false for a line that has a finding: `GenericAssignment.mightReport`.
    /// It reads the line's UTF-8 bytes, so a line it turns down is never made a `String`.
    package var lineCondition: (@Sendable (UnsafeBufferPointer<UInt8>) -> Bool)?

    /// Each of `prefixes` followed by each of `characters`: keywords for a short prefix that ordinary code holds
    /// too (`x-api-key` holds `api-`), when the secret always goes on with one of a few characters.
    package static func keywords(_ prefixes: [String], followedByOneOf characters: String) -> [String] {
        prefixes.flatMap { prefix in characters.map { prefix + String($0) } }
    }

    /// Whether `lineCondition` lets the rule's pattern run on `line` (true when it has none).
    package func admits(_ line: String) -> Bool {
        guard let lineCondition else { return true }
        var line = line
        return line.withUTF8(lineCondition)
    }

    /// How a rule finds its secrets.
    package enum Matcher: Sendable {
        /// A regular expression run on one line. The first of `secretGroups` that took part in the match is the
        /// secret; `refine` may narrow it (a URL to its password) or reject it by returning nil.
        case pattern(
            NSRegularExpression,
            secretGroups: [Int],
            refine: @Sendable (SecretCandidate) -> SecretCandidate?
        )
        /// A PEM block: `begin` finds the BEGIN marker; the scanner reads the body from the rest of the line and
        /// the lines that follow, and reports the BEGIN line.
        case pemBlock(begin: NSRegularExpression)
        /// A secret held in a block of lines around its anchor (a Kubernetes Secret manifest: `kind: Secret` and
        /// its `data:` values, in either order). The scanner hands `read` the lines of the YAML document around
        /// the line `anchor` matches and the anchor's index among them; `read` returns the secrets it finds.
        case document(anchor: NSRegularExpression, read: @Sendable (_ lines: [String], _ anchor: Int) -> [DocumentSecret])
    }

    /// A secret found by a `.document` matcher: the index of its line among the lines handed over, its 1-based
    /// UTF-16 column and the value.
    package struct DocumentSecret: Sendable, Equatable {
        package let line: Int
        package let column: Int
        package let value: String

        package init(line: Int, column: Int, value: String) {
            self.line = line
            self.column = column
            self.value = value
        }
    }

    /// Reads a value written on the line after its name (`<password>` then the value, `api_key: |` then the
    /// value); nil for a rule whose values are on the line of their name.
    package let nextLineValue: NextLineValue?

    /// How a rule joins a name to the value on the next line.
    package struct NextLineValue: Sendable {
        /// False when the line, given as UTF-8 bytes, cannot open a value: most lines, decided without text.
        package let mightOpen: @Sendable (UnsafeBufferPointer<UInt8>) -> Bool
        /// Given a line and the one after it, the two as one line the pattern reads, or nil.
        package let join: @Sendable (_ line: String, _ next: String) -> String?

        package init(
            mightOpen: @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> Bool,
            join: @escaping @Sendable (_ line: String, _ next: String) -> String?
        ) {
            self.mightOpen = mightOpen
            self.join = join
        }
    }

    /// Whether the secret holds the rule's keyword (`ghp_`, `AKIA`, `xoxb-`…), as every secret its examples
    /// report does, instead of the keyword being context found anywhere on the line (`twilio`, `password`).
    /// Such a rule's expression starts at its keyword, which the engine finds as fast as the prefilter, so it
    /// scans the whole of a line over the scanner's length limit (a minified bundle, JSON on one line), as
    /// private keys do. Derived from the examples, so a provider rule needs no extra declaration.
    package let isAnchored: Bool

    /// Whether the rule still runs on lines over the scanner's length limit.
    package var scansLongLines: Bool { isAnchored }

    /// A rule over one line; `pattern` is a constant of this module, so a bad one is a bug caught by the tests.
    package init(
        id: String,
        name: String,
        provider: String? = nil,
        severity: SecretSeverity,
        keywords: [String],
        pattern: String,
        secretGroups: [Int] = [1],
        minimumEntropy: Double? = nil,
        minimumLength: Int = 1,
        reportsInTestCode: Bool = true,
        remediation: String? = nil,
        truePositives: [String],
        falsePositives: [String],
        nextLineValue: NextLineValue? = nil,
        refine: @escaping @Sendable (SecretCandidate) -> SecretCandidate? = { $0 }
    ) {
        self.init(
            id: id, name: name, provider: provider, severity: severity, keywords: keywords,
            matcher: .pattern(Self.compile(pattern, rule: id), secretGroups: secretGroups, refine: refine),
            minimumEntropy: minimumEntropy, minimumLength: minimumLength, reportsInTestCode: reportsInTestCode,
            remediation: remediation, truePositives: truePositives, falsePositives: falsePositives,
            nextLineValue: nextLineValue
        )
    }

    /// A rule with any matcher.
    package init(
        id: String,
        name: String,
        provider: String? = nil,
        severity: SecretSeverity,
        keywords: [String],
        matcher: Matcher,
        minimumEntropy: Double? = nil,
        minimumLength: Int = 1,
        reportsInTestCode: Bool = true,
        remediation: String? = nil,
        truePositives: [String],
        falsePositives: [String],
        nextLineValue: NextLineValue? = nil
    ) {
        self.id = id
        self.name = name
        self.provider = provider
        self.remediation = remediation
        self.severity = severity
        self.keywords = keywords
        self.matcher = matcher
        self.minimumEntropy = minimumEntropy
        self.minimumLength = minimumLength
        self.reportsInTestCode = reportsInTestCode
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.nextLineValue = nextLineValue
        self.isAnchored = Self.secretsHoldKeywords(matcher: matcher, keywords: keywords, examples: truePositives)
    }

    /// True for a private key, and for a pattern rule whose examples all report a secret holding a keyword.
    private static func secretsHoldKeywords(matcher: Matcher, keywords: [String], examples: [String]) -> Bool {
        guard case let .pattern(expression, secretGroups, refine) = matcher else { return true }
        let lowercasedKeywords = keywords.map { $0.lowercased() }.filter { !$0.isEmpty }
        guard !examples.isEmpty, !lowercasedKeywords.isEmpty else { return false }
        return examples.allSatisfy { example in
            let text = NSString(string: example)
            let results = expression.matches(in: example, range: NSRange(location: 0, length: text.length))
            let secrets = results.compactMap { result -> String? in
                guard let group = secretGroups.first(where: { result.range(at: $0).location != NSNotFound }) else { return nil }
                let range = result.range(at: group)
                return refine(SecretCandidate(value: text.substring(with: range), range: range, group: group))?.value
            }
            return !secrets.isEmpty
                && secrets.allSatisfy { secret in
                    let lower = secret.lowercased()
                    return lowercasedKeywords.contains { lower.contains($0) }
                }
        }
    }

    /// Compiles a rule's constant pattern.
    package static func compile(_ pattern: String, rule: String) -> NSRegularExpression {
        do {
            return try NSRegularExpression(pattern: pattern)
        } catch {
            preconditionFailure("secret rule \(rule) has an invalid pattern: \(error)")
        }
    }
}

/// A possible secret found by a rule's pattern, before the scanner's filters.
package struct SecretCandidate: Sendable {
    /// The secret itself.
    package var value: String
    /// Where it is in the line, in UTF-16 code units.
    package var range: NSRange
    /// The capture group it came from, so a rule can treat quoted and bare values differently.
    package var group: Int
    /// Set by `refine` for a value known to be public (a Firebase web key, a Mapbox `pk.` token): it is not
    /// reported, and no later rule reports it either.
    package var isPublic = false
    /// The line it was found in and the range of the whole match, for refinements that judge more than the
    /// secret (a gitleaks allowlist with `regexTarget = "line"` or `"match"`).
    package var line: String?
    package var match: NSRange?
    /// The rule's allowlists (by index) whose content side this candidate meets while their other side is where
    /// it was found (gitleaks' `condition = "AND"` over a regex and a path): judged after the scan, from
    /// the finding's path and commit (see `SecretPathScope.Exception.contentAllowlist`).
    package var allowlistsMet: [Int] = []

    package init(value: String, range: NSRange, group: Int, line: String? = nil, match: NSRange? = nil) {
        self.value = value
        self.range = range
        self.group = group
        self.line = line
        self.match = match
    }
}
