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
}
#endif
