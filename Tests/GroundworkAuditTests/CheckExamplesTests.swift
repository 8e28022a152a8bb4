import Foundation
import GroundworkAudit
import GroundworkAuditModel
import GroundworkChecks
import GroundworkTestSupport
import Testing

/// Every registered check, run through the whole engine on each of its example repositories.
@Suite("Check examples")
struct CheckExamplesTests {
    static let now = Date(timeIntervalSince1970: 1_767_225_600) // 2026-01-01

    static var cases: [CheckCase] {
        CheckRegistry.all.flatMap { check in check.examples.map { CheckCase(check: check, example: $0) } }
    }

    @Test(arguments: cases)
    func exampleHasItsOutcome(_ testCase: CheckCase) throws {
        let repo = try RepoBuilder.example(testCase.example, now: Self.now)
        let cache = ScratchDirectory()
        var options = AuditOptions()
        options.now = Self.now
        options.checks = [testCase.check]
        options.directories.cache = cache.path
        options.jobs = 2
        let report = try Auditor.audit(repo.path, options: options)
        let result = try #require(report.results.first)
        let expected: CheckResult.Status =
            switch testCase.example.expectation {
            case .pass: .pass
            case .fail: .fail
            case .notApplicable: .notApplicable
            }
        #expect(result.status == expected, "\(testCase): \(result.evidence.map(\.message)) \(result.reason ?? "")")
        if expected == .fail { #expect(!result.evidence.isEmpty, "a failure names its evidence") }
    }

    @Test func everyCheckHasPassingAndFailingExamples() {
        for check in CheckRegistry.all {
            let expectations = Set(check.examples.map(\.expectation))
            #expect(expectations.contains(.pass), "\(check.id) has no passing example")
            #expect(expectations.contains(.fail), "\(check.id) has no failing example")
        }
    }
}

/// One check and one of its examples, named for test output.
struct CheckCase: CustomTestStringConvertible, Sendable {
    let check: any Check
    let example: CheckExample
    var testDescription: String { "\(check.id): \(example.name)" }
}
