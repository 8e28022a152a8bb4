/// A kind of change the contract diff recognises, with its severity and an example pair that its test runs.
package struct ContractRule: Sendable, Hashable {
    /// `subject.kind`, e.g. `request.property-added-required`.
    package let id: String
    package let severity: ChangeSeverity
    /// What the rule finds and why it matters to a consumer.
    package let summary: String
    /// A minimal old/new pair (YAML of `paths:` and optionally `components:`) that triggers the rule.
    package let example: Example

    /// The body of an example document: everything after `openapi` and `info`.
    package struct Example: Sendable, Hashable {
        package let old: String
        package let new: String
    }

    init(_ id: String, _ severity: ChangeSeverity, _ summary: String, old: String, new: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
        example = Example(old: old, new: new)
    }
}
