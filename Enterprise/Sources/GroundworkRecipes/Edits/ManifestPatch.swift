#if Enterprise
import Foundation
import GroundworkBricks
import Yams

/// Line edits of a manifest's text that keep every other line — comments, order, indentation — as
/// written: keys inserted at the end of a block mapping, scalar lines replaced or removed, documents
/// appended. Edits are collected, then applied from the bottom up so earlier line numbers stay valid.
struct ManifestPatch {
    /// The text's lines.
    private(set) var lines: [String]
    private var insertions: [(after: Int, lines: [String])] = []
    private var replacements: [Int: String?] = [:]
    private var appended: [String] = []
    /// What could not be done, for the plan's notes.
    var notes: [String] = []

    init(_ text: String) { lines = text.components(separatedBy: "\n") }

    /// True when nothing was changed.
    var isEmpty: Bool { insertions.isEmpty && replacements.isEmpty && appended.isEmpty }

    /// The block mapping `node` as (0-based line of its first key, the keys' column), or nil when it is
    /// written in flow style (`{a: 1}`) and cannot be extended line by line.
    func block(_ node: Node?) -> (line: Int, column: Int)? {
        guard let mark = node?.mapping?.keys.first?.mark else { return nil }
        let line = mark.line - 1, column = mark.column - 1
        guard line < lines.count, KubernetesProbesEdit.isBlockItem(lines[line], keyColumn: column) else { return nil }
        return (line, column)
    }

    /// Adds `keyLines` (already indented relative to the mapping's keys) at the end of the block mapping `node`.
    mutating func append(_ keyLines: [String], to node: Node?, what: String, path: String) -> Bool {
        guard let position = block(node) else {
            notes.append("\(path):\((node?.mark?.line).map(String.init) ?? "?"): \(what) is written in flow style; add it by hand")
            return false
        }
        let last = KubernetesProbesEdit.lastLine(of: position.line, keyColumn: position.column, in: lines)
        insertions.append((last, keyLines.map { String(repeating: " ", count: position.column) + $0 }))
        return true
    }

    /// Adds an item (`itemLines`, the first one after the item's `- `) at the end of the block sequence `node`.
    mutating func appendItem(_ itemLines: [String], to node: Node?, what: String, path: String) -> Bool {
        guard let first = node?.sequence?.first, let position = block(first) ?? scalarItem(first) else {
            notes.append("\(path):\((node?.mark?.line).map(String.init) ?? "?"): \(what) is written in flow style; add it by hand")
            return false
        }
        let dash = position.column - 2
        let last = lastItemLine(from: position.line, dash: dash)
        let indent = String(repeating: " ", count: dash)
        insertions.append((last, itemLines.enumerated().map { indent + ($0.offset == 0 ? "- " : "  ") + $0.element }))
        return true
    }

    /// The 0-based index of the last line of the block sequence whose first item starts at `first`, its
    /// dashes at column `dash`: deeper lines belong to an item; a line at the dashes' column belongs to
    /// the sequence only when it starts another item (a sequence may sit at its key's own indentation).
    private func lastItemLine(from first: Int, dash: Int) -> Int {
        var last = first
        for index in (first + 1)..<max(first + 1, lines.count) {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("---") || line.hasPrefix("...") { break }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let indent = line.prefix { $0 == " " }.count
            if indent < dash || (indent == dash && !trimmed.hasPrefix("- ")) { break }
            last = index
        }
        return last
    }

    /// The line and column of a block sequence's scalar item (`- value`).
    private func scalarItem(_ node: Node) -> (line: Int, column: Int)? {
        guard let mark = node.mark, node.scalar != nil, mark.line - 1 < lines.count else { return nil }
        let line = lines[mark.line - 1]
        return line.dropFirst(max(0, mark.column - 3)).hasPrefix("- ") ? (mark.line - 1, mark.column - 1) : nil
    }

    /// Replaces the scalar value of `key` in the block mapping `node` (the key's own line).
    mutating func replaceValue(of key: String, in node: Node?, with value: String) -> Bool {
        guard let keyNode = node?.mapping?.keys.first(where: { $0.string == key }), let mark = keyNode.mark,
            node?[key]?.scalar != nil
        else { return false }
        let line = mark.line - 1
        guard line < lines.count else { return false }
        replacements[line] = String(repeating: " ", count: mark.column - 1) + "\(key): \(value)"
        return true
    }

    /// Removes the line of `key: scalar` in the block mapping `node`.
    mutating func remove(_ key: String, in node: Node?) -> Bool {
        guard let keyNode = node?.mapping?.keys.first(where: { $0.string == key }), let mark = keyNode.mark,
            node?[key]?.scalar != nil, mark.line - 1 < lines.count,
            lines[mark.line - 1].trimmingCharacters(in: .whitespaces).hasPrefix("\(key):")
        else { return false }
        replacements[mark.line - 1] = .some(nil)
        return true
    }

    /// Adds a document after the last one.
    mutating func appendDocument(_ text: String) { appended.append(text) }

    /// The patched text.
    var text: String {
        var result = lines
        for (line, replacement) in replacements.sorted(by: { $0.key > $1.key }) {
            if let replacement { result[line] = replacement } else { result.remove(at: line) }
        }
        // Insertion points were computed on the original lines; a removed line above one shifts it up.
        let removed = replacements.filter { $0.value == nil }.map(\.key)
        // Bottom up. At the same line (blocks that end together: a pod spec is the last key of the Deployment's
        // spec), the keys of the deeper block must end up above the shallower one's, or they would read as its
        // continuation; at one depth, the earlier insertion ends up above the later. The last inserted lands on top.
        func indent(_ lines: [String]) -> Int { lines.first?.prefix { $0 == " " }.count ?? 0 }
        let ordered = insertions.enumerated().sorted { a, b in
            if a.element.after != b.element.after { return a.element.after > b.element.after }
            let (depthA, depthB) = (indent(a.element.lines), indent(b.element.lines))
            if depthA != depthB { return depthA < depthB }
            return a.offset > b.offset
        }.map(\.element)
        for insertion in ordered {
            let shift = removed.filter { $0 <= insertion.after }.count
            result.insert(contentsOf: insertion.lines, at: insertion.after + 1 - shift)
        }
        var text = result.joined(separator: "\n")
        for document in appended {
            if !text.hasSuffix("\n") { text += "\n" }
            text += "---\n" + document
        }
        return text
    }
}
#endif
