import Foundation
import GroundworkAuditModel
import GroundworkBasics
import GroundworkChecks
import GroundworkGit
import GroundworkSecretVerification
import GroundworkSecrets
import GroundworkStack

#if canImport(Glibc)
import Glibc
#endif

/// Audits one repository: snapshot, stack, the history walk, every check, scores — in that order,
/// because checks read the stack and the history facts.
package enum Auditor {
    /// Audits `source` (a path to a work tree or bare repository, or a git URL).
    package static func audit(_ source: String, options: AuditOptions = AuditOptions()) throws -> AuditReport {
        let repository = try AuditSource.open(source, directories: options.directories)
        let displayedSource = AuditSource.isURL(source) ? URLRedaction.redact(source) : source
        var problems: [AuditProblem] = []

        let commitID = try auditedCommit(repository, revision: options.revision, source: displayedSource)
        let branch = options.revision == nil ? repository.headBranchName() : nil
        var info = RepositoryInfo(
            source: displayedSource, commit: commitID?.hex, branch: branch, isBare: repository.isBare,
            isShallow: repository.isShallow, submodules: [], skippedLargeFiles: 0
        )
        guard let commitID else {
            // HEAD may name a branch that does not exist while other branches hold commits: that is
            // not an empty repository, and reporting it as one would pass every gate on nothing.
            let branches = ((try? repository.branches()) ?? []).map(\.shortName)
            if branches.isEmpty {
                problems.append(AuditProblem(.noCommits, "the repository has no commits yet: there is nothing to audit"))
            } else {
                problems.append(
                    AuditProblem(
                        .unbornHead,
                        "HEAD is unborn: it names \(branch ?? "a branch") that does not exist, while \(branches.count == 1 ? "branch" : "branches") \(branches.joined(separator: ", ")) \(branches.count == 1 ? "has" : "have") commits; audit one with --revision \(branches[0]), or point HEAD at it (git symbolic-ref HEAD refs/heads/\(branches[0]))"
                    ))
            }
            let results = options.checks.map { CheckResult(check: $0, outcome: .notApplicable("the repository has no commits")) }
            var report = AuditReport(tool: "groundwork \(GroundworkVersion.current)", repository: info, generatedAt: options.now, stack: Stack(), results: results, history: nil, problems: problems)
            report.isComplete = branches.isEmpty
            return report
        }

        let snapshot = try RepoSnapshot.load(from: repository, commit: commitID)
        info.submodules = snapshot.submodules
        info.skippedLargeFiles = snapshot.oversizedFiles.count
        var configuration = AuditConfiguration()
        var repositoryRules: [SecretRule] = []
        if let file = snapshot.file(at: ConfigurationLoader.fileName), file.kind == .file || file.kind == .executable {
            // Ignoring a configuration silently would audit with checks the repository meant to disable.
            if file.size > RepoSnapshot.maxContentBytes {
                throw AuditError(.badConfiguration, "\(ConfigurationLoader.fileName): \(file.size) bytes, over the \(RepoSnapshot.maxContentBytes / 1_048_576) MB a configuration may have")
            }
            // An unreadable object is already recorded as a problem by the snapshot.
            if snapshot.data(file) != nil {
                guard let text = snapshot.text(file) else {
                    throw AuditError(.badConfiguration, "\(ConfigurationLoader.fileName): not UTF-8 text; save it as UTF-8")
                }
                let rulesFile: String?
                (configuration, repositoryRules, rulesFile) = try ConfigurationLoader.parseWithSecretRules(text)
                if let rulesFile { repositoryRules += try rulesFileRules(rulesFile, in: snapshot) }
            }
        }
        configuration.secretBaseline = options.baseline
        let scanner = SecretScanner.with(customRules: options.secretRules + repositoryRules)
        let secretHooks = SecretHooks.scanning(with: scanner)
        // The tree cache (per-blob facts and secret scans) sits beside the history cache.
        let cacheStem = options.useCache ? options.directories.cache + "/audit/" + RemoteMirror.directoryName(for: repository.gitDirectory) : nil
        let treeCachePath = cacheStem.map { $0 + ".tree.sqlite" }
        // The history walk reads through its own repository handles, so it runs beside the tree's work (stack
        // detection, the tree's secret scan), which reads through `repository`: on two cores the walk's first pass
        // leaves one of them half idle.
        let walk =
            try options.includeHistory
            ? historyWalk(repository, options: options, secrets: secretHooks, cachePath: cacheStem.map { $0 + ".sqlite" }, presentPaths: Set(snapshot.files.map(\.path))) : nil
        let detection = StackDetection.resolve(snapshot, cachePath: treeCachePath)
        let stack = detection.stack
        if let problem = detection.cacheProblem { problems.append(AuditProblem(.cacheUnavailable, problem)) }

        var untracked: [String]?
        if options.revision == nil, !repository.isBare, let status = try? repository.workTreeStatus() {
            untracked = status.filter(\.isUntracked).map(\.path)
        }
        var context = AuditContext(snapshot: snapshot, stack: stack, configuration: configuration, untrackedPaths: untracked, now: options.now)
        context.reportsSecret = scanner.reports(ruleID:at:commit:allowlistsMet:)
        var treeCacheProblem: String?
        if selects("security.secrets-in-tree", options: options, configuration: configuration) {
            // An unusable tree cache was reported once already, when the stack was detected.
            let cachePath = detection.cacheProblem == nil ? treeCachePath : nil
            let tree = TreeSecretScans.resolve(context.includedFiles, in: snapshot, cachePath: cachePath, rulesVersion: secretHooks.rulesVersion, scanner: scanner)
            context.treeSecrets = tree.scans
            treeCacheProblem = tree.cacheProblem
        }

        var historyIncomplete = false
        if let walk {
            // What the tree's work freed sits in this thread's allocation arena, which the walk's threads do not
            // allocate from: handed back to the system, it does not add to the walk's peak (on git/git, 70 MB).
            releaseFreedMemory()
            let (facts, historyProblems) = try walk.value()
            context.history = facts
            problems += historyProblems
            // In a shallow clone, commits beyond the depth are missing by design, not unreadable.
            historyIncomplete = historyProblems.contains { $0.kind.leavesAuditIncomplete } && !repository.isShallow
        }
        if let treeCacheProblem { problems.append(AuditProblem(.cacheUnavailable, treeCacheProblem)) }
        let history = context.history
        var results = run(options.checks, context: context, options: options)
        let verificationSummary = options.secretVerification.map { verification in
            SecretLivenessPass.run(&results, snapshot: snapshot, repository: repository, scanner: scanner, verification: verification)
        }

        if results.contains(where: { $0.id == "security.secrets-in-tree" && $0.status != .notApplicable }) {
            let partly = context.includedFiles.filter { file in
                if let scan = context.treeSecrets?[file.id] { return scan.skipsPartOfLongLines }
                guard let data = snapshot.data(file), !data.prefix(8000).contains(0) else { return false }
                return scanner.skipsPartOfLongLines(data)
            }.map(\.path)
            if !partly.isEmpty {
                let shown = partly.prefix(5).joined(separator: ", ") + (partly.count > 5 ? " and \(partly.count - 5) more" : "")
                problems.append(
                    AuditProblem(
                        .longLinesPartlyScanned, "\(partly.count) file(s) have lines over \(SecretScanner.maximumLineLength) bytes, scanned there only for provider tokens and private keys: \(shown)"))
            }
        }
        if !snapshot.oversizedFiles.isEmpty {
            problems.append(AuditProblem(.oversizedFiles, "\(snapshot.oversizedFiles.count) file(s) over \(RepoSnapshot.maxContentBytes / 1_048_576) MB were not read by content checks"))
        }
        for (path, error) in snapshot.unreadable.sorted(by: { $0.key < $1.key }) {
            problems.append(AuditProblem(.unreadableFile, "\(path) could not be read (\(error)); the rest of the repository was audited"))
        }
        var report = AuditReport(
            tool: "groundwork \(GroundworkVersion.current)", repository: info, generatedAt: options.now, stack: stack,
            results: results, history: history.map(HistorySummary.init), problems: problems
        )
        report.isComplete = !problems.contains { $0.kind == .unreadableFile } && !historyIncomplete
        report.secretVerification = verificationSummary
        return report
    }

    /// Returns the memory this process freed to the system (glibc keeps it in each thread's arena otherwise).
    static func releaseFreedMemory() {
        #if canImport(Glibc)
        // glibc's malloc_trim, which Swift's Glibc module does not declare (it is in malloc.h).
        typealias MallocTrim = @convention(c) (Int) -> Int32
        if let trim = dlsym(nil, "malloc_trim") { _ = unsafeBitCast(trim, to: MallocTrim.self)(0) }
        #endif
    }

    /// Starts the history walk on a thread of its own; `--since` is resolved first, so a bad value fails before
    /// any walking.
    static func historyWalk(
        _ repository: Repository, options: AuditOptions, secrets: SecretHooks, cachePath: String?, presentPaths: Set<String>
    ) throws -> BackgroundWork<(facts: HistoryFacts, problems: [AuditProblem])> {
        let since = try options.since.map { try parseSince($0, in: repository) }
        let gitDirectory = repository.gitDirectory
        let (jobs, now, progress) = (options.jobs, options.now, options.progress)
        return BackgroundWork {
            let analysis = HistoryAnalysis(
                repository: try Repository.open(at: gitDirectory), secrets: secrets, jobs: jobs, cachePath: cachePath, now: now, progress: progress)
            return try analysis.run(presentPaths: presentPaths, since: since)
        }
    }

    /// The rules of the file `.groundwork.yaml` names in `secrets.rules_file`, read from the audited tree.
    static func rulesFileRules(_ path: String, in snapshot: RepoSnapshot) throws(AuditError) -> [SecretRule] {
        guard let text = snapshot.text(at: path) else {
            throw AuditError(.badConfiguration, "\(ConfigurationLoader.fileName): secrets.rules_file names \(path), which is not a UTF-8 file of the audited tree")
        }
        return try SecretRulesFile.parse(text, path: path) { snapshot.text(at: ($0 as NSString).standardizingPath) }
    }

    /// The commit to audit: the revision asked for, or HEAD (nil for an empty repository).
    static func auditedCommit(_ repository: Repository, revision: String?, source: String) throws -> ObjectID? {
        guard let revision else { return try repository.headCommitID() }
        let resolved: Result<ObjectID, GitError> = Result { () throws(GitError) -> ObjectID in try repository.resolveCommit(revision) }
        switch resolved {
        case .success(let id): return id
        case .failure(let error): throw AuditError(.badRevision, "\(source): revision '\(revision)' not found: \(error.message)")
        }
    }

    /// True when the check `id` will be evaluated: its area is asked for and the repository does not
    /// disable it — so work only it needs (the tree's secret scan) is skipped otherwise.
    static func selects(_ id: String, options: AuditOptions, configuration: AuditConfiguration) -> Bool {
        guard let check = options.checks.first(where: { $0.id == id }) else { return false }
        if let areas = options.areas, !areas.contains(check.area) { return false }
        return !configuration.disabledChecks.contains(id)
    }

    /// Runs the checks the options select; history checks without history do not apply.
    static func run(_ checks: [any Check], context: AuditContext, options: AuditOptions) -> [CheckResult] {
        checks.compactMap { check -> CheckResult? in
            if let areas = options.areas, !areas.contains(check.area) { return nil }
            if context.configuration.disabledChecks.contains(check.id) {
                return CheckResult(check: check, outcome: .notApplicable(CheckResult.disabledByRepository))
            }
            if check.needsHistory, context.history == nil {
                return CheckResult(check: check, outcome: .notApplicable("history was not walked (--no-history)"))
            }
            return CheckResult(check: check, outcome: check.evaluate(context))
        }
    }

    /// `--since`: a date (`2024-01-31` or ISO 8601) or a revision.
    static func parseSince(_ value: String, in repository: Repository) throws -> HistorySince {
        let dayFormat = DateFormatter()
        dayFormat.locale = Locale(identifier: "en_US_POSIX")
        dayFormat.timeZone = TimeZone(identifier: "UTC")
        dayFormat.dateFormat = "yyyy-MM-dd"
        if let date = dayFormat.date(from: value) ?? ISO8601DateFormatter().date(from: value) { return .date(date) }
        guard let id = try? repository.resolveCommit(value) else {
            throw AuditError(.badOption, "--since \(value): expected a date (YYYY-MM-DD) or a revision of the repository")
        }
        return .commit(id)
    }
}
