import Foundation
import GroundworkFormats
import Yams

extension Node: KeyedValue {
    var entries: [(key: String, value: Node)]? {
        guard let mapping else { return nil }
        return mapping.map { (key: $0.key.scalar?.string ?? "\($0.key)", value: $0.value) }
    }

    var items: [Node]? {
        guard let sequence else { return nil }
        return Array(sequence)
    }

    func withEntries(_ entries: [(key: String, value: Node)]) -> Node {
        let original = mapping
        let keys: [Node] = entries.map { entry in
            original?.keys.first { $0.scalar?.string == entry.key } ?? Node(entry.key)
        }
        return .mapping(Node.Mapping(zip(keys, entries.map(\.value)).map { ($0, $1) }, original?.tag ?? .implicit, original?.style ?? .any, original?.mark))
    }

    func withItems(_ items: [Node]) -> Node {
        let original = sequence
        return .sequence(Node.Sequence(items, original?.tag ?? .implicit, original?.style ?? .any, original?.mark))
    }
}

/// merge-yaml: a brick's YAML mapping merged by key into a file, keeping the file's text (and its
/// comments) where the merge only adds keys or list items, and re-writing it otherwise.
enum YAMLMerge {
    /// Merges `theirs` into `ours` (nil: the file is absent), with the previous render as `base` on update.
    static func merge(base: String?, ours: String?, theirs: String, path: String) throws(BrickError) -> String {
        guard let theirNode = try ManifestReader.compose(theirs, file: path, code: .template) else { return ours ?? theirs }
        guard theirNode.mapping != nil else {
            throw BrickError(.template, "merge-yaml: the rendered template is not a YAML mapping; merge-yaml merges mappings", file: path)
        }
        guard let ours, !ours.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return theirs }
        let ourNode: Node?
        do {
            // The repository's file is untrusted input: the strict reader's size, nesting and alias limits apply.
            ourNode = try StrictYAMLReader(file: path).read(ours)?.node
        } catch {
            throw BrickError(.merge, "merge-yaml: \(error.problem), so the brick's keys cannot be merged into it; fix it or remove it", file: path, line: error.line)
        }
        // A file of comments only: the render goes after them.
        guard let ourNode else { return ours + (ours.hasSuffix("\n") ? "" : "\n") + theirs }
        guard ourNode.mapping != nil else {
            throw BrickError(.merge, "merge-yaml: the file's top level is not a mapping, so the brick's keys cannot be merged into it", file: path, line: ourNode.mark?.line)
        }
        let baseNode = base.flatMap { try? Yams.compose(yaml: $0) }
        let merged = KeyMerge.merge(base: baseNode, ours: ourNode, theirs: theirNode)
        if merged == ourNode { return ours }
        if let patched = YAMLTextPatcher.patch(ours, from: ourNode, to: merged), (try? Yams.compose(yaml: patched)) == merged {
            return patched
        }
        do {
            return try Yams.serialize(node: merged, indent: 2, width: -1, allowUnicode: true)
        } catch {
            throw BrickError(.merge, "merge-yaml: could not write the merged YAML: \(error)", file: path)
        }
    }
}
