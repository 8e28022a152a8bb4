/// How a brick owns a file it writes (see docs/bricks.md, "File modes").
package enum BrickFileMode: String, Sendable, Codable, CaseIterable {
    /// Kept in sync on update with a three-way merge.
    case managed
    /// Written once when absent, then the user's.
    case seed
    /// Keys merged into an existing JSON file.
    case mergeJSON = "merge-json"
    /// Keys merged into an existing YAML file.
    case mergeYAML = "merge-yaml"
    /// Missing lines appended (e.g. .gitignore).
    case appendLines = "append-lines"
    /// In-place edits of an existing file (brick.yaml `edits:`); recorded in the lock, never a `files:` mode.
    case edit
}
