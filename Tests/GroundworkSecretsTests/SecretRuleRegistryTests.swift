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

    @Test("the generic rule runs last, after every rule that knows a secret by its shape")
    func genericRuleRunsLast() {
        #expect(SecretRule.builtIn.last?.id == "generic-assignment")
    }
}
