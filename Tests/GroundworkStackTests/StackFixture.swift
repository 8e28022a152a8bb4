import GroundworkAudit
import GroundworkAuditModel
import GroundworkStack
import GroundworkTestSupport
import Testing

/// Builds a real repository from `files` (one commit, through libgit2), loads its snapshot and detects its stack.
func detectStack(_ files: [String: FixtureContent]) throws -> Stack {
    let builder = try RepoBuilder()
    try builder.commit("fixture", files: files)
    let head = try #require(builder.head)
    let snapshot = try RepoSnapshot.load(from: builder.repository, commit: head)
    // The builder (and its repository) must outlive detection: contents load lazily.
    return withExtendedLifetime(builder) { StackDetector.detect(snapshot) }
}

/// Detects the stack of an in-memory snapshot (for fixtures that need no git object, such as large trees).
func detectStack(texts: [String: String]) -> Stack {
    StackDetector.detect(RepoSnapshot(texts: texts))
}

extension Stack {
    /// The package at `path`, failing the test when there is none.
    func package(at path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> StackPackage {
        try #require(packages.first { $0.path == path }, "no package at '\(path)' in \(packages.map(\.path))", sourceLocation: sourceLocation)
    }

    /// The only package, failing the test when there is not exactly one.
    func onlyPackage(sourceLocation: SourceLocation = #_sourceLocation) throws -> StackPackage {
        #expect(packages.count == 1, "expected one package, found \(packages.map { "\($0.path):\($0.ecosystem)" })", sourceLocation: sourceLocation)
        return try #require(packages.first, sourceLocation: sourceLocation)
    }

    /// Usage of the language `name`, nil when absent.
    func language(_ name: String) -> LanguageUsage? { languages.first { $0.name == name } }
}
