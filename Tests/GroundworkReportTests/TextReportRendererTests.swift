import GroundworkAuditModel
import Testing

@testable import GroundworkReport

struct TextReportRendererTests {
    let renderer = TextReportRenderer()

    @Test func withoutColourHasNoEscapeCodesEvenForHostileText() {
        for report in [ReportFixtures.full, ReportFixtures.hostile, ReportFixtures.empty] {
            let text = renderer.render(report, options: RenderOptions(color: false))
            #expect(!text.contains("\u{1B}"))
        }
    }

    @Test func withColourStylesSeveritiesAndBars() {
        let text = renderer.render(ReportFixtures.full, options: RenderOptions(color: true))
        #expect(text.contains("\u{1B}[1;31mCRITICAL"))
        #expect(text.contains("\u{1B}[0m"))
    }

    @Test func colouredHostileTextKeepsOnlyOurEscapeCodes() {
        let text = renderer.render(ReportFixtures.hostile, options: RenderOptions(color: true))
        #expect(!text.contains("\u{1B}[31mred"))
        #expect(text.contains("?[31mred?[0m"))
    }

    @Test func headerNamesRepositoryCommitAndBranch() {
        let text = renderer.render(ReportFixtures.full, options: RenderOptions())
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "groundwork audit — https://github.com/acme/shop.git")
        #expect(lines.dropFirst().first?.hasPrefix("commit 3f5c2a9 · branch main · 2025-03-01 12:00 UTC") == true)
    }

    @Test func stackShowsLanguagesPackagesAndTooling() {
        let text = renderer.render(ReportFixtures.full, options: RenderOptions())
        #expect(text.contains("TypeScript 70% · JavaScript 20% · Shell 10% · Dockerfile <1%"))
        #expect(text.contains("api (services/api) — node/pnpm · express · runtime 20 · service"))
        #expect(text.contains("@acme/ui (packages/ui) — node/pnpm · react · library"))
        #expect(text.contains("Kubernetes manifest"))
        #expect(text.contains("github-actions"))
        #expect(text.contains("MIT (LICENSE)"))
        #expect(text.contains("412 commits · 2 authors · bus factor 1 (last 12 months: 1)"))
    }

    @Test func scoresShowABarAndNumberPerArea() throws {
        let report = ReportFixtures.full
        let text = renderer.render(report, options: RenderOptions())
        let overall = try #require(report.scores.overall)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("  Overall") })
        #expect(line.hasSuffix(" \(overall)"))
        #expect(line.contains("█"))
        let actions = try #require(text.split(separator: "\n").first { $0.contains(Area.actions.title) })
        #expect(actions.hasSuffix("not scored"))
    }

    @Test func findingsAreGroupedByAreaMostSevereFirst() throws {
        let text = renderer.render(ReportFixtures.full, options: RenderOptions())
        let security = try #require(text.range(of: "\nSecurity"))
        let ci = try #require(text.range(of: "\nContinuous integration"))
        let docs = try #require(text.range(of: "\nDocumentation"))
        #expect(security.lowerBound < ci.lowerBound)
        #expect(ci.lowerBound < docs.lowerBound)
        let dockerfile = try #require(text.range(of: "Every service has a Dockerfile"))
        let probes = try #require(text.range(of: "Containers declare probes"))
        #expect(dockerfile.lowerBound < probes.lowerBound)
    }

    @Test func findingsShowEvidenceFixAndHours() {
        let text = renderer.render(ReportFixtures.full, options: RenderOptions(width: 200))
        #expect(text.contains("            scripts/deploy.sh:7 · a1b2c3d  GitHub token ghp_**** added"))
        #expect(text.contains("            .github/workflows/ci.yml:12  no workflow runs `pnpm test`"))
        #expect(text.contains("fix: groundwork apply docker · 4 h"))
        #expect(text.contains("fix: groundwork apply k8s docker · 1.5 h"))
        #expect(text.contains("fix by hand · 2 h"))
        #expect(!text.contains("A README explains the project"))
    }

    @Test func topFixesOrderBricksByHoursSavedAndEffortLineTotals() throws {
        let text = renderer.render(ReportFixtures.full, options: RenderOptions(width: 200))
        let section = try #require(text.components(separatedBy: "Top fixes\n").last)
        let rows = section.split(separator: "\n").prefix(5).map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
        #expect(rows == ["docker 5.5", "ci 3", "k8s 1.5", "community-files 1", "by hand"])
        #expect(text.contains("Apply them all: groundwork apply docker ci community-files"))
        #expect(text.contains("Estimated effort to fix: 12 h, of which 9.5 h automated by groundwork bricks"))
    }

    @Test(arguments: [40, 60, 80, 120])
    func linesFitTheWidthWithoutTrailingSpaces(width: Int) {
        for report in [ReportFixtures.full, ReportFixtures.hostile, ReportFixtures.empty] {
            let text = renderer.render(report, options: RenderOptions(width: width))
            for line in text.split(separator: "\n") {
                #expect(TextLayout.width(String(line)) <= width, "too wide: \(line)")
                #expect(!line.hasSuffix(" "), "trailing space: \(line)")
            }
        }
    }

    @Test func emptyRepositorySaysSo() {
        let text = renderer.render(ReportFixtures.empty, options: RenderOptions())
        #expect(text.contains("empty repository (no commits)"))
        #expect(text.contains("No failing checks."))
        #expect(text.contains("No check applied: nothing to score."))
        #expect(text.contains("\n  Licence  none found\n"))
        #expect(text.contains("Estimated effort to fix: 0 h, of which 0 h automated by groundwork bricks"))
        #expect(!text.contains("Top fixes"))
    }

    @Test func narrowTerminalsPutFixedChecksUnderTheBrick() {
        let text = renderer.render(ReportFixtures.full, options: RenderOptions(width: 40))
        #expect(text.contains("  docker           5.5 h\n      delivery.dockerfile,\n      delivery.k8s-probes\n"))
    }

    @Test func problemsAreListed() {
        let text = renderer.render(ReportFixtures.full, options: RenderOptions())
        #expect(text.contains("Limits of this audit\n  - history is partial: the clone is shallow"))
    }
}

struct TextLayoutTests {
    @Test(arguments: [1, 5, 12, 30])
    func wrapKeepsEveryCharacterWithinTheWidth(columns: Int) {
        let text = "a veryveryverylongwordthatcannotfit and 日本語のテキスト short words"
        let lines = TextLayout.wrap(text, columns: columns, firstIndent: "", indent: "")
        for line in lines { #expect(TextLayout.width(line) <= max(columns, 2)) }
        #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
    }

    @Test func wrapIndentsContinuationLines() {
        let lines = TextLayout.wrap("one two three four", columns: 10, firstIndent: "- ", indent: "  ")
        #expect(lines == ["- one two", "  three", "  four"])
    }

    @Test func cleanRemovesControlAndBidiCharacters() {
        #expect(TextLayout.clean("a\u{1B}[2Jb\u{202E}c\td\ne") == "a?[2Jb?c d e")
    }

    @Test func wideCharactersTakeTwoColumns() {
        #expect(TextLayout.width("日本") == 4)
        #expect(TextLayout.width("résumé") == 6)
    }
}
