/// How a change affects the consumers of a contract.
package enum ChangeSeverity: String, Sendable, Codable, CaseIterable, Comparable {
    /// A consumer written against the old contract can fail against the new one.
    case breaking
    /// Consumers keep working; new capabilities may appear.
    case nonBreaking = "non-breaking"
    /// Worth knowing (documentation, deprecation, version), no effect on consumers.
    case info

    package static func < (lhs: ChangeSeverity, rhs: ChangeSeverity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One difference between two contracts, classified by the rule that found it.
package struct ContractChange: Sendable, Hashable, Codable {
    /// The rule's id (`response.property-removed`), see `ContractRules`.
    package let rule: String
    package let severity: ChangeSeverity
    /// Where, as a JSON path into the documents (`$.paths./orders.get.responses.200…properties.total`).
    package let path: String
    /// The operation it concerns (`GET /orders`), when it concerns one.
    package let operation: String?
    /// One sentence saying what changed.
    package let message: String

    package init(rule: ContractRule, path: String, operation: String?, message: String) {
        self.rule = rule.id
        severity = rule.severity
        self.path = path
        self.operation = operation
        self.message = message
    }
}
