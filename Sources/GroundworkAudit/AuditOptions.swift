import Foundation
import GroundworkAuditModel
import GroundworkBasics
import GroundworkChecks
import GroundworkSecretVerification
import GroundworkSecrets

/// How to audit: which commit, which areas, whether to walk history, and where to cache.
package struct AuditOptions: Sendable {
    /// The revision to audit; HEAD when nil.
    package var revision: String?
    /// Walk the history (secrets in history, authors, activity, large blobs, artefacts).
    package var includeHistory = true
    /// Only walk history after this revision or date (`2024-01-31`).
    package var since: String?
    /// Only run checks of these areas; all when nil.
    package var areas: Set<Area>?
    /// History workers: threads, each with its own libgit2 handle. libgit2 serialises its pack
    /// cache across the threads of a process, so the gain is modest: on the 20k-commit benchmark
    /// (Benchmarks/audit-benchmark.sh, 2 cores) two threads took 3.2 s where one took 3.7 s, and
    /// lost to one thread only when other work already kept the cores busy.
    package var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Use (and fill) the result cache in the cache directory.
    package var useCache = true
    package var directories = Directories.resolve()
    /// Secret rules of the team's own (`--secret-rules`), run with the built-in ones and the repository's.
    package var secretRules: [SecretRule] = []
    /// Ask providers whether found secrets are live (`--verify-secrets`); nil, the default, sends nothing.
    package var secretVerification: SecretVerification?
    /// Fingerprints of accepted secret findings (`commit:path:rule:line`).
    package var baseline: Set<String> = []
    /// The moment the audit is made, for ages and the last-12-months windows.
    package var now = Date()
    /// Called with (commits analysed, total) during the history walk.
    package var progress: (@Sendable (Int, Int) -> Void)?
    /// The checks to run.
    package var checks: [any Check] = CheckRegistry.all

    package init() {}
}

extension AuditOptions {
    /// What the brick engine needs: the tree at `revision` (HEAD when nil), without the history walk or the cache.
    package static func treeOnly(revision: String? = nil, now: Date, directories: Directories = .resolve()) -> AuditOptions {
        var options = AuditOptions()
        options.revision = revision
        options.includeHistory = false
        options.useCache = false
        options.now = now
        options.directories = directories
        return options
    }
}
