#if Enterprise
import Foundation
import GroundworkAudit
import GroundworkAuditModel
import GroundworkBasics
import GroundworkLicense

/// Audits the repositories of a fleet in parallel, applies the policy to each, and records each result in
/// the store as soon as it is known, so an interrupted run keeps what it finished.
///
/// A repository that cannot be audited is recorded as failed with its (redacted) error; the others go on.
package struct FleetAuditor: Sendable {
    package let store: any FleetStore

    package init(store: any FleetStore) {
        self.store = store
    }

    /// Audits `repositories` (the whole fleet: the shard and the licence limit are applied here).
    package func run(fleet: String, repositories: [FleetRepository], options: FleetAuditOptions) async throws -> FleetAuditOutcome {
        let startedAt = Date()
        var run = FleetRun(
            id: options.runID, fleet: fleet, startedAt: startedAt, shardIndex: options.shard?.index,
            shardCount: options.shard?.count, isEvaluation: options.entitlement.isEvaluation
        )
        try await store.begin(run)

        // The licence limit is taken over the whole fleet sorted by name, before sharding, so that the
        // shards of one run together never audit more than the limit allows.
        let sorted = repositories.sorted { $0.name < $1.name }
        let allowed = Set(sorted.prefix(options.entitlement.maxRepositories ?? sorted.count).map(\.name))
        let mine = sorted.filter { options.shard?.contains($0.name) ?? true }
        let total = mine.count
        let counter = Counter()

        var results: [FleetRepositoryResult] = []
        var evaluations: [String: PolicyEvaluation] = [:]
        var durations: [String: Double] = [:]
        var reused: Set<String> = []
        for repository in mine where !allowed.contains(repository.name) {
            let result = FleetRepositoryResult(
                runID: options.runID, repository: repository, status: .skipped,
                message: skipReason(options.entitlement), recordedAt: Date()
            )
            try await store.record(result)
            results.append(result)
            options.progress?(await counter.increment(), total, result)
        }

        let queue = FleetWorkQueue(mine.filter { allowed.contains($0.name) })
        var audit = options.audit
        // Repositories already run in parallel; share the cores rather than multiply the threads.
        audit.jobs = max(1, audit.jobs / options.jobs)
        audit.progress = nil
        let perRepository = audit
        try await withThrowingTaskGroup(of: [Finished].self) { group in
            for _ in 0..<options.jobs {
                group.addTask {
                    var finished: [Finished] = []
                    while let repository = await queue.next() {
                        let item = await Self.audit(repository, options: options, audit: perRepository, store: store)
                        await queue.done(repository.location)
                        try await store.record(item.result)
                        options.progress?(await counter.increment(), total, item.result)
                        finished.append(item)
                    }
                    return finished
                }
            }
            for try await batch in group {
                for item in batch {
                    results.append(item.result)
                    durations[item.result.repository.name] = item.seconds
                    if item.isReused { reused.insert(item.result.repository.name) }
                    if let evaluation = item.evaluation { evaluations[item.result.repository.name] = evaluation }
                }
            }
        }

        let finishedAt = Date()
        try await store.finish(runID: options.runID, shardIndex: options.shard?.index, at: finishedAt)
        run.finishedAt = finishedAt
        return FleetAuditOutcome(
            run: run, results: results.sorted { $0.repository.name < $1.repository.name }, evaluations: evaluations,
            durations: durations, reused: reused, evaluationMarker: options.entitlement.reportMarker
        )
    }

    private func skipReason(_ entitlement: Entitlement) -> String {
        let limit = entitlement.maxRepositories ?? 0
        return entitlement.isEvaluation
            ? "\(Entitlement.evaluationMarker): evaluation mode audits at most \(limit) repositories; install a license with `groundwork license install FILE`"
            : "the license covers \(limit) repositories; this one is beyond the limit"
    }

    /// One repository's result, its evaluation, how long it took and whether an earlier report was reused.
    struct Finished: Sendable {
        var result: FleetRepositoryResult
        var evaluation: PolicyEvaluation?
        var seconds: Double
        var isReused = false
    }

    /// Audits one repository on a thread of its own (the audit blocks on libgit2 and disk), unless the store
    /// holds a report made under the same `AuditReuseKey`: an unchanged repository is then only opened (a git
    /// URL fetched), its key taken, and the stored report held to the policy again.
    static func audit(_ repository: FleetRepository, options: FleetAuditOptions, audit: AuditOptions, store: any FleetStore) async -> Finished {
        let start = Date()
        let key = await onThread { AuditReuseKey.read(location: repository.location, options: audit) }
        if let key, let report = try? await store.reusableReport(repository: repository.name, auditKey: key.value) {
            var finished = finish(repository, report: report, key: key, options: options, seconds: Date().timeIntervalSince(start))
            finished.isReused = true
            return finished
        }
        let outcome: Result<AuditReport, any Error> = await onThread { Result { try Auditor.audit(repository.location, options: audit) } }
        let seconds = Date().timeIntervalSince(start)
        switch outcome {
        case .failure(let error):
            let result = FleetRepositoryResult(
                runID: options.runID, repository: repository, status: .failed,
                message: URLRedaction.redactingText("\(error)"), recordedAt: Date()
            )
            return Finished(result: result, evaluation: nil, seconds: seconds)
        case .success(let report):
            return finish(repository, report: report, key: key, options: options, seconds: seconds)
        }
    }

    /// The result of a report: its policy evaluation, and the key when the report is of the commit the key saw.
    static func finish(_ repository: FleetRepository, report: AuditReport, key: AuditReuseKey?, options: FleetAuditOptions, seconds: Double) -> Finished {
        let evaluation = options.policy?.evaluate(report, repository: repository.name, now: options.now)
        // The first problems say what happened; a snapshot missing hundreds of objects must not fill the report.
        let shown = report.problems.prefix(3).map(\.message)
        let more = report.problems.count > shown.count ? "; and \(report.problems.count - shown.count) more (groundwork audit shows them all)" : ""
        let incomplete = report.isComplete ? nil : "the audit could not read everything: " + shown.joined(separator: "; ") + more
        // A push between taking the key and auditing would pair the old state's key with the new report.
        let reusableKey = report.isComplete && key?.commit == report.repository.commit ? key?.value : nil
        let result = FleetRepositoryResult(
            runID: options.runID, repository: repository, status: report.isComplete ? .audited : .failed,
            message: incomplete.map(URLRedaction.redactingText), commit: report.repository.commit,
            overallScore: report.scores.overall, areaScores: report.scores.areas, level: evaluation?.level,
            gatesPassed: evaluation?.gatesPassed, failingChecks: evaluation?.failingChecks ?? report.failures.map(\.id),
            effortHours: report.effort.totalHours, automatedHours: report.effort.automatedHours,
            report: report, auditKey: reusableKey, recordedAt: Date()
        )
        return Finished(result: result, evaluation: evaluation, seconds: seconds)
    }

    /// Runs `body` on a new thread with a generous stack, off Swift's cooperative pool.
    package static func onThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: body()) }
            thread.name = "groundwork.fleet"
            thread.stackSize = 16 << 20
            thread.start()
        }
    }
}

/// Counts finished repositories across workers.
private actor Counter {
    private var value = 0

    func increment() -> Int {
        value += 1
        return value
    }
}
#endif
