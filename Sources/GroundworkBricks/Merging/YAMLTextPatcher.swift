import Foundation
import Yams

/// Rewrites YAML text into a merged document by inserting lines only — new keys at the end of their
/// block mapping, new items at the end of their block sequence — so everything else, comments
/// included, stays as the user wrote it. Returns nil when the change needs more than insertions.
enum YAMLTextPatcher {
    private struct Insertion {
        /// The 0-based line after which the text goes.
        var afterLine: Int
        var depth: Int
        var text: String
    }

    static func patch(_ text: String, from original: Node, to merged: Node) -> String? {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        var insertions: [Insertion] = []
        guard collect(original, merged, lines: lines, depth: 0, into: &insertions) else { return nil }
        // Bottom-up, and at one line the outer block first, so the inner block's text lands above it.
        for insertion in insertions.sorted(by: { ($0.afterLine, -$0.depth) > ($1.afterLine, -$1.depth) }) {
            let newLines = insertion.text.components(separatedBy: "\n").filter { !$0.isEmpty }
            lines.insert(contentsOf: newLines, at: insertion.afterLine + 1)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func collect(_ original: Node, _ merged: Node, lines: [String], depth: Int, into insertions: inout [Insertion]) -> Bool {
        if let ours = original.mapping, let target = merged.mapping {
            let ourKeys = ours.keys.map { $0.scalar?.string ?? "" }
            let targetPairs = Array(target)
            guard targetPairs.count >= ourKeys.count,
                zip(ourKeys, targetPairs).allSatisfy({ $0 == ($1.key.scalar?.string ?? "") })
            else { return false }
            for (pair, targetPair) in zip(ours, targetPairs) {
                guard collect(pair.value, targetPair.value, lines: lines, depth: depth + 1, into: &insertions) else { return false }
            }
            let added = targetPairs.dropFirst(ourKeys.count)
            if added.isEmpty { return true }
            guard ours.style != .flow, let firstKey = ours.keys.first, let mark = firstKey.mark else { return false }
            let indent = mark.column - 1
            let end = blockEnd(lines: lines, startLine: mark.line - 1, indent: indent, isSequence: false)
            guard let text = try? Yams.serialize(node: .mapping(Node.Mapping(added.map { ($0.key, $0.value) })), indent: 2, width: -1, allowUnicode: true) else { return false }
            insertions.append(Insertion(afterLine: end, depth: depth, text: indented(text, by: indent)))
            return true
        }
        if let ours = original.sequence, let target = merged.sequence {
            let ourItems = Array(ours), targetItems = Array(target)
            guard targetItems.count >= ourItems.count, Array(targetItems.prefix(ourItems.count)) == ourItems else { return false }
            let added = targetItems.dropFirst(ourItems.count)
            if added.isEmpty { return true }
            guard ours.style != .flow, let mark = ours.mark, mark.line - 1 < lines.count else { return false }
            let line = Array(lines[mark.line - 1])
            guard let dash = line.indices.first(where: { $0 >= mark.column - 1 && line[$0] == "-" }) ?? line.firstIndex(of: "-") else { return false }
            let end = blockEnd(lines: lines, startLine: mark.line - 1, indent: dash, isSequence: true)
            guard let text = try? Yams.serialize(node: .sequence(Node.Sequence(Array(added))), indent: 2, width: -1, allowUnicode: true) else { return false }
            insertions.append(Insertion(afterLine: end, depth: depth, text: indented(text, by: dash)))
            return true
        }
        return original == merged
    }

    /// The last line of the block that starts at `startLine` with children at `indent`.
    private static func blockEnd(lines: [String], startLine: Int, indent: Int, isSequence: Bool) -> Int {
        var last = startLine
        var index = startLine + 1
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let leading = line.prefix { $0 == " " }.count
            if trimmed.isEmpty { index += 1; continue }
            if trimmed == "---" || trimmed == "..." { break }
            let inside =
                isSequence
                ? leading > indent || (leading == indent && trimmed.hasPrefix("-"))
                : leading >= indent
            if !inside { break }
            last = index
            index += 1
        }
        return last
    }

    private static func indented(_ text: String, by count: Int) -> String {
        let padding = String(repeating: " ", count: count)
        return text.components(separatedBy: "\n").map { $0.isEmpty ? $0 : padding + $0 }.joined(separator: "\n")
    }
}
