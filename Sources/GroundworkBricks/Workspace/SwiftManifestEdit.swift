import Foundation

/// Entries `groundwork link` adds to a swift-hummingbird consumer's Package.swift: package dependencies
/// (the client's folder, its transport) and target dependencies (their products). Each goes first in its
/// `dependencies: [` list unless the list holds it already, so the edit is idempotent and keeps the rest
/// of the manifest (comments, the developer's own entries) as it was.
struct SwiftManifestEdit: Equatable {
    /// Lines of the package's `dependencies: [` list.
    var packages: [String]
    /// Lines of each target's `dependencies: [` list, by target name.
    var targets: [String: [String]]

    /// The manifest with the missing entries added, or nil when nothing was missing. `file` names the
    /// manifest in errors: a manifest whose lists cannot be found is refused with the lines to add by hand.
    func apply(to text: String, file: String) throws(BrickError) -> String? {
        var lines = text.components(separatedBy: "\n")
        var changed = false
        // Targets first: the package's list comes before them, so inserting there would move their anchors.
        for target in targets.keys.sorted() {
            guard let name = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "name: \"\(target)\"," }),
                let list = lines[name...].firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("dependencies: [") })
            else {
                throw missing("the dependencies of the target \(target)", entries: targets[target] ?? [], file: file)
            }
            changed = insert(targets[target] ?? [], after: list, in: &lines) || changed
        }
        guard let list = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("dependencies: [") }),
            lines[..<list].contains(where: { $0.contains("Package(") }),
            !lines[..<list].contains(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("targets: [") })
        else {
            throw missing("the package's dependencies", entries: packages, file: file)
        }
        changed = insert(packages, after: list, in: &lines) || changed
        return changed ? lines.joined(separator: "\n") : nil
    }

    /// Inserts the entries the list opened at `index` lacks, indented one level deeper; true when any was.
    private func insert(_ entries: [String], after index: Int, in lines: inout [String]) -> Bool {
        let opening = lines[index]
        var end = index + 1
        if !opening.trimmingCharacters(in: .whitespaces).hasSuffix("[") { return false }
        while end < lines.count, !lines[end].trimmingCharacters(in: .whitespaces).hasPrefix("]") { end += 1 }
        let present = Set(lines[(index + 1)..<end].map { $0.trimmingCharacters(in: .whitespaces) })
        let indent = String(opening.prefix { $0 == " " }) + "    "
        let missing = entries.filter { !present.contains($0) }
        lines.insert(contentsOf: missing.map { indent + $0 }, at: index + 1)
        return !missing.isEmpty
    }

    private func missing(_ what: String, entries: [String], file: String) -> BrickError {
        BrickError(.parameter, "\(what) cannot be found (a `dependencies: [` list, one entry a line); add by hand: \(entries.joined(separator: " "))", file: file)
    }
}
