/// docs/contract-rules.md, generated from `ContractRules.all` (a test fails when the file is stale).
package enum ContractRuleCatalog {
    package static func markdown() -> String {
        var out = """
            # Contract diff rules

            Generated from `ContractRules.all` (Sources/GroundworkContracts/Diff/ContractRules.swift); do not edit.
            Regenerate with `GROUNDWORK_RECORD_DOCS=1 swift test --filter ContractRuleCatalogTests`.
            `groundwork contract diff` exits 1 when any **breaking** change is found. Each rule's example pair is
            its test (Tests/GroundworkContractsTests/ContractRuleExampleTests.swift).

            | rule | severity | what it finds |
            |---|---|---|

            """
        for rule in ContractRules.all {
            out += "| `\(rule.id)` | \(rule.severity.rawValue) | \(rule.summary) |\n"
        }
        out += "\n\(ContractRules.all.count) rules: "
        out +=
            ChangeSeverity.allCases.map { severity in
                "\(ContractRules.all.filter { $0.severity == severity }.count) \(severity.rawValue)"
            }.joined(separator: ", ") + ".\n"
        return out
    }
}
