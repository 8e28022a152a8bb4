import Foundation
import GroundworkAudit
import GroundworkAuditModel
import GroundworkGit
import GroundworkStack
import GroundworkTestSupport

/// Builds a check example as a real git repository and the context a check sees when auditing it.
///
/// `RepoBuilder.example` makes the commits (dated `now - daysAgo`), the branches and the untracked
/// files; this reads HEAD's tree from the object database, detects the stack and lists the work
/// tree's untracked paths as the audit engine does. The builder owns the scratch directory: keep it
/// alive while the context is in use.
func buildExample(_ example: CheckExample, now: Date) throws -> (RepoBuilder, AuditContext) {
    let repo = try RepoBuilder.example(example, now: now)
    let untracked = try repo.repository.workTreeStatus().filter(\.isUntracked).map(\.path).sorted()
    guard let head = repo.head else {
        return (repo, AuditContext(snapshot: RepoSnapshot(texts: [:]), stack: Stack(), untrackedPaths: untracked, now: now))
    }
    let snapshot = try RepoSnapshot.load(from: repo.repository, commit: head)
    let context = AuditContext(snapshot: snapshot, stack: StackDetector.detect(snapshot), untrackedPaths: untracked, now: now)
    return (repo, context)
}
