import Foundation
import GroundworkAuditModel
import GroundworkGit

/// Walks history once, over every reference, and shares the walk between all history analysers.
///
/// The commit list comes from one revwalk; the commits are then analysed by `jobs` workers, each
/// with its own libgit2 repository handle (handles are not thread-safe) and one shared blob claim
/// set, so each unique blob is scanned at most once, at the oldest commit that adds it.
package struct HistoryWalker {
    /// What one walk produced.
    package struct Output: Sendable {
        package var commits: [CommitRecord] = []
        package var events: [HistoryEvent] = []
        /// Why some history could not be seen (shallow clone, unreadable commits).
        package var problems: [AuditProblem] = []
        package var isPartial = false
    }

    /// What a walk of a shallow clone reports; said again by every cached audit of one.
    package static let shallowProblem = AuditProblem(.shallowHistory, "shallow clone: history before the clone's depth is missing, so history checks are partial")

    package var gitDirectory: String
    package var secrets: SecretHooks
    package var jobs: Int
    package var largeBlobBytes = 5 * 1024 * 1024
    package var maxScanBytes = RepoSnapshot.maxContentBytes
    /// Called with (commits analysed, commits to analyse) as the walk proceeds.
    package var progress: (@Sendable (Int, Int) -> Void)?

    /// Walks the commits reachable from every reference and not from `hiding`, skipping commits
    /// older than `notBefore`.
    package func walk(hiding: [ObjectID], notBefore: Date?, claims: BlobClaims) throws -> Output {
        let repository = try Repository.open(at: gitDirectory)
        var output = Output()
        let walk = try repository.walk(RevisionWalkOptions(start: .allReferences, order: .topological, hide: hiding))
        var ids: [ObjectID] = []
        for id in walk { ids.append(id) }
        if let error = walk.error {
            output.isPartial = true
            output.problems.append(AuditProblem(.historyStopped, "history walk stopped early: \(error.message)"))
        }
        if repository.isShallow {
            output.isPartial = true
            output.problems.append(Self.shallowProblem)
        }
        if let notBefore {
            ids = try ids.filter { try repository.commit($0).author.date >= notBefore }
        }
        // Parents before children: the blob a change replaces was then read at the older commit that added it, and
        // is usually still in `RecentBlobContents` when the diff needs it.
        ids.reverse()

        let workerCount = max(1, min(jobs, ids.count / 64 + 1))
        let shards = (0..<workerCount).map { worker in stride(from: worker, to: ids.count, by: workerCount).map { ids[$0] } }
        let results = ShardResults(count: workerCount)
        let counter = ProgressCounter(total: ids.count, report: progress)
        let recent = RecentBlobContents()
        DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
            results.store(worker, analyse(shards[worker], claims: claims, recent: recent, counter: counter))
        }
        for shard in results.all {
            output.commits += shard.commits
            output.events += shard.events
            output.problems += shard.problems
            output.isPartial = output.isPartial || shard.isPartial
        }
        return output
    }

    /// One worker's share, on its own repository handle; a commit that cannot be read is reported and skipped.
    private func analyse(_ ids: [ObjectID], claims: BlobClaims, recent: RecentBlobContents, counter: ProgressCounter) -> Output {
        var output = Output()
        let repository: Repository
        do {
            repository = try Repository.open(at: gitDirectory)
        } catch {
            output.isPartial = true
            output.problems.append(AuditProblem(.historyStopped, "could not open \(gitDirectory) for a history worker: \(error)"))
            return output
        }
        var analyzer = CommitAnalyzer(
            repository: repository, claims: claims, recent: recent, secrets: secrets, largeBlobBytes: largeBlobBytes,
            maxScanBytes: maxScanBytes)
        for id in ids {
            do {
                let (record, events, missingParent) = try analyzer.analyse(id)
                output.commits.append(record)
                output.events += events
                if missingParent { output.isPartial = true }
            } catch {
                output.isPartial = true
                output.problems.append(AuditProblem(.unreadableCommit, "commit \(id.short) could not be read: \(error)"))
            }
            counter.advance()
        }
        return output
    }
}

/// Collects the workers' outputs.
private final class ShardResults: @unchecked Sendable {
    private let lock = NSLock()
    private var outputs: [HistoryWalker.Output?]
    init(count: Int) { outputs = Array(repeating: nil, count: count) }
    func store(_ index: Int, _ output: HistoryWalker.Output) { lock.withLock { outputs[index] = output } }
    var all: [HistoryWalker.Output] { lock.withLock { outputs.compactMap { $0 } } }
}

/// Counts analysed commits across workers and reports every 1%.
private final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let report: (@Sendable (Int, Int) -> Void)?
    init(total: Int, report: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.report = report
    }
    func advance() {
        guard let report else { return }
        let value = lock.withLock {
            done += 1; return done
        }
        if value == total || value % max(1, total / 100) == 0 { report(value, total) }
    }
}
