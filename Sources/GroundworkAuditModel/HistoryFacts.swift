import Foundation

/// What one walk over the whole history found: people, activity, large blobs, artefacts, secrets.
package struct HistoryFacts: Sendable, Codable, Hashable {
    /// Commits walked (from every reference).
    package var commitCount = 0
    /// True when the walk could not see all history (a shallow clone, a missing object).
    package var isPartial = false
    /// Why the history is partial, for the report.
    package var partialReason: String?
    /// Authors after `.mailmap`, most commits first, over all time.
    package var authors: [AuthorActivity] = []
    /// Authors of the last 12 months, most commits first.
    package var recentAuthors: [AuthorActivity] = []
    /// The newest commit date on any reference.
    package var lastCommitDate: Date?
    /// Commits per month for the 12 months before the audit, oldest month first.
    package var commitsPerMonth: [Int] = []
    /// Blobs over the large-blob limit anywhere in history.
    package var largeBlobs: [HistoricalBlob] = []
    /// Build artefacts and binaries committed anywhere in history.
    package var artifacts: [HistoricalBlob] = []
    /// Secrets in lines added by any commit reachable from any reference (redacted).
    package var secrets: [SecretFinding] = []
    /// Branches with their last commit date and whether they are merged into the default branch.
    package var branches: [BranchActivity] = []

    package init() {}

    /// The fewest authors who together made at least half of the commits (0 with no commits).
    package static func busFactor(_ authors: [AuthorActivity]) -> Int {
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
package struct AuthorActivity: Sendable, Codable, Hashable {
    package var name: String
    package var email: String
    package var commits: Int
    package var lastCommit: Date

    package init(name: String, email: String, commits: Int, lastCommit: Date) {
        self.name = name
        self.email = email
        self.commits = commits
        self.lastCommit = lastCommit
    }
}

/// A blob seen in history, where it was first added.
package struct HistoricalBlob: Sendable, Codable, Hashable {
    package var path: String
    package var size: Int
    /// The commit that added it (full hex id).
    package var commit: String
    /// Whether the audited tree still holds it at that path.
    package var stillPresent: Bool

    package init(path: String, size: Int, commit: String, stillPresent: Bool) {
        self.path = path
        self.size = size
        self.commit = commit
        self.stillPresent = stillPresent
    }
}

/// A branch and how recently it moved.
package struct BranchActivity: Sendable, Codable, Hashable {
    package var name: String
    package var lastCommitDate: Date
    /// True when its tip is reachable from the default branch.
    package var isMerged: Bool
    package var isDefault: Bool

    package init(name: String, lastCommitDate: Date, isMerged: Bool, isDefault: Bool) {
        self.name = name
        self.lastCommitDate = lastCommitDate
        self.isMerged = isMerged
        self.isDefault = isDefault
    }
}
