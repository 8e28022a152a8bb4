import GroundworkAuditModel

/// Finds community health files where GitHub looks for them (`.github/`, the root, `docs/`), any case, any extension.
enum TextCommunityFiles {
    /// GitHub's order of precedence when a repository has the file in several places.
    static let directories = [".github", "", "docs"]

    /// The folders in words, for evidence.
    static let placesDescription = "the root, .github/ or docs/"

    /// True when `name` is `base` or `base.<extension>`, without case (`contributing.rst` for `CONTRIBUTING`).
    static func matches(_ name: String, base: String) -> Bool {
        let name = name.lowercased(), base = base.lowercased()
        return name == base || (name.hasPrefix(base + ".") && name.count > base.count + 1)
    }

    /// Files and symlinks at the root or one folder down that `.groundwork.yaml` does not exclude:
    /// the only places community files live, found without touching the deep tree.
    static func shallowFiles(_ context: AuditContext) -> [SnapshotFile] {
        context.snapshot.files.filter { file in
            (file.kind == .file || file.kind == .executable || file.kind == .symlink)
                && TextPaths.isShallow(file.path, depth: 1)
                && !context.configuration.isExcluded(file.path)
        }
    }

    /// The first file named after one of `bases` in GitHub's order of folders, leaving out excluded paths.
    static func find(_ bases: [String], in context: AuditContext) -> SnapshotFile? {
        let shallow = shallowFiles(context)
        for directory in directories {
            let candidates = shallow.filter { file in
                TextPaths.directory(file.path).lowercased() == directory
                    && bases.contains { matches(String(TextPaths.name(file.path)), base: $0) }
            }
            // Within one folder, the earlier base name wins (CHANGELOG before HISTORY).
            for base in bases {
                if let match = candidates.first(where: { matches(String(TextPaths.name($0.path)), base: base) }) { return match }
            }
        }
        return nil
    }

    /// Passes when one of `bases` exists and says something; fails naming what is missing or empty.
    static func presence(of bases: [String], called label: String, in context: AuditContext) -> CheckOutcome {
        guard let file = find(bases, in: context) else {
            return .failed([Evidence("no \(label) in \(placesDescription)")])
        }
        let text = TextContent.text(of: file, in: context.snapshot)
        guard let text else {
            return .failed([Evidence("\(file.path) cannot be read as UTF-8 text", path: file.path)])
        }
        guard text.contains(where: { !$0.isWhitespace }) else {
            return .failed([Evidence("\(file.path) is empty", path: file.path, line: 1)])
        }
        return .passed
    }
}
