import GroundworkAuditModel

/// A changelog records what changed in each release.
struct ChangelogPresentCheck: Check {
    let id = "docs.changelog"
    let title = "A changelog records what changed in each release"
    let severity = Severity.low
    let rationale = "A changelog tells users and the client what a release brings and what may break, without reading commits; it is also where a maintainer notices that a release is a breaking one."
    let fixedBy = ["community"]
    let effortHours = 1.0

    /// Names a changelog goes by.
    static let baseNames = ["changelog", "changes", "history", "news", "releases"]

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        // Changesets keep pending entries in .changeset/ and write CHANGELOG.md at release time.
        if context.snapshot.contains(".changeset/config.json"), !context.configuration.isExcluded(".changeset/config.json") { return .passed }
        guard TextCommunityFiles.find(Self.baseNames, in: context) != nil else {
            // A monorepo that releases its packages one by one keeps a changelog in each (pinia, Babel, Lerna's layout).
            if context.stack.monorepo != nil, Self.packageChangelog(context) != nil { return .passed }
            return .failed([Evidence("no CHANGELOG, CHANGES, HISTORY, NEWS or RELEASES file in \(TextCommunityFiles.placesDescription)")])
        }
        return TextCommunityFiles.presence(of: Self.baseNames, called: "changelog", in: context)
    }

    /// The first non-empty changelog at the top of a workspace member's directory.
    static func packageChangelog(_ context: AuditContext) -> SnapshotFile? {
        let directories = Set(context.stack.packages.map(\.path).filter { !$0.isEmpty })
        return context.includedFiles.first { file in
            directories.contains(String(TextPaths.directory(file.path)))
                && baseNames.contains { TextCommunityFiles.matches(String(TextPaths.name(file.path)), base: $0) }
                && file.size > 0
        }
    }

    var examples: [CheckExample] {
        [
            CheckExample("CHANGELOG.md", .pass, files: ["CHANGELOG.md": "# Changelog\n\n## 1.2.0\n- Orders can be cancelled.\n"]),
            CheckExample("HISTORY.rst", .pass, files: ["HISTORY.rst": "History\n=======\n\n0.3 (2024-05-01)\n- Python 3.12 support.\n"]),
            CheckExample("changesets", .pass, files: [".changeset/config.json": "{ \"baseBranch\": \"main\" }\n", "package.json": ContentExampleTexts.packageJSON]),
            CheckExample(
                "a changelog per package of a monorepo", .pass,
                files: [
                    "package.json": "{\"private\": true, \"workspaces\": [\"packages/*\"]}\n",
                    "packages/core/package.json": "{\"name\": \"@acme/core\", \"main\": \"index.js\"}\n",
                    "packages/core/index.js": "module.exports = {}\n",
                    "packages/core/CHANGELOG.md": "# Changelog\n\n## 2.1.0\n- Stores can be reset.\n",
                ]),
            CheckExample("no changelog", .fail, files: ["README.md": ContentExampleTexts.readme]),
        ]
    }
}
