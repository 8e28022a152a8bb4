import Foundation
import Testing

@testable import GroundworkSecrets

/// Every rule's examples, run for every built-in rule: they are the rule's documentation and its tests.
struct SecretRuleExampleTests {
    static let scanner = SecretScanner()

    static func rule(_ id: String) throws -> SecretRule {
        try #require(SecretRule.builtIn.first { $0.id == id })
    }

    @Test("true positives are reported by their rule", arguments: SecretRule.builtIn.map(\.id))
    func truePositivesAreReported(ruleID: String) throws {
        let rule = try Self.rule(ruleID)
        #expect(!rule.truePositives.isEmpty)
        for example in rule.truePositives {
            let found = Self.scanner.scan(text: example).map(\.ruleID)
            #expect(found.contains(rule.id), "\(rule.id) should report: \(example) (found \(found))")
        }
    }

    @Test("false positives are reported by no rule", arguments: SecretRule.builtIn.map(\.id))
    func falsePositivesAreNotReported(ruleID: String) throws {
        let rule = try Self.rule(ruleID)
        #expect(!rule.falsePositives.isEmpty)
        for example in rule.falsePositives {
            let found = Self.scanner.scan(text: example)
            #expect(found.isEmpty, "nothing should be reported in: \(example) (found \(found))")
        }
    }

    @Test(
        "a rule alone reports its true positives, so the examples do not lean on rule order",
        arguments: SecretRule.builtIn.map(\.id))
    func ruleAloneReportsItsTruePositives(ruleID: String) throws {
        let rule = try Self.rule(ruleID)
        let alone = SecretScanner(rules: [rule])
        for example in rule.truePositives {
            #expect(alone.scan(text: example).contains { $0.ruleID == rule.id }, "\(example)")
        }
    }

    /// The prefilter may only say "no" when no rule could match: any line a rule's pattern matches must contain
    /// one of that rule's keywords, or the history walk would skip real secrets.
    @Test("every pattern match contains one of the rule's keywords", arguments: SecretRule.builtIn.map(\.id))
    func patternMatchesImplyKeywords(ruleID: String) throws {
        let rule = try Self.rule(ruleID)
        let prefilter = SecretScanner(rules: [rule])
        let lines = SecretRule.builtIn.flatMap { $0.truePositives + $0.falsePositives }
            .flatMap { $0.split(separator: "\n").map { String($0) } }
        for line in lines where Self.patternMatches(rule, line) {
            let passes = prefilter.mightContainSecret(line.utf8)
            #expect(passes, "\(rule.id) matches a line without its keywords: \(line)")
        }
    }

    /// The same promise on random lines assembled from the pieces rules look for, to reach the corners that
    /// hand-written examples miss (a name ending in `auth` followed by every possible character, say).
    @Test("on random lines, every pattern match contains one of the rule's keywords")
    func patternMatchesImplyKeywordsOnRandomLines() {
        let pieces = [
            "auth", "Auth", "token", "Pass", "secret", "pass", "word", "wd", "phrase", "api", "access", "key", "base", "code",
            "value", "_", ".", "-", "=", ":", "=>", "?=", ",", "\"", "'", "`", "]", " ", "\t", "0", "7", "42", "ghp_",
            "github_pat_", "glpat-", "xoxb-", "123456789-", "AKIA", "ASIA", "A3TX", "AIza", "SG.", "npm_", "sk_live_",
            "eyJ", "hooks.slack.com/services/", "https://", "twilio", "SK", "AC", "PRIVATE KEY", "-----BEGIN ",
            "-----", "Q3ZT7WXN5RLB2HKM", "aB3dE5gH7jK9mN2p", "f00dfeedcafe1234", "x9Y8z7W6", "/", "+", "(", "$",
        ]
        var generator = SplitMix64(seed: 2024)
        let lines = (0..<4_000).map { _ in
            (0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }
                .joined()
        }
        for rule in SecretRule.builtIn {
            let prefilter = SecretScanner(rules: [rule])
            for line in lines where Self.patternMatches(rule, line) {
                let passes = prefilter.mightContainSecret(line.utf8)
                #expect(passes, "\(rule.id) matches a line without its keywords: \(line)")
            }
        }
    }

    @Test("the scanner finds nothing in a line the prefilter rejects")
    func prefilterAgreesWithScanner() {
        let lines = SecretRule.builtIn.flatMap { $0.truePositives + $0.falsePositives }
            .flatMap { $0.split(separator: "\n").map { String($0) } }
        for line in lines where !Self.scanner.mightContainSecret(line.utf8) {
            #expect(Self.scanner.scan(lines: [(1, line)]).isEmpty, "\(line)")
        }
        for example in SecretRule.builtIn.flatMap(\.truePositives) {
            let passes = Self.scanner.mightContainSecret(example.utf8)
            let passesUppercased = Self.scanner.mightContainSecret(Data(example.uppercased().utf8))
            #expect(passes && passesUppercased, "\(example)")
        }
    }

    private static func patternMatches(_ rule: SecretRule, _ line: String) -> Bool {
        let range = NSRange(location: 0, length: line.utf16.count)
        switch rule.matcher {
        case let .pattern(expression, _, _): return expression.firstMatch(in: line, range: range) != nil
        case let .pemBlock(begin): return begin.firstMatch(in: line, range: range) != nil
        case let .document(anchor, _): return anchor.firstMatch(in: line, range: range) != nil
        }
    }
}
