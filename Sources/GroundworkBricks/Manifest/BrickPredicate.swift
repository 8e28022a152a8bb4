/// A `when:` condition over the facts: every listed fact must have one of its accepted values,
/// one of the `any:` alternatives must hold, and the `not:` condition must not.
package struct BrickPredicate: Sendable, Hashable {
    /// A fact and the values it may take (`ecosystem: [node, python]`).
    package struct Requirement: Sendable, Hashable {
        package var fact: String
        package var accepted: [String]
    }

    package var requirements: [Requirement] = []
    /// Alternatives, one of which must hold (none: no constraint).
    package var any: [BrickPredicate] = []
    /// A condition that must not hold.
    package var not: [BrickPredicate] = []

    package init(requirements: [Requirement] = [], any: [BrickPredicate] = [], not: [BrickPredicate] = []) {
        self.requirements = requirements
        self.any = any
        self.not = not
    }

    /// The facts a predicate may name (besides `params.<name>` in file and task conditions).
    package static let factNames: [String] =
        [
            "ecosystem", "package_manager", "build_tool", "framework", "is_service", "typescript", "compiled", "ci",
            "monorepo", "license", "has_dockerfile", "package_has_dockerfile", "has_github_actions",
        ] + BrickFacts.ecosystemFlags.map(\.flag) + BrickFacts.toolFlags.map(\.flag)

    /// True when the facts satisfy the predicate. A fact holds several values (`framework` lists every
    /// framework of the primary package); it matches when any of them is accepted. A fact with no
    /// value matches `none`.
    package func holds(_ facts: PredicateFacts) -> Bool {
        for requirement in requirements {
            let values = facts.values(requirement.fact)
            let accepted = Set(requirement.accepted.map(Self.normalised))
            let matches =
                values.isEmpty
                ? accepted.contains("none") || accepted.contains("")
                : values.contains { accepted.contains(Self.normalised($0)) }
            if !matches { return false }
        }
        if !any.isEmpty, !any.contains(where: { $0.holds(facts) }) { return false }
        return !not.contains { $0.holds(facts) }
    }

    /// Case-insensitive, and YAML's spellings of booleans folded onto `true`/`false`.
    static func normalised(_ value: String) -> String {
        switch value.lowercased() {
        case "true", "yes", "on": "true"
        case "false", "no", "off": "false"
        case let other: other
        }
    }
}

/// The values predicates are matched against, by fact name.
package struct PredicateFacts: Sendable {
    package var facts: [String: [String]]

    package init(_ facts: [String: [String]]) { self.facts = facts }

    /// The fact's values; empty when it is unknown or has none.
    package func values(_ name: String) -> [String] { facts[name] ?? [] }

    /// The same facts plus the brick's parameters as `params.<name>`.
    package func adding(parameters: [String: ParameterValue]) -> PredicateFacts {
        var copy = self
        for (name, value) in parameters { copy.facts["params." + name] = value.predicateValues }
        return copy
    }
}
