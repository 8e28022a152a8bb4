import Foundation

/// A small repository on which a check has a known outcome: its documentation and its test.
package struct CheckExample: Sendable {
    /// The outcome the example demonstrates.
    package enum Expectation: String, Sendable {
        case pass, fail, notApplicable
    }

    /// What the example shows, in a few words.
    package var name: String
    package var expectation: Expectation
    /// Commits, oldest first; the last one is audited. Most examples need one.
    package var commits: [ExampleCommit]
    /// Other branches: name → commits made on top of the first commit (for stale-branch checks).
    package var branches: [String: [ExampleCommit]]
    /// Files present in the work tree but not committed (for untracked-file checks).
    package var untracked: [String: String]

    package init(_ name: String, _ expectation: Expectation, files: [String: String]) {
        self.init(name, expectation, commits: [ExampleCommit(files: files)])
    }

    package init(_ name: String, _ expectation: Expectation, commits: [ExampleCommit], branches: [String: [ExampleCommit]] = [:], untracked: [String: String] = [:]) {
        self.name = name
        self.expectation = expectation
        self.commits = commits
        self.branches = branches
        self.untracked = untracked
    }
}

/// One commit of an example repository.
package struct ExampleCommit: Sendable {
    /// The author's name (email derived from it).
    package var author: String
    /// How many days before the audit's "now" the commit was made.
    package var daysAgo: Double
    /// Files written by this commit (text; use `binaryFiles` for bytes).
    package var files: [String: String]
    /// Files written as raw bytes.
    package var binaryFiles: [String: Data]
    /// Paths deleted by this commit.
    package var removing: [String]
    package var message: String

    package init(author: String = "Alice Example", daysAgo: Double = 1, files: [String: String] = [:], binaryFiles: [String: Data] = [:], removing: [String] = [], message: String = "change") {
        self.author = author
        self.daysAgo = daysAgo
        self.files = files
        self.binaryFiles = binaryFiles
        self.removing = removing
        self.message = message
    }
}
