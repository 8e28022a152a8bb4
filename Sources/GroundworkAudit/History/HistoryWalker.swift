import Foundation
import GroundworkAuditModel
import GroundworkGit

/// Walks history once, over every reference, and shares the walk between all history analysers.
///
/// The commit list comes from one revwalk, parents first. `jobs` workers, each with its own libgit2 repository
/// handle (handles are not thread-safe), first read the commits and the files each adds or changes, taking runs
/// of consecutive commits; then each worker takes the changes of its share of the paths, parents first, and
/// scans the blobs they add, with one shared blob claim set, so each unique blob is scanned at most once,
/// usually at the oldest commit that adds it. All the versions of a path going to one worker is what lets that
/// worker diff a blob against the one it replaced from memory (`RecentBlobs`).
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
    /// The most bytes of recently read blobs each worker keeps (`RecentBlobs`).
    /// 16 MB: on git/git 8, 16 and 32 MB took 52.2, 52.7 and 54.6 s and peaked at 415, 444 and 502 MB; on the dense
    /// benchmark 8 MB was 13% slower.
    package var recentBlobBytes = 16 * 1024 * 1024
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
        ids.reverse()

        let workerCount = max(1, min(jobs, ids.count / 64 + 1))
        // Packs of their own for each worker when all their mapped windows fit (see `Repository.openObjects`);
        // one more reader, the audit's, reads the tree meanwhile.
        let privatePacks = repository.packFileBytes() * (workerCount + 1) <= LibGit2.mappedPackLimit
        let runs = CommitRuns(ids, length: max(64, min(1_024, ids.count / (workerCount * 8))))
        let read = ShardResults<CommitsRead>(count: workerCount)
        let firstChanges = FirstChanges()
        DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
            read.store(worker, readChanges(runs, into: firstChanges, reader: privatePacks ? worker : nil))
        }
        var unreadable: [AuditProblem] = []
        for shard in read.all {
            output.commits += shard.commits
            unreadable += shard.problems
            output.isPartial = output.isPartial || shard.isPartial
        }
        let (shares, paths) = firstChanges.shares(workers: workerCount)
        let walked = ids

        let counter = ProgressCounter(total: ids.count, steps: shares.reduce(0) { $0 + $1.count }, report: progress)
        let analysed = ShardResults<Output>(count: workerCount)
        DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
            let share = shares[worker].lazy.map { CommitReader.Change(commit: walked[Int($0.order)], blob: $0.blob, previous: $0.previous, path: paths[Int($0.path)]) }
            analysed.store(worker, analyse(share, claims: claims, counter: counter, reader: privatePacks ? worker : nil))
        }
        for shard in analysed.all {
            output.events += shard.events
            unreadable += shard.problems
            output.isPartial = output.isPartial || shard.isPartial
        }
        // Which worker met which commit varies from run to run; the report does not.
        output.problems += Set(unreadable).sorted { $0.message < $1.message }
        return output
    }

    /// What one worker's first pass read: the commits' records (their changes go to `FirstChanges`).
    private struct CommitsRead: Sendable {
        var commits: [CommitRecord] = []
        var problems: [AuditProblem] = []
        var isPartial = false
    }

    /// The first pass of one worker: the runs of commits it takes until none is left; a commit that cannot be
    /// read is reported and skipped.
    private func readChanges(_ runs: CommitRuns, into firstChanges: FirstChanges, reader: Int?) -> CommitsRead {
        var read = CommitsRead()
        guard let repository = openRepository(reader: reader, problems: &read.problems) else {
            read.isPartial = true
            return read
        }
        var commits = CommitReader(repository: repository)
        while let run = runs.next() {
            for (order, id) in run {
                do {
                    let (record, changes, missingParent) = try commits.changes(of: id)
                    read.commits.append(record)
                    firstChanges.offer(changes, order: order)
                    if missingParent { read.isPartial = true }
                } catch {
                    read.isPartial = true
                    read.problems.append(AuditProblem(.unreadableCommit, "commit \(id.short) could not be read: \(error)"))
                }
            }
        }
        return read
    }

    /// The second pass of one worker: the changes of its paths, parents first; a blob that cannot be read is
    /// reported under its commit, whose other changes are still analysed.
    private func analyse(_ changes: some Sequence<CommitReader.Change>, claims: BlobClaims, counter: ProgressCounter, reader: Int?) -> Output {
        var output = Output()
        guard let repository = openRepository(reader: reader, problems: &output.problems) else {
            output.isPartial = true
            return output
        }
        var analyzer = CommitAnalyzer(
            repository: repository, claims: claims, recent: RecentBlobs(budget: recentBlobBytes), secrets: secrets,
            largeBlobBytes: largeBlobBytes, maxScanBytes: maxScanBytes)
        for change in changes {
            do {
                output.events += try analyzer.analyse(change)
            } catch {
                output.isPartial = true
                output.problems.append(AuditProblem(.unreadableCommit, "commit \(change.commit.short) could not be read: \(error)"))
            }
            counter.advance()
        }
        return output
    }

    /// A worker's own handle on the repository's objects, with packs no other worker shares when `reader` is
    /// set (see `Repository.openObjects`); nil (with the problem recorded) when the repository cannot be opened.
    private func openRepository(reader: Int?, problems: inout [AuditProblem]) -> Repository? {
        do {
            if let reader { return try Repository.openObjects(at: gitDirectory, reader: reader) }
            return try Repository.open(at: gitDirectory, objectsOnly: true)
        } catch {
            problems.append(AuditProblem(.historyStopped, "could not open \(gitDirectory) for a history worker: \(error)"))
            return nil
        }
    }
}

