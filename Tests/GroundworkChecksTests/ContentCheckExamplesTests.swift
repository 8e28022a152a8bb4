import Foundation
import GroundworkAuditModel
import Testing

@testable import GroundworkChecks

/// Runs every example of every docs, CI, Actions and code check on a real repository.
@Suite struct ContentCheckExamplesTests {
    /// One example of one check.
    struct Case: Sendable, CustomTestStringConvertible {
        let check: any Check
        let example: CheckExample
        var testDescription: String { "\(check.id): \(example.name) (\(example.expectation.rawValue))" }
    }

    static let cases = ContentChecks.all.flatMap { check in check.examples.map { Case(check: check, example: $0) } }

    /// The bricks the brief lets these checks name.
    static let knownBricks: Set<String> = [
        "community", "license", "github-actions", "gitlab-ci", "dependabot", "renovate", "editorconfig",
        "precommit", "gitignore", "docker", "compose", "kubernetes", "helm",
    ]

    @Test(arguments: cases)
    func exampleHasItsOutcome(_ testCase: Case) throws {
        let (repo, context) = try buildExample(testCase.example, now: Date())
        let outcome = withExtendedLifetime(repo) { testCase.check.evaluate(context) }
        switch (testCase.example.expectation, outcome) {
        case (.pass, .passed), (.notApplicable, .notApplicable):
            break
        case (.fail, .failed(let evidence)):
            #expect(!evidence.isEmpty, "a failure must say where")
            for item in evidence {
                if let path = item.path { #expect(context.snapshot.file(at: path) != nil, "evidence names \(path), which is not in the repository") }
                if let line = item.line { #expect(line >= 1) }
            }
        default:
            Issue.record("expected \(testCase.example.expectation.rawValue), got \(outcome)")
        }
    }

    @Test(arguments: ContentChecks.all.map(\.id))
    func checkIsWellFormed(_ id: String) throws {
        let check = try #require(ContentChecks.all.first { $0.id == id })
        let parts = id.split(separator: ".")
        #expect(parts.count == 2 && id == id.lowercased())
        #expect(["docs", "ci", "actions", "code"].contains(String(parts[0])))
        #expect(check.area.rawValue == String(parts[0]))
        #expect(!check.title.isEmpty && !check.rationale.isEmpty)
        #expect(check.effortHours > 0)
        #expect(Set(check.fixedBy).isSubset(of: Self.knownBricks))
        let expectations = Set(check.examples.map(\.expectation))
        #expect(expectations.contains(.pass) && expectations.contains(.fail), "every check shows a passing and a failing repository")
    }

    @Test func idsAreUnique() {
        let ids = ContentChecks.all.map(\.id)
        #expect(Set(ids).count == ids.count)
    }
}
