import Foundation

/// What one walk over the whole history found: people, activity, large blobs, artefacts, secrets.
public struct HistoryFacts: Sendable, Codable, Hashable {
    /// Commits walked (from every reference).
    public var commitCount = 0
    /// True when the walk could not see all history (a shallow clone, a missing object).
    public var isPartial = false
    /// Why the history is partial, for the report.
    public var partialReason: String?
    /// Authors after `.mailmap`, most commits first, over all time.
    public var authors: [AuthorActivity] = []
    /// Authors of the last 12 months, most commits first.
    public var recentAuthors: [AuthorActivity] = []
    /// The newest commit date on any reference.
    public var lastCommitDate: Date?
    /// Commits per month for the 12 months before the audit, oldest month first.
    public var commitsPerMonth: [Int] = []
    /// Blobs over the large-blob limit anywhere in history.
    public var largeBlobs: [HistoricalBlob] = []
    /// Build artefacts and binaries committed anywhere in history.
    public var artifacts: [HistoricalBlob] = []
    /// Secrets in lines added by any commit reachable from any reference (redacted).
    public var secrets: [SecretFinding] = []
    /// Branches with their last commit date and whether they are merged into the default branch.
    public var branches: [BranchActivity] = []

    public init() {}

    /// The fewest authors who together made at least half of the commits (0 with no commits).
    public static func busFactor(_ authors: [AuthorActivity]) -> Int {
        let total = authors.reduce(0) { $0 + $1.commits }
        guard total > 0 else { return 0 }
        var covered = 0
        for (index, author) in authors.sorted(by: { $0.commits > $1.commits }).enumerated() {
            covered += author.commits
            if covered * 2 >= total { return index + 1 }
        }
        return authors.count
    }
}

/// One person's share of the commits.
public struct AuthorActivity: Sendable, Codable, Hashable {
    public var name: String
    public var email: String
    public var commits: Int
    public var lastCommit: Date

    public init(name: String, email: String, commits: Int, lastCommit: Date) {
        self.name = name
        self.email = email
        self.commits = commits
        self.lastCommit = lastCommit
    }
}

/// A blob seen in history, where it was first added.
public struct HistoricalBlob: Sendable, Codable, Hashable {
    public var path: String
    public var size: Int
    /// The commit that added it (full hex id).
    public var commit: String
    /// Whether the audited tree still holds it at that path.
    public var stillPresent: Bool

    public init(path: String, size: Int, commit: String, stillPresent: Bool) {
        self.path = path
        self.size = size
        self.commit = commit
        self.stillPresent = stillPresent
    }
}

/// A branch and how recently it moved.
public struct BranchActivity: Sendable, Codable, Hashable {
    public var name: String
    public var lastCommitDate: Date
    /// True when its tip is reachable from the default branch.
    public var isMerged: Bool
    public var isDefault: Bool

    public init(name: String, lastCommitDate: Date, isMerged: Bool, isDefault: Bool) {
        self.name = name
        self.lastCommitDate = lastCommitDate
        self.isMerged = isMerged
        self.isDefault = isDefault
    }
}
