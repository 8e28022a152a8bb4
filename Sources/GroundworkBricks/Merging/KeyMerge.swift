/// A document tree that merges by key: mappings (ordered), sequences, and scalars.
protocol KeyedValue: Equatable {
    /// The pairs of a mapping, in order; nil for anything else.
    var entries: [(key: String, value: Self)]? { get }
    /// The items of a sequence; nil for anything else.
    var items: [Self]? { get }
    /// A mapping with `entries`, styled like `template`.
    func withEntries(_ entries: [(key: String, value: Self)]) -> Self
    /// A sequence with `items`, styled like `template`.
    func withItems(_ items: [Self]) -> Self
}

/// Key-by-key merging of JSON and YAML documents (docs/bricks.md, modes merge-json and merge-yaml).
enum KeyMerge {
    /// Merges `theirs` (a brick's render) into `ours` (the file). Without a base (apply): missing keys are
    /// added, mappings merged recursively, missing sequence items appended, and existing scalars win.
    /// With the previous render as `base` (update): what the user deleted stays deleted, what the user
    /// changed stays changed, and what only the brick changed follows the brick.
    static func merge<Value: KeyedValue>(base: Value?, ours: Value, theirs: Value) -> Value {
        if let ourEntries = ours.entries, let theirEntries = theirs.entries {
            let baseEntries = base?.entries
            var result: [(key: String, value: Value)] = []
            for (key, ourValue) in ourEntries {
                let baseValue = baseEntries.flatMap { lookup($0, key) }
                if let theirValue = lookup(theirEntries, key) {
                    result.append((key, merge(base: baseValue, ours: ourValue, theirs: theirValue)))
                } else if let baseValue, baseValue == ourValue {
                    // The brick dropped the key and the user never touched it.
                    continue
                } else {
                    result.append((key, ourValue))
                }
            }
            for (key, theirValue) in theirEntries where lookup(ourEntries, key) == nil {
                // A key the previous render had and the file lacks was deleted by the user: it stays deleted.
                if let baseEntries, lookup(baseEntries, key) != nil { continue }
                result.append((key, theirValue))
            }
            return ours.withEntries(result)
        }
        if let ourItems = ours.items, let theirItems = theirs.items {
            let baseItems = base?.items ?? []
            var result = ourItems.filter { item in
                // Items the brick dropped go, unless they were the user's before the brick had them.
                !(baseItems.contains(item) && !theirItems.contains(item))
            }
            for item in theirItems where !result.contains(item) && !baseItems.contains(item) {
                result.append(item)
            }
            return ours.withItems(result)
        }
        // Scalars, or a value whose shape changed: the file wins unless only the brick changed it.
        if let base, base == ours { return theirs }
        return ours
    }

    private static func lookup<Value>(_ entries: [(key: String, value: Value)], _ key: String) -> Value? {
        entries.first { $0.key == key }?.value
    }
}
