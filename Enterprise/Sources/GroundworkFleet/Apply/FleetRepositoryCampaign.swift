#if Enterprise
import Foundation
import GroundworkAudit
import GroundworkAuditModel
import GroundworkBricks
import GroundworkGit

/// One repository's way through a campaign: fetch, plan on the default branch or the campaign branch,
/// commit on the local campaign branch, verify, push. Each step is recorded before the next begins, so
/// a run killed at any point is continued by the next one without a second commit or request.
///
/// The work happens in a bare mirror in the cache; the remote only ever receives a fast-forward of the
/// campaign branch (or, with `replace`, a rewrite of a branch that holds groundwork's commits only).
struct FleetRepositoryCampaign {
    let repository: FleetRepository
    let change: any FleetChange
    let options: FleetApplyOptions
    let store: any FleetCampaignStore

    /// A commit made on the local campaign branch, waiting for verification and the push.
    struct Committed: Sendable {
        var mirror: String
        var commit: ObjectID
        /// The remote's campaign branch before this run (restored locally when verification fails).
        var previousTip: ObjectID?
        var force: Bool
        var before: AuditReport
        var fixes: [String]
    }

    /// Where the campaign branch is pushed: the repository itself, or the token owner's fork of it.
    struct PushTarget: Sendable {
        var url: String
        var fork: FleetFork?
        /// A dry run on a repository the token cannot push to: the fork is not made, only announced.
        var wouldFork = false
    }

    /// What the first step decided.
    enum Prepared: Sendable {
        case finished(FleetApplyRecord)
        case committed(Committed, FleetApplyRecord)
    }

    /// Runs the campaign on the repository and returns its final record.
    func run() async -> FleetApplyRecord {
        let previous = try? await store.campaignRecord(campaign: options.campaign, repository: repository.name)
        if let previous, previous.state.isSettled { return previous }
        let target: PushTarget
        do {
            target = try await pushTarget()
        } catch {
            return await record(base(previous).with(state: .failed, reason: "\(error)"))
        }
        let prepared = await FleetAuditor.onThread { Result { try prepare(previous: previous, target: target) } }
        switch prepared {
        case .failure(let error):
            return await record(base(previous).with(state: .failed, reason: "\(error)"))
        case .success(.finished(let record)):
            guard !options.dryRun else { return record }
            let stored = await self.record(record)
            return stored.state == .pushed ? await openRequest(stored, target: target) : stored
        case .success(.committed(let committed, let planned)):
            await record(planned)
            let verdict = await FleetAuditor.onThread { Result { try verify(committed) } }
            var verified = planned
            switch verdict {
            case .failure(let error):
                await FleetAuditor.onThread { restoreLocalBranch(committed) }
                return await record(verified.with(state: .failed, reason: "verification could not run: \(error)"))
            case .success(let verdict):
                verified.scoreAfter = verdict.scoreAfter
                verified.log = verdict.log
                guard verdict.passed else {
                    await FleetAuditor.onThread { restoreLocalBranch(committed) }
                    return await record(verified.with(state: .verificationFailed, reason: "verification failed; nothing was pushed (see the log)"))
                }
            }
            await record(verified.with(state: .verified, reason: nil))
            let pushed = await FleetAuditor.onThread { Result { try push(committed, to: target) } }
            switch pushed {
            case .failure(let error as GitError) where error.code == .modified || error.message.hasPrefix("the remote refused"):
                await FleetAuditor.onThread { restoreLocalBranch(committed) }
                return await record(verified.with(state: .conflicted, reason: "\(error.message); the branch moved on the remote since the fetch: run the campaign again"))
            case .failure(let error):
                return await record(verified.with(state: .failed, reason: "push failed: \(error)"))
            case .success:
                return await openRequest(await record(verified.with(state: .pushed, reason: nil)), target: target)
            }
        }
    }

