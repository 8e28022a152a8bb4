import Foundation
import GroundworkAuditModel
import GroundworkBasics
import GroundworkChecks
import GroundworkGit
import GroundworkStack

/// Audits one repository: snapshot, stack, the history walk, every check, scores — in that order,
/// because checks read the stack and the history facts.
public enum Auditor {
    /// Audits `source` (a path to a work tree or bare repository, or a git URL).
    public static func audit(_ source: String, options: AuditOptions = AuditOptions()) throws -> AuditReport {
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
            problems.append(AuditProblem(.noCommits, "the repository has no commits yet: there is nothing to audit"))
            let results = options.checks.map { CheckResult(check: $0, outcome: .notApplicable("the repository has no commits")) }
            return AuditReport(tool: "groundwork \(GroundworkVersion.current)", repository: info, generatedAt: options.now, stack: Stack(), results: results, history: nil, problems: problems)
        }

        let snapshot = try RepoSnapshot.load(from: repository, commit: commitID)
        info.submodules = snapshot.submodules
        info.skippedLargeFiles = snapshot.oversizedFiles.count
        var configuration = AuditConfiguration()
        if let text = snapshot.text(at: ConfigurationLoader.fileName) { configuration = try ConfigurationLoader.parse(text) }
        configuration.secretBaseline = options.baseline
        let stack = StackDetector.detect(snapshot)

        var history: HistoryFacts?
        var historyIncomplete = false
        if options.includeHistory {
            let analysis = HistoryAnalysis(
                repository: try Repository.open(at: repository.gitDirectory),
                secrets: .builtIn,
                jobs: options.jobs,
                cachePath: options.useCache ? options.directories.cache + "/audit/" + RemoteMirror.directoryName(for: repository.gitDirectory) + ".sqlite" : nil,
                now: options.now,
                progress: options.progress
            )
            let since = try options.since.map { try parseSince($0, in: repository) }
            let (facts, historyProblems) = try analysis.run(presentPaths: Set(snapshot.files.map(\.path)), since: since)
            history = facts
            problems += historyProblems
            // In a shallow clone, commits beyond the depth are missing by design, not unreadable.
            historyIncomplete = historyProblems.contains { $0.kind.leavesAuditIncomplete } && !repository.isShallow
        }

        var untracked: [String]?
        if options.revision == nil, !repository.isBare, let status = try? repository.workTreeStatus() {
            untracked = status.filter(\.isUntracked).map(\.path)
        }
        let context = AuditContext(snapshot: snapshot, stack: stack, history: history, configuration: configuration, untrackedPaths: untracked, now: options.now)
        let results = run(options.checks, context: context, options: options)

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
        return report
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

    /// Runs the checks the options select; history checks without history do not apply.
    static func run(_ checks: [any Check], context: AuditContext, options: AuditOptions) -> [CheckResult] {
        checks.compactMap { check in
            if let areas = options.areas, !areas.contains(check.area) { return nil }
            if context.configuration.disabledChecks.contains(check.id) {
                return CheckResult(check: check, outcome: .notApplicable("disabled in .groundwork.yaml"))
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
