/// The repository's own `.groundwork.yaml`: what to leave out and what is accepted.
package struct AuditConfiguration: Sendable, Codable, Hashable {
    /// Glob patterns of paths no content check or secret rule reads (`fixtures/**`, `*.snap`).
    package var exclude: [String] = []
    /// Check ids switched off for this repository.
    package var disabledChecks: [String] = []
    /// Fingerprints of accepted secret findings (`commit:path:rule:line`), from a baseline file.
    package var secretBaseline: Set<String> = []

    package init(exclude: [String] = [], disabledChecks: [String] = [], secretBaseline: Set<String> = []) {
        self.exclude = exclude
        self.disabledChecks = disabledChecks
        self.secretBaseline = secretBaseline
    }

    /// True when `path` matches one of the exclude globs.
    package func isExcluded(_ path: String) -> Bool {
        exclude.contains { Glob.matches(pattern: $0, path: path) }
    }
}