    /// Opens the pull or merge request of a pushed campaign branch on a hosted repository (a plain git
    /// remote stays `pushed`); a request already recorded or already open on the forge is kept, never doubled.
    private func openRequest(_ pushed: FleetApplyRecord, target: PushTarget) async -> FleetApplyRecord {
        guard let host = repository.host, options.openRequests, pushed.requestURL == nil else { return pushed }
        guard let token = options.credentials.apiToken(for: host) else {
            return await record(pushed.with(state: .pushed, reason: "no request opened: the environment variable \(host.tokenEnvironmentVariable) holds no token"))
        }
        if let limit = options.maxPendingChecks {
            let pending = ((try? await store.campaignRecords(campaign: options.campaign)) ?? []).filter { [.prOpen, .checksPending].contains($0.state) }.count
            if pending >= limit {
                return await record(pushed.with(state: .pushed, reason: "request held back: \(pending) requests of the campaign have checks pending (--max-pending \(limit)); a later run opens it"))
            }
        }
        let governor = await FleetWriteGovernor.forToken(token, budget: options.writeBudget)
        let service = ChangeRequestServices.make(host, token: token, governor: governor)
        do {
            let request = try await service.open(
                head: options.branch, from: target.fork, base: pushed.baseBranch ?? "main", title: requestTitle(), body: requestBody(pushed),
                draft: options.draft
            )
            var opened = pushed.with(state: .prOpen, reason: nil)
            opened.requestURL = request.url
            opened.requestNumber = request.number
            return await record(opened)
        } catch {
            return await record(pushed.with(state: .pushed, reason: "the branch is pushed but the request could not be opened: \(error)"))
        }
    }

    /// The repository, or — when the token may not push to it (`--fork auto`) or always (`--fork always`) —
    /// the token owner's fork, made on the forge if there is none yet (a dry run only announces it).
    private func pushTarget() async throws -> PushTarget {
        let upstream = PushTarget(url: repository.location)
        guard options.fork != .never, let host = repository.host, let token = options.credentials.apiToken(for: host) else {
            return upstream
        }
        let governor = await FleetWriteGovernor.forToken(token, budget: options.writeBudget)
        let service = ChangeRequestServices.make(host, token: token, governor: governor)
        // Permissions that cannot be read (an API that hides them, an outage) leave the decision to the push.
        if options.fork == .auto, (try? await service.canPush()) ?? true { return upstream }
        if options.dryRun { return PushTarget(url: repository.location, wouldFork: true) }
        let fork = try await service.fork()
        return PushTarget(url: fork.cloneURL, fork: fork)
    }

    /// "groundwork tidy: editorconfig, gitignore".
    private func requestTitle() -> String {
        "groundwork \(options.campaign): \(change.ids.joined(separator: ", "))"
    }

    /// The request's description: what changes, the audit delta, the hours saved and the verification log.
    func requestBody(_ record: FleetApplyRecord) -> String {
        var lines = [
            "This change was prepared by groundwork for the campaign **\(options.campaign)** and verified before it was pushed.", "",
            "| | |", "|---|---|",
            "| Audit score | \(record.scoreBefore.map(String.init) ?? "—") → \(record.scoreAfter.map(String.init) ?? "—") |",
            "| Manual effort saved | \(record.hoursSaved) h |", "",
            "Files:", "",
        ]
        lines += record.files.map { "- `\($0)`" }
        if let log = record.log, !log.isEmpty {
            lines += ["", "<details><summary>Verification</summary>", "", "```", String(log.suffix(6_000)), "```", "", "</details>"]
        }
        lines += ["", "Commits on `\(options.branch)` carry `\(options.trailer)`; a commit you add there stops groundwork from touching the branch again."]
        return options.credentials.scrub(lines.joined(separator: "\n"))
    }

    /// A record of this repository in the campaign, carrying over what `previous` knew.
    private func base(_ previous: FleetApplyRecord?) -> FleetApplyRecord {
        var record =
            previous
            ?? FleetApplyRecord(
                campaign: options.campaign, repository: repository.name, location: "", state: .planned, branch: options.branch, updatedAt: options.now
            )
        record.location = options.credentials.scrub(repository.location)
        record.client = repository.client
        record.branch = options.branch
        record.host = repository.host
        return record
    }

