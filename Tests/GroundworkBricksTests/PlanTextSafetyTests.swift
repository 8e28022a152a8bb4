import Foundation
import GroundworkBasics
import Testing

@testable import GroundworkBricks

/// Issue 10, D17: what `apply` and `check` print is honest and cannot be forged by a file name.
@Suite("plan and check texts")
struct PlanTextSafetyTests {
    @Test func controlCharactersInPathsAreEscaped() {
        var plan = BrickPlan()
        plan.files = [PlannedFile(path: "evil\u{1B}[2J\nremove .git/HEAD", operation: .create, before: nil, after: Data("x\n".utf8), bricks: ["b"], executable: false)]
        let text = PlanText.render(plan, diffs: false)
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("evil\\u{1B}[2J\\u{A}remove .git/HEAD"))
        #expect(text.split(separator: "\n").filter { $0.contains("remove") }.count == 1, "the name cannot forge a line of its own")
        #expect(VisibleText.escapingControls("a\nb\u{7}", keepingNewlines: true) == "a\nb\\u{7}")
    }

    @Test func bricksMissingFromTheLibraryAreNotUpToDate() {
        var report = DriftReport()
        report.brickCount = 3
        report.unavailable = ["a", "b", "c"]
        let text = PlanText.render(report)
        #expect(!text.contains("up to date"))
        #expect(text.contains("No brick could be compared: none of the 3 recorded bricks are in the brick library."))
        report.unavailable = ["c"]
        #expect(PlanText.render(report).contains("2 bricks up to date (1 not compared)"))
    }
}
