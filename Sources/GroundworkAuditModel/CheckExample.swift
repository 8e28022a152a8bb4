import Foundation

/// A small repository on which a check has a known outcome: its documentation and its test.
public struct CheckExample: Sendable {
    /// The outcome the example demonstrates.
    public enum Expectation: String, Sendable {
        case pass, fail, notApplicable
    }

    /// What the example shows, in a few words.
    public var name: String
    public var expectation: Expectation
    /// Commits, oldest first; the last one is audited. Most examples need one.
    public var commits: [ExampleCommit]
    /// Other branches: name → commits made on top of the first commit (for stale-branch checks).
    public var branches: [String: [ExampleCommit]]
    /// Files present in the work tree but not committed (for untracked-file checks).
    public var untracked: [String: String]

    public init(_ name: String, _ expectation: Expectation, files: [String: String]) {
        self.init(name, expectation, commits: [ExampleCommit(files: files)])
    }

    public init(_ name: String, _ expectation: Expectation, commits: [ExampleCommit], branches: [String: [ExampleCommit]] = [:], untracked: [String: String] = [:]) {
        self.name = name
        self.expectation = expectation
        self.commits = commits
        self.branches = branches
        self.untracked = untracked
    }
}

/// One commit of an example repository.
public struct ExampleCommit: Sendable {
    /// The author's name (email derived from it).
    public var author: String
    /// How many days before the audit's "now" the commit was made.
    public var daysAgo: Double
    /// Files written by this commit (text; use `binaryFiles` for bytes).
    public var files: [String: String]
    /// Files written as raw bytes.
    public var binaryFiles: [String: Data]
    /// Paths deleted by this commit.
    public var removing: [String]
    public var message: String

    public init(author: String = "Alice Example", daysAgo: Double = 1, files: [String: String] = [:], binaryFiles: [String: Data] = [:], removing: [String] = [], message: String = "change") {
        self.author = author
        self.daysAgo = daysAgo
        self.files = files
        self.binaryFiles = binaryFiles
        self.removing = removing
        self.message = message
    }
}