    /// Stores `record` (not in a dry run), every text scrubbed of tokens first; returns what was stored.
    @discardableResult
    private func record(_ record: FleetApplyRecord) async -> FleetApplyRecord {
        var clean = record
        clean.reason = clean.reason.map(options.credentials.scrub)
        clean.log = clean.log.map(options.credentials.scrub)
        clean.updatedAt = Date()
        if !options.dryRun {
            do {
                try await store.recordCampaign(clean)
            } catch {
                clean.state = .failed
                clean.reason = "the store could not record the state: \(error)"
            }
        }
        return clean
    }

    // MARK: - Steps (on a thread of their own: libgit2 and the audit block)

    /// Fetches, inspects the campaign branch, plans and commits locally.
    private func prepare(previous: FleetApplyRecord?, target: PushTarget) throws -> Prepared {
        var record = base(previous)
        let url = repository.location
        let credentials = options.credentials.forRepository(repository)
        let mirror = try RemoteMirror.update(url: url, cacheRoot: options.mirrorRoot, credentials: credentials)
        if target.fork != nil {
            // The campaign branch lives in the fork: read it as the fork has it.
            try RemoteMirror.fetchBranch(options.branch, from: target.url, into: mirror, credentials: credentials)
        }
        guard let defaultTip = try mirror.headCommitID() else {
            return .finished(record.with(state: .skipped, reason: "the repository has no commits"))
        }
        record.baseCommit = defaultTip.hex
        record.baseBranch = repository.host?.defaultBranch ?? mirror.headBranchName()
        let reference = "refs/heads/" + options.branch
        let remoteTip = try mirror.referenceTarget(reference)

        var start = defaultTip
        var force = false
        if let remoteTip {
            let foreign = try CampaignBranch.foreignCommits(mirror, tip: remoteTip, base: defaultTip, trailer: options.trailer)
            if !foreign.isEmpty {
                return .finished(
                    record.with(
                        state: .needsHuman,
                        reason:
                            "\(options.branch) holds commits groundwork did not write: \(CampaignBranch.describe(foreign)); they are never overwritten. Merge or drop them, or delete the branch, then run again"
                    ))
            }
            switch options.strategy {
            case .skip:
                if previous?.commit == remoteTip.hex, let previous { return .finished(previous) }
                return .finished(record.with(state: .skipped, reason: "\(options.branch) exists already and the strategy is skip"))
            case .mergeIfClean:
                start = remoteTip
            case .replace:
                force = true
            }
        }

        let now = options.now
        let directories = options.directories
        let name = (repository.name as NSString).lastPathComponent
        let workspace = try BrickWorkspace.open(mirror.gitDirectory, at: start, name: name, now: now) { path, commit in
            try Auditor.audit(path, options: .treeOnly(revision: commit.hex, now: now, directories: directories))
        }
        let plan = try change.plan(workspace)
        record.files = plan.files.filter(\.operation.writes).map(\.path)
        record.hoursSaved = change.hoursSaved(plan)
        record.scoreBefore = workspace.report.scores.overall

        if options.dryRun {
            let fork = target.wouldFork ? " in a fork (the token cannot push to the repository)" : ""
            let header = "\(repository.name): would \(remoteTip == nil || force ? "create" : "update") \(options.branch)\(fork) from \(start.short)\n"
            options.output?(header + PlanText.render(plan, diffs: true))
        }
        if plan.conflictCount > 0 {
            let diffs = plan.files.filter { $0.operation == .conflict }.map { $0.diff() }.joined()
            return .finished(
                record.with(state: .conflicted, reason: "the update of \(options.branch) conflicts in \(plan.conflictCount) file(s); resolve on the branch, or run with --strategy replace", log: diffs)
            )
        }
        guard plan.hasChanges else {
            if let remoteTip, !force {
                // The branch already holds the change: a re-run after the push, or a second campaign run.
                var kept = record.with(state: previous?.state.isOnRemote == true ? previous?.state ?? .pushed : .pushed, reason: nil)
                kept.commit = remoteTip.hex
                kept.log = previous?.log
                kept.scoreAfter = previous?.scoreAfter
                return .finished(kept)
            }
            return .finished(record.with(state: .skipped, reason: "nothing to change: every file is already as the bricks would write it"))
        }
        if options.dryRun { return .finished(record.with(state: .planned, reason: "dry run")) }

        // The local campaign branch mirrors the remote one; moving it aside lets the writer create it at
        // the new commit (whose parent is the old tip unless replacing). The next fetch restores it anyway.
        if remoteTip != nil { try mirror.deleteReference(reference) }
        let message = commitMessage(plan)
        let outcome: ChangeOutcome
        do {
            outcome = try BrickApplier.apply(plan, requested: change.ids, workspace: workspace, branch: options.branch, message: message, now: now)
        } catch {
            if let remoteTip { _ = try? mirror.setReference(reference, to: remoteTip) }
            throw error
        }
        guard case .branch(_, let commit, _) = outcome else {
            if let remoteTip { _ = try? mirror.setReference(reference, to: remoteTip) }
            return .finished(record.with(state: .skipped, reason: "nothing to change"))
        }
        record.commit = commit.hex
        let committed = Committed(
            mirror: mirror.gitDirectory, commit: commit, previousTip: remoteTip, force: force, before: workspace.report, fixes: change.fixes(plan)
        )
        return .committed(committed, record.with(state: .planned, reason: nil))
    }

