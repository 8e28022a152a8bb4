import GroundworkAuditModel
import Testing

@testable import GroundworkReport

struct ReportDigestTests {
    @Test func groupsFailuresWithTheWorstAreaFirst() {
        let digest = ReportDigest(ReportFixtures.full)
        #expect(digest.failuresByArea.map(\.area) == [.security, .ci, .delivery, .docs])
        #expect(digest.failuresByArea.first { $0.area == .delivery }?.failures.map(\.id) == ["delivery.dockerfile", "delivery.k8s-probes"])
        #expect(digest.failures.count == 6)
        #expect(digest.passed.count == 2)
        #expect(digest.notApplicable.map(\.id) == ["delivery.dockerignore"])
    }

    @Test func bricksAreOrderedByHoursSaved() {
        let digest = ReportDigest(ReportFixtures.full)
        #expect(digest.brickFixes.map(\.brick) == ["docker", "ci", "k8s", "community-files"])
        #expect(digest.brickFixes.map(\.hours) == [5.5, 3, 1.5, 1])
        #expect(digest.manualFixes.map(\.id) == ["security.secrets-history", "docs.codeowners"])
        // k8s fixes only checks docker already fixes in this fixture: an alternative, not applied as well.
        #expect(digest.applyAllCommand == "groundwork apply docker ci community-files")
        #expect(ReportDigest(ReportFixtures.empty).applyAllCommand == nil)
    }

    @Test func aBrickListedTwiceCountsOnce() {
        let result = ReportFixtures.result("ci.lint", .low, .failed([]), fixedBy: ["ci", "ci"], hours: 2)
        let report = AuditReport(
            tool: "groundwork 0.1.0", repository: ReportFixtures.repository(), generatedAt: ReportFixtures.generatedAt,
            stack: Stack(), results: [result], history: nil, problems: [])
        #expect(ReportDigest(report).brickFixes.map(\.hours) == [2])
    }

    @Test func languageSharesSumTheTailAsOther() {
        var report = ReportFixtures.empty
        report.stack.languages = (1...9).map { LanguageUsage(name: "L\($0)", files: 1, bytes: $0 * 10, lines: 1) }
        report.stack.languages.append(LanguageUsage(name: "Empty", files: 1, bytes: 0, lines: 0))
        let shares = ReportDigest(report).languageShares(limit: 4)
        #expect(shares.map(\.name) == ["L9", "L8", "L7", "Other"])
        #expect(shares.last?.bytes == (1...6).reduce(0) { $0 + $1 * 10 })
        #expect(abs(shares.reduce(0) { $0 + $1.fraction } - 1) < 1e-9)
        #expect(ReportDigest(report).languageShares().count == 9)
        #expect(ReportDigest(ReportFixtures.empty).languageShares().isEmpty)
    }

    @Test(arguments: [(2.0, "2 h"), (1.5, "1.5 h"), (0.25, "0.25 h"), (0.333, "0.33 h"), (Double.nan, "? h"), (Double.infinity, "? h")])
    func hoursAreWrittenPlainly(value: Double, text: String) {
        #expect(ReportText.hours(value) == text)
    }
}
