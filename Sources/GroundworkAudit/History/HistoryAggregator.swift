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

    package init(now: Date, mailmap: Mailmap?, presentPaths: Set<String>) {
        self.now = now
        self.mailmap = mailmap
        self.presentPaths = presentPaths
    }

    package func facts(commits: [CommitRecord], events: [HistoryEvent], branches: [BranchActivity]) -> HistoryFacts {
        var facts = HistoryFacts()
        facts.commitCount = commits.count
        facts.branches = branches
        let yearAgo = now.addingTimeInterval(-365 * 86_400).timeIntervalSince1970
        let thisMonth = Self.monthNumber(now.timeIntervalSince1970)
        var perMonth = Array(repeating: 0, count: 12)
        // Counted per identity as written in the commits first, then folded through the mailmap once
        // per identity: git/git has 200k commits but only a few thousand identities.
        var identities: [AuthorIdentity: IdentityActivity] = [:]
        var lastCommit: Double?
        for commit in commits {
            identities[AuthorIdentity(name: commit.authorName, email: commit.authorEmail), default: IdentityActivity()].add(commit.time, recent: commit.time >= yearAgo)
            lastCommit = max(lastCommit ?? commit.time, commit.time)
            let monthsAgo = thisMonth - Self.monthNumber(commit.time)
            if (0..<12).contains(monthsAgo) { perMonth[11 - monthsAgo] += 1 }
        }
        facts.lastCommitDate = lastCommit.map(Date.init(timeIntervalSince1970:))

        var allTime: [String: PersonActivity] = [:]
        var recent: [String: PersonActivity] = [:]
        for (identity, activity) in identities {
            let person: (name: String, email: String) = mailmap?.resolve(name: identity.name, email: identity.email) ?? (identity.name, identity.email)
            let key = person.email.lowercased()
            allTime[key, default: PersonActivity()].add(person, commits: activity.commits, last: activity.last)
            if activity.recentCommits > 0 {
                recent[key, default: PersonActivity()].add(person, commits: activity.recentCommits, last: activity.recentLast)
            }
        }
        let order: (AuthorActivity, AuthorActivity) -> Bool = { ($0.commits, $1.email) > ($1.commits, $0.email) }
        facts.authors = allTime.values.map(\.activity).sorted(by: order)
        facts.recentAuthors = recent.values.map(\.activity).sorted(by: order)
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
                facts.secrets.append(
                    SecretFinding(
                        ruleID: event.ruleID ?? "unknown", ruleName: event.detail, path: event.path,
                        line: event.line ?? 0, commit: event.commit, redacted: event.redacted ?? "****",
                        allowlistsMet: event.allowlistsMet
                    ))
            }
        }
        facts.largeBlobs.sort { $0.size > $1.size }
        return facts
    }
}

extension HistoryAggregator {
    /// Months since year 0 of a Unix time, in UTC (`Calendar` is too slow to call 200k times).
    package static func monthNumber(_ time: Double) -> Int {
        // Howard Hinnant's civil_from_days: the proleptic Gregorian date of a day count.
        let days = Int((time / 86_400).rounded(.down)) + 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return year * 12 + month - 1
    }
}

/// The commits of one identity, all time and in the last twelve months.
private struct IdentityActivity {
    var commits = 0
    var last = -Double.infinity
    var recentCommits = 0
    var recentLast = -Double.infinity

    mutating func add(_ time: Double, recent: Bool) {
        commits += 1
        last = max(last, time)
        if recent {
            recentCommits += 1
            recentLast = max(recentLast, time)
        }
    }
}

/// One person after the mailmap: the sum of their identities, named and addressed as in their latest commit.
private struct PersonActivity {
    var name = ""
    var email = ""
    var commits = 0
    var last = -Double.infinity

    mutating func add(_ person: (name: String, email: String), commits: Int, last: Double) {
        if last > self.last || (last == self.last && (person.name, person.email) < (name, email)) { (name, email) = person }
        self.commits += commits
        self.last = max(self.last, last)
    }

    var activity: AuthorActivity {
        AuthorActivity(name: name, email: email, commits: commits, lastCommit: Date(timeIntervalSince1970: last))
    }
}
