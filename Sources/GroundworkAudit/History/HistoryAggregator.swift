import Foundation
import GroundworkAuditModel
import GroundworkGit

/// Folds walked commits and events into the facts checks read.
package struct HistoryAggregator {
    package var now: Date
    /// Folds aliases of one person; nil when the repository has no mailmap.
    package var mailmap: Mailmap?
    /// Paths present in the audited tree (a large blob or artefact still there is worse).
    package var presentPaths: Set<String>

    package func facts(commits: [CommitRecord], events: [HistoryEvent], branches: [BranchActivity]) -> HistoryFacts {
        var facts = HistoryFacts()
        facts.commitCount = commits.count
        facts.branches = branches
        let yearAgo = now.addingTimeInterval(-365 * 86_400)
        var allTime: [String: AuthorActivity] = [:]
        var recent: [String: AuthorActivity] = [:]
        var perMonth = Array(repeating: 0, count: 12)
        let calendar = Calendar(identifier: .gregorian)
        let thisMonth = calendar.dateComponents(in: TimeZone(identifier: "UTC")!, from: now)
        for commit in commits {
            let date = Date(timeIntervalSince1970: commit.time)
            let person: (name: String, email: String) = mailmap?.resolve(name: commit.authorName, email: commit.authorEmail) ?? (commit.authorName, commit.authorEmail)
            let key = person.email.lowercased()
            allTime[key, default: AuthorActivity(name: person.name, email: person.email, commits: 0, lastCommit: date)].add(date)
            if date >= yearAgo { recent[key, default: AuthorActivity(name: person.name, email: person.email, commits: 0, lastCommit: date)].add(date) }
            facts.lastCommitDate = max(facts.lastCommitDate ?? date, date)
            let month = calendar.dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
            let monthsAgo = ((thisMonth.year ?? 0) - (month.year ?? 0)) * 12 + ((thisMonth.month ?? 0) - (month.month ?? 0))
            if (0..<12).contains(monthsAgo) { perMonth[11 - monthsAgo] += 1 }
        }
        let order: (AuthorActivity, AuthorActivity) -> Bool = { ($0.commits, $1.email) > ($1.commits, $0.email) }
        facts.authors = allTime.values.sorted(by: order)
        facts.recentAuthors = recent.values.sorted(by: order)
        facts.commitsPerMonth = perMonth

        var artifactPaths = Set<String>()
        for event in events.sorted(by: { ($0.path, $0.commit) < ($1.path, $1.commit) }) {
            let blob = HistoricalBlob(path: event.path, size: event.size, commit: event.commit, stillPresent: presentPaths.contains(event.path))
            switch event.kind {
            case .largeBlob:
                facts.largeBlobs.append(blob)
            case .artifact:
                // One entry per path: a committed node_modules file changed 50 times is one artefact.
                if artifactPaths.insert(event.path).inserted { facts.artifacts.append(blob) }
            case .secret:
                facts.secrets.append(SecretFinding(
                    ruleID: event.ruleID ?? "unknown", ruleName: event.detail, path: event.path,
                    line: event.line ?? 0, commit: event.commit, redacted: event.redacted ?? "****"
                ))
            }
        }
        facts.largeBlobs.sort { $0.size > $1.size }
        return facts
    }
}

private extension AuthorActivity {
    mutating func add(_ date: Date) {
        commits += 1
        lastCommit = max(lastCommit, date)
    }
}
