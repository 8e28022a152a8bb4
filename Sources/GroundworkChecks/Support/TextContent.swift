import Foundation
import GroundworkAuditModel

/// Reads a file's text, following a symlink that stays inside the repository (a README linked to docs/).
enum TextContent {
    /// The text of `file`, or of the file its symlink points at; nil when binary, not UTF-8, too large or outside.
    static func text(of file: SnapshotFile, in snapshot: RepoSnapshot) -> String? {
        guard file.kind == .symlink else { return snapshot.text(file) }
        guard let data = snapshot.data(file), let target = String(data: data, encoding: .utf8),
            let resolved = resolve(target, from: file.directory),
            let linked = snapshot.file(at: resolved), linked.kind != .symlink
        else { return nil }
        return snapshot.text(linked)
    }

    /// `target` relative to `directory`, normalised; nil when absolute or climbing out of the repository.
    static func resolve(_ target: String, from directory: String) -> String? {
        guard !target.hasPrefix("/") else { return nil }
        var parts = directory.split(separator: "/").map(String.init)
        for part in target.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
}
