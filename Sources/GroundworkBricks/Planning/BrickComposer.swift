/// Chooses and orders the bricks of a run: the ones asked for plus what they require, requirements
/// first, with clear errors for unknown ids, cycles and conflicts.
package enum BrickComposer {
    /// The bricks to apply, in order. `alreadyApplied` (from the lock file) satisfies requirements and
    /// is checked for conflicts too.
    package static func order(_ requested: [String], library: BrickLibrary, alreadyApplied: Set<String> = []) throws(BrickError) -> [Brick] {
        guard !requested.isEmpty else { throw BrickError(.composition, "no brick given; name at least one (groundwork bricks list shows them)") }
        var ordered: [Brick] = []
        var done = Set<String>()
        var visiting: [String] = []

        func visit(_ id: String, requiredBy: String?) throws(BrickError) {
            if done.contains(id) { return }
            if let start = visiting.firstIndex(of: id) {
                let cycle = visiting[start...] + [id]
                throw BrickError(.composition, "bricks require each other in a cycle: \(cycle.joined(separator: " → ")); remove one of these requirements")
            }
            guard let brick = library.brick(id) else {
                if let requiredBy {
                    throw BrickError(
                        .composition, "\(requiredBy) requires \(id), which is not available; add a source that has it with --bricks", file: library.brick(requiredBy)?.manifest.manifestPath)
                }
                _ = try library.require(id)
                return
            }
            visiting.append(id)
            for requirement in brick.manifest.requires where !alreadyApplied.contains(requirement) || requested.contains(requirement) {
                try visit(requirement, requiredBy: id)
            }
            visiting.removeLast()
            done.insert(id)
            ordered.append(brick)
        }

        var seen = Set<String>()
        for id in requested where seen.insert(id).inserted { try visit(id, requiredBy: nil) }
        try checkConflicts(ordered, alreadyApplied: alreadyApplied, library: library)
        return ordered
    }

    /// Refuses a run in which one brick names another (in the run or already applied) in `conflicts`.
    static func checkConflicts(_ bricks: [Brick], alreadyApplied: Set<String>, library: BrickLibrary) throws(BrickError) {
        let inRun = Set(bricks.map(\.id))
        let present = inRun.union(alreadyApplied)
        for brick in bricks {
            if let other = brick.manifest.conflicts.first(where: { present.contains($0) }) {
                let where_ = inRun.contains(other) ? "in the same run" : "already applied (in .groundwork/lock.yaml)"
                throw BrickError(.composition, "\(brick.id) conflicts with \(other), which is \(where_); apply only one of them", file: brick.manifest.manifestPath)
            }
        }
        // A brick applied earlier may name one of the new bricks in its own conflicts.
        for id in alreadyApplied.subtracting(inRun).sorted() {
            guard let applied = library.brick(id), let other = applied.manifest.conflicts.first(where: { inRun.contains($0) }) else { continue }
            throw BrickError(.composition, "\(other) conflicts with \(id), which is already applied (in .groundwork/lock.yaml); apply only one of them", file: applied.manifest.manifestPath)
        }
    }
}
