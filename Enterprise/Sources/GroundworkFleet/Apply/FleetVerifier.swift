#if Enterprise
import Foundation
import GroundworkAuditModel
import GroundworkGit

/// Verifies a campaign's commit before it is pushed: the checks the change claims to fix pass, the audit
/// score does not drop, and (when asked) the repository's own tests pass.
enum FleetVerifier {
    /// What verification found; `log` is kept in the store either way.
    struct Verdict: Sendable {
        var passed: Bool
        var scoreAfter: Int?
        var log: String
    }

    /// `before` is the audit of the commit the change was made on, `after` that of the change's commit.
    static func verify(
        before: AuditReport, after: AuditReport, fixes: [String], repository: Repository, commit: ObjectID,
        runTests: Bool, testTimeout: Duration
    ) -> Verdict {
        var lines: [String] = []
        var passed = true
        if !after.isComplete {
            passed = false
            lines.append("FAIL the audit of the change could not read everything: " + after.problems.map(\.message).joined(separator: "; "))
        }
        let failingBefore = Set(before.failures.map(\.id))
        let failingAfter = Set(after.failures.map(\.id))
        for check in Array(Set(fixes)).sorted() where failingBefore.contains(check) {
            if failingAfter.contains(check) {
                passed = false
                lines.append("FAIL \(check) still fails after the change that claims to fix it")
            } else {
                lines.append("ok   \(check) fixed")
            }
        }
        let newlyFailing = failingAfter.subtracting(failingBefore).sorted()
        // A new file may bring checks that did not apply before; the score says whether that is a regression.
        if !newlyFailing.isEmpty {
            lines.append("note checks failing now that did not before: " + newlyFailing.joined(separator: ", "))
        }
        let scoreBefore = before.scores.overall, scoreAfter = after.scores.overall
        if let scoreBefore, let scoreAfter, scoreAfter < scoreBefore {
            passed = false
            lines.append("FAIL the audit score drops from \(scoreBefore) to \(scoreAfter)")
        } else {
            lines.append("ok   audit score \(scoreBefore.map(String.init) ?? "—") → \(scoreAfter.map(String.init) ?? "—")")
        }
        if runTests {
            if let command = after.stack.packages.compactMap(\.testCommand).first {
                do {
                    let result = try FleetTestRun.run(command, repository: repository, commit: commit, timeout: testTimeout)
                    if !result.passed { passed = false }
                    lines.append((result.passed ? "ok   tests: " : "FAIL tests: ") + result.log)
                } catch {
                    passed = false
                    lines.append("FAIL tests could not run: \(error)")
                }
            } else {
                lines.append("skip tests: no test command detected in the repository")
            }
        }
        return Verdict(passed: passed, scoreAfter: scoreAfter, log: lines.joined(separator: "\n"))
    }
}
#endif
