#if Enterprise
import Yams

/// A Kubernetes label selector with its documented semantics: every `matchLabels` pair AND every
/// `matchExpressions` requirement must hold; an empty selector selects everything.
///
/// (Some linters match only `matchLabels`, or treat the two lists as alternatives; a PDB whose expressions
/// exclude the pods then counts as covering them. This type is what `scale.pdb-missing` trusts instead.)
package struct LabelSelector: Sendable, Hashable {
    /// One `matchExpressions` entry.
    package struct Requirement: Sendable, Hashable {
        package var key: String
        /// `In`, `NotIn`, `Exists`, `DoesNotExist`.
        package var operation: String
        package var values: [String]
    }

    package var labels: [String: String]
    package var requirements: [Requirement]

    package init(labels: [String: String] = [:], requirements: [Requirement] = []) {
        self.labels = labels
        self.requirements = requirements
    }

    /// Reads `selector:` (nil when absent or not a mapping).
    package init?(_ node: Node?) {
        guard let node, node.mapping != nil else { return nil }
        var labels: [String: String] = [:]
        for (key, value) in node["matchLabels"]?.mapping ?? [:] {
            if let key = key.string, let value = value.string { labels[key] = value }
        }
        var requirements: [Requirement] = []
        for item in node["matchExpressions"]?.sequence ?? [] {
            guard let key = item["key"]?.string, let operation = item["operator"]?.string else { continue }
            requirements.append(Requirement(key: key, operation: operation, values: (item["values"]?.sequence ?? []).compactMap(\.string)))
        }
        self.init(labels: labels, requirements: requirements)
    }

    /// True when the pods labelled `podLabels` are selected.
    package func matches(_ podLabels: [String: String]) -> Bool {
        labels.allSatisfy { podLabels[$0.key] == $0.value }
            && requirements.allSatisfy { requirement in
                let value = podLabels[requirement.key]
                switch requirement.operation {
                case "In": return value.map(requirement.values.contains) ?? false
                case "NotIn": return value.map { !requirement.values.contains($0) } ?? true
                case "Exists": return value != nil
                case "DoesNotExist": return value == nil
                default: return false
                }
            }
    }
}
#endif
