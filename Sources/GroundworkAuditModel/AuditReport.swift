import Foundation

/// The whole result of auditing one repository: what renderers, the JSON schema and the fleet store use.
package struct AuditReport: Sendable, Codable {
    /// Bumped whenever the JSON shape changes incompatibly (documented in docs/audit-json.md).
    package static let currentSchemaVersion = 1

    package var schemaVersion = AuditReport.currentSchemaVersion
    /// `groundwork` and its version.
    package var tool: String
    package var repository: RepositoryInfo
    package var generatedAt: Date
    package var stack: Stack
    /// Every check's verdict, in registry order.
    package var results: [CheckResult]
    package var scores: Scores
    package var effort: EffortSummary
    package var history: HistorySummary?
    /// Things that kept the audit from seeing everything: unreadable objects, skipped files, partial history.
    package var problems: [AuditProblem]
    /// False when objects could not be read, so some checks saw less than the whole repository.
    package var isComplete = true
    /// Set when secrets were verified with their providers (`--verify-secrets`): what was asked and answered.
    package var secretVerification: String?

    package init(tool: String, repository: RepositoryInfo, generatedAt: Date, stack: Stack, results: [CheckResult], history: HistorySummary?, problems: [AuditProblem]) {
        self.tool = tool
        self.repository = repository
        self.generatedAt = generatedAt
        self.stack = stack
        self.results = results
        self.scores = Scoring.scores(results)
        self.effort = EffortSummary(results)
        self.history = history
        self.problems = problems
    }

    /// Failing results, most severe first, then by hours saved.
    package var failures: [CheckResult] {
        results.filter { $0.status == .fail }.sorted {
            ($0.severity, $0.effortHours, $1.id) > ($1.severity, $1.effortHours, $0.id)
        }
    }
}

/// Which repository and commit were audited.
package struct RepositoryInfo: Sendable, Codable, Hashable {
    /// The path or the URL given (user information redacted).
    package var source: String
    /// The audited commit's full id; nil for an empty repository.
    package var commit: String?
    /// The branch HEAD named, nil when detached.
    package var branch: String?
    package var isBare: Bool
    package var isShallow: Bool
    /// Submodules listed at the audited commit (not followed).
    package var submodules: [String]
    /// Files over the size limit that content checks skipped.
    package var skippedLargeFiles: Int

    package init(source: String, commit: String?, branch: String?, isBare: Bool, isShallow: Bool, submodules: [String], skippedLargeFiles: Int) {
        self.source = source
        self.commit = commit
        self.branch = branch
        self.isBare = isBare
        self.isShallow = isShallow
        self.submodules = submodules
        self.skippedLargeFiles = skippedLargeFiles
    }
}

/// Hours to fix what failed, and how many of them groundwork bricks automate.
package struct EffortSummary: Sendable, Codable, Hashable {
    package var totalHours: Double
    package var automatedHours: Double

    package init(_ results: [CheckResult]) {
        let failed = results.filter { $0.status == .fail }
        totalHours = failed.reduce(0) { $0 + $1.effortHours }
        automatedHours = failed.filter { !$0.fixedBy.isEmpty }.reduce(0) { $0 + $1.effortHours }
    }
}

/// The history facts a report shows.
package struct HistorySummary: Sendable, Codable, Hashable {
    package var commitCount: Int
    package var authorCount: Int
    package var busFactor: Int
    package var recentBusFactor: Int
    package var lastCommitDate: Date?
    /// Commits per month for the last 12 months, oldest first.
    package var commitsPerMonth: [Int]
    package var isPartial: Bool

    package init(_ facts: HistoryFacts) {
        commitCount = facts.commitCount
        authorCount = facts.authors.count
        busFactor = HistoryFacts.busFactor(facts.authors)
        recentBusFactor = HistoryFacts.busFactor(facts.recentAuthors)
        lastCommitDate = facts.lastCommitDate
        commitsPerMonth = facts.commitsPerMonth
        isPartial = facts.isPartial
    }
}

extension AuditReport {
    /// Decodes a report, giving fields added after schema version 1 their defaults, so reports
    /// written by an older groundwork still read (adding a field does not bump the schema).
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        tool = try container.decode(String.self, forKey: .tool)
        repository = try container.decode(RepositoryInfo.self, forKey: .repository)
        generatedAt = try container.decode(Date.self, forKey: .generatedAt)
        stack = try container.decode(Stack.self, forKey: .stack)
        results = try container.decode([CheckResult].self, forKey: .results)
        scores = try container.decode(Scores.self, forKey: .scores)
        effort = try container.decode(EffortSummary.self, forKey: .effort)
        history = try container.decodeIfPresent(HistorySummary.self, forKey: .history)
        problems = try container.decodeIfPresent([AuditProblem].self, forKey: .problems) ?? []
        isComplete = try container.decodeIfPresent(Bool.self, forKey: .isComplete) ?? true
    }
}
