import Foundation

@testable import GroundworkSecrets

/// Every rule's true positives placed in realistic files: each example as written, in a file of one of nine
/// formats, and, for a rule whose secret carries its own prefix, the bare secret assigned in each format's syntax.
enum TruePositiveCorpus {
    /// A file that must hold a secret of `ruleID` on one of `lines` (an example may span several).
    struct Case: Sendable {
        let ruleID: String
        let file: CorpusFile
        let lines: ClosedRange<Int>
    }

    /// All cases, rule by rule.
    static let cases: [Case] = SecretRule.builtIn.flatMap { rule in
        rule.truePositives.enumerated().flatMap { index, example in
            var cases = [placed(example, of: rule, format: formats[(index + rule.id.count) % formats.count])]
            if let secret = anchoredSecret(in: example, of: rule) {
                cases += formats.map { assigned(secret, of: rule, format: $0) }
            }
            return cases
        }
    }

    /// A file format: where such a file sits, the lines around a secret, and how it assigns one.
    struct Format: Sendable {
        let path: String
        let before: [String]
        let after: [String]
        let assign: @Sendable (String) -> String
    }

    static let formats: [Format] = [
        Format(path: ".env", before: ["NODE_ENV=production", "PORT=8080"], after: ["LOG_LEVEL=info"]) { "SERVICE_CREDENTIAL=\($0)" },
        Format(path: "deploy/values.yaml", before: ["replicaCount: 2", "env:"], after: ["resources: {}"]) { "  credential: \"\($0)\"" },
        Format(path: "config/app.json", before: ["{", "  \"name\": \"billing\","], after: ["}"]) { "  \"credential\": \"\($0)\"," },
        Format(path: "app/settings.py", before: ["import os", "", "DEBUG = False"], after: ["", "def main():", "    pass"]) {
            "CREDENTIAL = \"\($0)\""
        },
        Format(path: "src/client.js", before: ["'use strict';", "const axios = require('axios');"], after: ["module.exports = { client };"]) {
            "const credential = '\($0)';"
        },
        Format(path: "internal/config/config.go", before: ["package config", ""], after: ["", "func Load() {}"]) { "var credential = \"\($0)\"" },
        Format(path: "src/main/java/com/acme/Config.java", before: ["package com.acme;", "public final class Config {"], after: ["}"]) {
            "    static final String CREDENTIAL = \"\($0)\";"
        },
        Format(path: "infra/main.tf", before: ["provider \"aws\" {", "  region = \"eu-west-1\""], after: ["}"]) { "  credential = \"\($0)\"" },
        Format(path: "Dockerfile", before: ["FROM node:20-alpine", "WORKDIR /app"], after: ["CMD [\"node\", \"server.js\"]"]) { "ENV CREDENTIAL=\($0)" },
    ]

    /// The example as written, among a format's lines.
    static func placed(_ example: String, of rule: SecretRule, format: Format) -> Case {
        let text = (format.before + [example] + format.after).joined(separator: "\n") + "\n"
        let first = format.before.count + 1
        let last = first + example.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        return Case(ruleID: rule.id, file: CorpusFile(path: format.path, text: text, kind: "as written"), lines: first...last)
    }

    /// The bare secret, assigned to a name that says nothing about the provider.
    static func assigned(_ secret: String, of rule: SecretRule, format: Format) -> Case {
        let text = (format.before + [format.assign(secret)] + format.after).joined(separator: "\n") + "\n"
        let line = format.before.count + 1
        return Case(ruleID: rule.id, file: CorpusFile(path: format.path, text: text, kind: "assigned"), lines: line...line)
    }

    /// The secret a rule's pattern finds in `example`, when it carries one of the rule's keywords itself (a
    /// provider prefix): such a secret is recognised whatever it is assigned to.
    static func anchoredSecret(in example: String, of rule: SecretRule) -> String? {
        guard case let .pattern(expression, groups, _) = rule.matcher else { return nil }
        for line in example.split(separator: "\n").map(String.init) {
            let range = NSRange(location: 0, length: line.utf16.count)
            guard let match = expression.firstMatch(in: line, range: range),
                let group = groups.first(where: { match.range(at: $0).location != NSNotFound })
            else { continue }
            let secret = (line as NSString).substring(with: match.range(at: group))
            let lower = secret.lowercased()
            return rule.keywords.contains(where: lower.contains) ? secret : nil
        }
        return nil
    }
}
