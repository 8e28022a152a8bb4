#if Enterprise
import Foundation

/// Imports of a Go file's own module, added where gofmt keeps them: the module's group of the
/// `import ( … )` block, in sorted order.
enum GoImports {
    /// `lines` with `"<module>/internal/<package>"` imported, the module read from an existing
    /// `"<module>/internal/…"` import; nil when the file has no import block holding one.
    static func addingInternal(_ package: String, to lines: [String]) -> [String]? {
        let trimmed = lines.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let start = trimmed.firstIndex(of: "import ("), let end = trimmed[start...].firstIndex(of: ")"),
            let internalImport = trimmed[start..<end].firstIndex(where: { $0.hasPrefix("\"") && $0.contains("/internal/") }),
            let module = trimmed[internalImport].dropFirst().components(separatedBy: "/internal/").first
        else { return nil }
        let newImport = "\"\(module)/internal/\(package)\""
        let group = (start + 1..<end).filter { trimmed[$0].hasPrefix("\"\(module)/") || trimmed[$0].hasPrefix("\"\(module)\"") }
        let position = group.first { trimmed[$0] > newImport } ?? (group.last.map { $0 + 1 } ?? end)
        var result = lines
        result.insert(String(lines[internalImport].prefix { $0 == "\t" || $0 == " " }) + newImport, at: position)
        return result
    }

    /// `lines` with the import paths `adding` imported and `removing` no longer imported, as gofmt keeps
    /// them: a standard-library path (no dot in its first element) in the group of the standard library, any
    /// other in the first group holding such paths (a group of its own after the standard library when
    /// none does), each changed group sorted. Nil when the file has no `import ( … )` block.
    static func editing(_ lines: [String], adding: [String], removing: [String] = []) -> [String]? {
        let trimmed = lines.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let start = trimmed.firstIndex(of: "import ("), let end = trimmed[start...].firstIndex(of: ")") else { return nil }
        // The groups of the block, blank-line separated; an entry keeps its alias and comment.
        var groups: [[String]] = [[]]
        for line in trimmed[(start + 1)..<end] {
            if line.isEmpty {
                if !(groups.last ?? []).isEmpty { groups.append([]) }
            } else {
                groups[groups.count - 1].append(line)
            }
        }
        groups.removeAll { $0.isEmpty }
        func path(_ entry: String) -> String {
            let parts = entry.split(separator: "\"", omittingEmptySubsequences: false)
            return parts.count > 2 ? String(parts[1]) : entry
        }
        func isStandard(_ path: String) -> Bool { !(path.split(separator: "/").first ?? "").contains(".") }
        groups = groups.map { $0.filter { !removing.contains(path($0)) } }.filter { !$0.isEmpty }
        for newPath in adding where !groups.joined().contains(where: { path($0) == newPath }) {
            let standard = isStandard(newPath)
            if let index = groups.firstIndex(where: { $0.contains { isStandard(path($0)) == standard } }) {
                groups[index].append("\"\(newPath)\"")
                groups[index].sort { path($0) < path($1) }
            } else if standard {
                groups.insert(["\"\(newPath)\""], at: 0)
            } else {
                let afterStandard = groups.first.map { $0.contains { isStandard(path($0)) } } == true ? 1 : 0
                groups.insert(["\"\(newPath)\""], at: afterStandard)
            }
        }
        let indent = String(lines[(start + 1)..<end].first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?.prefix { $0 == "\t" || $0 == " " } ?? "\t")
        let block = Array(groups.map { $0.map { indent + $0 } }.joined(separator: [""]))
        var result = lines
        result.replaceSubrange((start + 1)..<end, with: block)
        return result
    }
}
#endif