    /// The commit message: what is applied, the files, and the campaign trailer.
    private func commitMessage(_ plan: BrickPlan) -> String {
        let bricks = plan.bricks.map { brick in
            if let previous = brick.previousVersion, previous != brick.version { return "\(brick.id) \(previous) → \(brick.version)" }
            return "\(brick.id) \(brick.version)"
        }
        var lines = ["groundwork \(options.campaign): \(bricks.joined(separator: ", "))", ""]
        lines += plan.files.filter(\.operation.writes).map { "  \($0.operation.rawValue) \($0.path)" }
        lines += ["", options.trailer]
        return lines.joined(separator: "\n")
    }

    private func verify(_ committed: Committed) throws -> FleetVerifier.Verdict {
        let mirror = try Repository.open(at: committed.mirror)
        let after = try Auditor.audit(committed.mirror, options: .treeOnly(revision: committed.commit.hex, now: options.now, directories: options.directories))
        return FleetVerifier.verify(
            before: committed.before, after: after, fixes: committed.fixes, repository: mirror, commit: committed.commit,
            runTests: options.runTests, testTimeout: options.testTimeout
        )
    }

    private func push(_ committed: Committed, to target: PushTarget) throws {
        let mirror = try Repository.open(at: committed.mirror)
        let reference = "refs/heads/" + options.branch
        // Leased on the tip this run fetched: a push someone made since is never overwritten, forced or not.
        try RemotePush.push(
            mirror, url: target.url, refspecs: [(committed.force ? "+" : "") + reference + ":" + reference],
            leases: [reference: committed.previousTip], credentials: options.credentials.forRepository(repository)
        )
    }

    /// Puts the local campaign branch back where the remote has it (or removes it), so an unpushed commit
    /// never lingers.
    private func restoreLocalBranch(_ committed: Committed) {
        guard let mirror = try? Repository.open(at: committed.mirror) else { return }
        let reference = "refs/heads/" + options.branch
        if let previous = committed.previousTip {
            _ = try? mirror.setReference(reference, to: previous)
        } else {
            try? mirror.deleteReference(reference)
        }
    }
}

extension FleetApplyRecord {
    /// The record in `state`, with `reason` (and a `log` when given).
    func with(state: FleetApplyState, reason: String?, log: String? = nil) -> FleetApplyRecord {
        var copy = self
        copy.state = state
        copy.reason = reason
        if let log { copy.log = log }
        return copy
    }
}
#endif
