import Foundation
import GroundworkGit

/// Everything a check may read about the audited repository.
package struct AuditContext: Sendable {
    /// The tree at the audited commit.
    package var snapshot: RepoSnapshot
    /// The detected stack.
    package var stack: Stack
    /// Facts from the history walk; nil with `--no-history`.
    package var history: HistoryFacts?
    /// The repository's `.groundwork.yaml`.
    package var configuration: AuditConfiguration
    /// Untracked, not ignored paths of the work tree; nil for a bare repository or a URL.
    package var untrackedPaths: [String]?
    /// The moment of the audit, for ages ("no commit for 200 days").
    package var now: Date
    /// Secret scans of the tree's blobs by blob id, filled by the audit engine (from its cache when it
    /// has one); nil, or a blob missing here, means the check scans the content itself.
    package var treeSecrets: [ObjectID: BlobSecretScan]?
    /// Whether a finding of a secret rule (by id) in a file (by path), added by a commit (nil in the tree), is
    /// reported, as the audit's scanner judges it: rules quiet in test code, a team's rules limited to some
    /// paths or ignoring some commits, some only for secrets that met an allowlist's content side
    /// (`allowlistsMet`). Set by the audit engine; nil means the secret checks ask the shared scanner of the
    /// built-in rules.
    package var reportsSecret: (@Sendable (_ ruleID: String, _ path: String, _ commit: String?, _ allowlistsMet: [Int]) -> Bool)?

    package init(snapshot: RepoSnapshot, stack: Stack, history: HistoryFacts? = nil, configuration: AuditConfiguration = AuditConfiguration(), untrackedPaths: [String]? = nil, now: Date = Date()) {
        self.snapshot = snapshot
        self.stack = stack
        self.history = history
        self.configuration = configuration
        self.untrackedPaths = untrackedPaths
        self.now = now
    }

    /// The snapshot's regular files that no `exclude` pattern of `.groundwork.yaml` leaves out.
    package var includedFiles: [SnapshotFile] {
        snapshot.files.filter { ($0.kind == .file || $0.kind == .executable) && !configuration.isExcluded($0.path) }
    }
}
