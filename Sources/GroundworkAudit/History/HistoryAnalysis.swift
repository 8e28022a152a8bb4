import Foundation
import GroundworkAuditModel
import GroundworkBasics
import GroundworkGit

/// Runs the one history walk for an audit, incrementally through the cache when there is one.
package struct HistoryAnalysis {
    package var repository: Repository
    package var secrets: SecretHooks
    package var jobs: Int
    /// The cache database file; nil runs without a cache (`--no-cache`, `--since`).
    package var cachePath: String?
    package var now: Date
    package var progress: (@Sendable (Int, Int) -> Void)?

    /// Facts over the history reachable from every reference (or only after `since`).
    package func run(presentPaths: Set<String>, since: HistorySince?) throws -> (facts: HistoryFacts, problems: [AuditProblem]) {
        let references = try repository.references()
        var tips = Set(references.compactMap(\.commit))
        if let head = try repository.headCommitID() { tips.insert(head) }
        let tipList = tips.map(\.hex).sorted()
        let walker = HistoryWalker(gitDirectory: repository.gitDirectory, secrets: secrets, jobs: jobs, progress: progress)

        var hiding: [ObjectID] = []
        var notBefore: Date?
        switch since {
        case .commit(let id): hiding = [id]
        case .date(let date): notBefore = date
        case nil: break
        }

        var output: HistoryWalker.Output
        var cacheProblem: AuditProblem?
        if let cachePath, since == nil {
            let uncachedHiding = hiding
            do {
                let cache = try HistoryCache(path: cachePath)
                var claims = BlobClaims()
                if let last = try cache.lastWalk(), last.rulesVersion == secrets.rulesVersion, try stillReachable(last.tips, from: tips) {
                    hiding = last.tips.compactMap(ObjectID.init(hex:))
                    if Set(last.tips) != Set(tipList) {
                        claims = BlobClaims(alreadyStored: { cache.containsBlob($0) })
                        let fresh = try walker.walk(hiding: hiding, notBefore: nil, claims: claims)
                        try cache.append(fresh, blobs: claims.claimed, tips: tipList, rulesVersion: secrets.rulesVersion)
                    }
                    output = try cache.load()
                    // A shallow clone is re-reported from the repository as it is now.
                    if repository.isShallow {
                        output.isPartial = true
                        output.problems.append(HistoryWalker.shallowProblem)
                    }
                } else {
                    try cache.reset()
                    // A cold walk saw everything there is: its output is the whole history, so it is
                    // not read back from the cache it has just filled.
                    output = try walker.walk(hiding: [], notBefore: nil, claims: claims)
                    try cache.append(output, blobs: claims.claimed, tips: tipList, rulesVersion: secrets.rulesVersion)
                }
            } catch let error where !(error is GitError) {
                // The cache is only a cache: a folder where its file should be, a file where its
                // folder should be, /dev/null or a full disk mean a slower run, never a failed one.
                cacheProblem = AuditProblem(.cacheUnavailable, "the result cache \(cachePath) cannot be used (\(error)); this audit walked the history without it")
                output = try walker.walk(hiding: uncachedHiding, notBefore: nil, claims: BlobClaims())
            }
        } else {
            output = try walker.walk(hiding: hiding, notBefore: notBefore, claims: BlobClaims())
        }

        let aggregator = HistoryAggregator(now: now, mailmap: try? Mailmap(repository: repository), presentPaths: presentPaths)
        var facts = aggregator.facts(commits: output.commits, events: output.events, branches: try branchActivity(references))
        facts.isPartial = output.isPartial || since != nil
        facts.partialReason = since != nil ? "history limited by --since" : output.problems.first?.message
        return (facts, output.problems + (cacheProblem.map { [$0] } ?? []))
    }

    /// True when every old tip is still in history (not rewritten away), so the cache can be extended.
    private func stillReachable(_ oldTips: [String], from current: Set<ObjectID>) throws -> Bool {
        let moved = oldTips.compactMap(ObjectID.init(hex:)).filter { !current.contains($0) }
        // Checking many moved tips costs more than a fresh walk saves.
        guard moved.count <= 32 else { return false }
        for old in moved {
            guard repository.contains(old) else { return false }
            var reachable = false
            for tip in current where try repository.isAncestor(old, of: tip) {
                reachable = true
                break
            }
            if !reachable { return false }
        }
        return true
    }

    /// Local branches with their last commit and whether the default branch contains them.
    private func branchActivity(_ references: [Reference]) throws -> [BranchActivity] {
        let defaultName = repository.headBranchName()
        let defaultTip = try repository.headCommitID()
        return try references.filter { $0.kind == .branch }.compactMap { reference in
            guard let tip = reference.commit else { return nil }
            let commit = try repository.commit(tip)
            let merged = try defaultTip.map { try repository.isAncestor(tip, of: $0) } ?? false
            return BranchActivity(name: reference.shortName, lastCommitDate: commit.committer.date, isMerged: merged, isDefault: reference.shortName == defaultName)
        }
    }
}

/// Where a `--since` history walk starts.
package enum HistorySince: Sendable, Equatable {
    case commit(ObjectID)
    case date(Date)
}
