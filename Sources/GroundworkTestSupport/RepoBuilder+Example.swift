import Foundation
import GroundworkAuditModel
import GroundworkGit

extension RepoBuilder {
    /// Builds a check's example as a real repository: its commits in order (dated `daysAgo` before
    /// `now`), its other branches forked from the first commit, and its untracked files in the work tree.
    package static func example(_ example: CheckExample, now: Date) throws -> RepoBuilder {
        let repo = try RepoBuilder()
        var first: ObjectID?
        for commit in example.commits {
            let id = try repo.commit(commit, now: now)
            first = first ?? id
        }
        for (branch, commits) in example.branches.sorted(by: { $0.key < $1.key }) {
            let mainBranch = repo.currentBranch
            try repo.branch(branch, at: first)
            for commit in commits { try repo.commit(commit, now: now) }
            try repo.switchTo(mainBranch)
        }
        if !example.untracked.isEmpty {
            if repo.head != nil { try repo.checkout() }
            for (path, content) in example.untracked { try repo.writeWorkTreeFile(path, content) }
        }
        return repo
    }

    /// Commits one `ExampleCommit`.
    @discardableResult
    package func commit(_ commit: ExampleCommit, now: Date) throws -> ObjectID {
        var files: [String: FixtureContent] = commit.files.mapValues { .text($0) }
        for (path, data) in commit.binaryFiles { files[path] = .bytes(data) }
        return try self.commit(commit.message, files: files, removing: commit.removing, author: commit.author, date: now.addingTimeInterval(-commit.daysAgo * 86_400))
    }
}
