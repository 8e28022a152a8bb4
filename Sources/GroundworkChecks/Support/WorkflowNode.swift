import Yams

/// A node of a parsed workflow, with the lookups workflow checks need and the line it starts on.
///
/// Keys are compared by their text, so `on:` is found although YAML 1.1 resolves it to `true`.
struct WorkflowNode {
    /// The Yams node (aliases already resolved by the composer).
    let node: Node

    init(_ node: Node) { self.node = node }

    /// The 1-based line where the node starts (the indicator line for `|` and `>` block scalars).
    var line: Int? { node.mark?.line }

    /// The text of a scalar, nil for a mapping or a sequence.
    var text: String? { node.scalar?.string }

    /// True for a mapping.
    var isMapping: Bool { node.mapping != nil }

    /// A mapping's entries in order, with each key's text and line; empty for other nodes.
    var entries: [(key: String, keyLine: Int?, value: WorkflowNode)] {
        guard let mapping = node.mapping else { return [] }
        return mapping.compactMap { pair in
            guard let key = pair.key.scalar?.string else { return nil }
            return (key, pair.key.mark?.line, WorkflowNode(pair.value))
        }
    }

    /// The value under `key` in a mapping.
    subscript(key: String) -> WorkflowNode? {
        entries.first { $0.key == key }?.value
    }

    /// The line of `key` itself in a mapping.
    func keyLine(_ key: String) -> Int? {
        entries.first { $0.key == key }?.keyLine
    }

    /// A sequence's items; empty for other nodes.
    var items: [WorkflowNode] {
        node.sequence.map { $0.map(WorkflowNode.init) } ?? []
    }
}