/// The commits to analyse, handed out in runs of consecutive ones to whichever worker asks next.
private final class CommitRuns: @unchecked Sendable {
    private let lock = NSLock()
    private let ids: [ObjectID]
    private let length: Int
    private var start = 0

    init(_ ids: [ObjectID], length: Int) {
        self.ids = ids
        self.length = length
    }

    /// The next run: each commit with its position in the walk.
    func next() -> [(order: Int, id: ObjectID)]? {
        lock.withLock {
            guard start < ids.count else { return nil }
            let end = min(ids.count, start + length)
            defer { start = end }
            return (start..<end).map { ($0, ids[$0]) }
        }
    }
}

/// For each blob, the change of the oldest commit that adds it: the only one the second pass analyses (a blob
/// is scanned once). Kept per blob rather than per change, and small (the commit as its position in the walk, the
/// path as an index into a table of paths): a merge adds again every blob of the branch it brings in, and
/// git/git's 200,000 commits hold millions of changes.
private final class FirstChanges: @unchecked Sendable {
    struct Change {
        var blob: ObjectID
        var previous: ObjectID?
        /// The commit's position in the walk, parents first.
        var order: Int32
        var path: Int32
    }

    private let lock = NSLock()
    private var byBlob: [ObjectID: Change] = [:]
    private var paths: [String] = []
    private var pathIndex: [String: Int32] = [:]

    /// The changes of the commit at `order` in the walk.
    func offer(_ changes: [CommitReader.Change], order: Int) {
        lock.withLock {
            for change in changes {
                if let kept = byBlob[change.blob], kept.order <= order { continue }
                let path: Int32
                if let known = pathIndex[change.path] {
                    path = known
                } else {
                    path = Int32(paths.count)
                    paths.append(change.path)
                    pathIndex[change.path] = path
                }
                byBlob[change.blob] = Change(blob: change.blob, previous: change.previous, order: Int32(order), path: path)
            }
        }
    }

    /// The changes split between `workers`, every change of one path to the same worker, each share parents
    /// first; and the table of paths they index.
    func shares(workers: Int) -> (shares: [[Change]], paths: [String]) {
        lock.withLock {
            // A fixed hash of the path's bytes (Swift's `Hasher` is seeded per process): the same split every run.
            let workerOfPath = paths.map { path in
                var hash: UInt64 = 14_695_981_039_346_656_037
                for byte in path.utf8 { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
                return Int(hash % UInt64(workers))
            }
            var shares: [[Change]] = Array(repeating: [], count: workers)
            for change in byBlob.values { shares[workerOfPath[Int(change.path)]].append(change) }
            byBlob = [:]
            for worker in shares.indices { shares[worker].sort { $0.order < $1.order } }
            return (shares, paths)
        }
    }
}

/// Collects the workers' outputs.
private final class ShardResults<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var outputs: [Value?]
    init(count: Int) { outputs = Array(repeating: nil, count: count) }
    func store(_ index: Int, _ output: Value) { lock.withLock { outputs[index] = output } }
    var all: [Value] { lock.withLock { outputs.compactMap { $0 } } }
}

/// Counts the changes analysed across workers and reports every 1%, in commits: `steps` changes make `total`
/// commits.
private final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let steps: Int
    private let report: (@Sendable (Int, Int) -> Void)?
    init(total: Int, steps: Int, report: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.steps = steps
        self.report = report
        // A walk with nothing to analyse is done at once.
        if steps == 0, total > 0 { report?(total, total) }
    }
    func advance() {
        guard let report else { return }
        let value = lock.withLock {
            done += 1; return done
        }
        if value == steps || value % max(1, steps / 100) == 0 { report(value * total / steps, total) }
    }
}
