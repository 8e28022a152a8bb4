import Foundation
import Testing

@testable import GroundworkSecrets

/// Keeps the list of built-in rules honest.
struct SecretRuleRegistryTests {
    @Test("the rules the audit promises are all built in")
    func promisedRulesExist() {
        let ids = Set(SecretRule.builtIn.map(\.id))
        let promised: Set = [
            "aws-access-key-id", "aws-secret-access-key", "github-token", "gitlab-token", "slack-token",
            "slack-webhook", "stripe-live-key", "google-api-key", "twilio-api-key", "sendgrid-api-key",
            "npm-token", "private-key", "jwt", "generic-assignment",
        ]
        #expect(promised.isSubset(of: ids), "missing: \(promised.subtracting(ids))")
    }

    @Test("ids are unique lowercase words joined by hyphens")
    func idsAreUniqueAndWellFormed() {
        let ids = SecretRule.builtIn.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }, "\(id)")
        }
    }

    @Test("keywords are non-empty lowercase ASCII", arguments: SecretRule.builtIn.map(\.id))
    func keywordsAreLowercaseASCII(ruleID: String) throws {
        let rule = try #require(SecretRule.builtIn.first { $0.id == ruleID })
        #expect(!rule.keywords.isEmpty)
        for keyword in rule.keywords {
            #expect(!keyword.isEmpty && keyword.allSatisfy(\.isASCII) && keyword == keyword.lowercased(), "\(keyword)")
        }
    }

    @Test("at least 150 rules, and every provider rule says where to rotate its secret")
    func breadthAndRemediation() {
        #expect(SecretRule.builtIn.count >= 150)
        for rule in SecretRule.builtIn where rule.provider != nil {
            #expect(rule.remediation?.hasPrefix("https://") == true, "\(rule.id) has no https rotation link")
        }
    }

    /// A rule written in its own file under Rules/ but left out of the lists would silently never run.
    @Test("every rule defined under Sources/GroundworkSecrets/Rules is registered")
    func everyRuleFileIsRegistered() throws {
        let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/GroundworkSecrets/Rules")
        let files = try #require(FileManager.default.enumerator(at: rules, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        let idPattern = try NSRegularExpression(pattern: #"^\s+id: "([a-z0-9\-]+)",$"#, options: .anchorsMatchLines)
        var defined: Set<String> = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in idPattern.matches(in: text, range: NSRange(location: 0, length: text.utf16.count)) {
                defined.insert((text as NSString).substring(with: match.range(at: 1)))
            }
        }
        #expect(defined.count >= 150)
        #expect(defined.subtracting(SecretRule.builtIn.map(\.id)).isEmpty, "not registered: \(defined.subtracting(SecretRule.builtIn.map(\.id)))")
    }

    @Test("the generic rule runs last, after every rule that knows a secret by its shape")
    func genericRuleRunsLast() {
        #expect(SecretRule.builtIn.last?.id == "generic-assignment")
    }
}
