import Foundation
import GroundworkAuditModel
import Testing

@testable import GroundworkReport

struct MarkdownReportRendererTests {
    let renderer = MarkdownReportRenderer()

    /// Cells of a table row, split on pipes that are not backslash-escaped.
    static func cells(_ row: Substring) -> Int {
        var count = 0, escaped = false
        for character in row {
            if character == "|" && !escaped { count += 1 }
            escaped = character == "\\" && !escaped
        }
        return count - 1
    }

    /// Every table: its rows have as many cells as its header.
    static func tables(_ markdown: String) -> [[Substring]] {
        var tables: [[Substring]] = [], current: [Substring] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("|") { current.append(line) } else if !current.isEmpty { tables.append(current); current = [] }
        }
        if !current.isEmpty { tables.append(current) }
        return tables
    }

    @Test func hasTitleSummaryAndTheTables() {
        let markdown = renderer.render(ReportFixtures.full, options: RenderOptions())
        #expect(markdown.hasPrefix("# Audit of https://github.com/acme/shop.git\n"))
        #expect(markdown.contains("## Summary"))
        #expect(markdown.contains("- **Estimated effort to fix:** 12 h, of which 9.5 h automated by groundwork bricks"))
        #expect(markdown.contains("| Area | Score | Failing checks |\n| --- | ---: | ---: |"))
        #expect(markdown.contains("### Security — score 0/100"))
        #expect(markdown.contains("| Severity | Finding | Evidence | Fix | Hours |"))
        #expect(markdown.contains("## What groundwork can fix"))
        #expect(markdown.contains("| `groundwork apply docker` | Every service has a Dockerfile<br>Containers declare probes | 5.5 |"))
        #expect(markdown.contains("## Stack"))
        #expect(markdown.contains("| TypeScript | 70% | 120 | 21000 |"))
        #expect(markdown.contains("## History"))
        #expect(markdown.contains("- **Bus factor:** 1 all time, 1 over the last 12 months"))
        #expect(markdown.contains("## Limits of this audit"))
        #expect(Self.tables(markdown).count == 8)
    }

    @Test(arguments: ["full", "hostile", "empty"])
    func everyRowHasTheHeadersCellCount(name: String) throws {
        let report = try #require(["full": ReportFixtures.full, "hostile": ReportFixtures.hostile, "empty": ReportFixtures.empty][name])
        let markdown = renderer.render(report, options: RenderOptions())
        for table in Self.tables(markdown) {
            let width = Self.cells(table[0])
            for row in table { #expect(Self.cells(row) == width, "row: \(row)") }
        }
    }

    @Test func findingRowShowsEvidenceWithPlaceAndCommit() {
        let markdown = renderer.render(ReportFixtures.full, options: RenderOptions())
        #expect(markdown.contains("`scripts/deploy.sh:7 · a1b2c3d` GitHub token ghp\\_\\*\\*\\*\\* added"))
        #expect(markdown.contains("| by hand | 2 |"))
        #expect(markdown.contains("`groundwork apply k8s docker`"))
    }

    /// The document without its code spans, whose content Markdown shows verbatim.
    static func outsideCode(_ markdown: String) -> String {
        markdown.replacingOccurrences(of: "(?<!\\\\)(`+).*?\\1", with: "", options: .regularExpression)
    }

    @Test func userTextCannotInjectMarkupOrLinks() {
        let markdown = renderer.render(ReportFixtures.hostile, options: RenderOptions())
        let prose = Self.outsideCode(markdown)
        // Our own line breaks and escaped brackets aside, no angle bracket can open a tag.
        #expect(!prose.replacingOccurrences(of: "<br>", with: "").replacingOccurrences(of: "\\<", with: "").contains("<"))
        #expect(!prose.contains("[link]("))
        #expect(markdown.contains("\\[link\\]"))
        #expect(markdown.contains("\\<b\\>Lang\\</b\\>"))
        #expect(markdown.contains("\\# heading second line \\& more"))
        #expect(markdown.contains("| 1\\. \\| name |"))
        #expect(!markdown.contains("\u{1B}"))
        #expect(markdown.contains("`src/<script>alert(1)</script>/résumé 📄\\|x.js:4`"))
    }

    @Test func emptyRepositoryReadsWell() {
        let markdown = renderer.render(ReportFixtures.empty, options: RenderOptions())
        #expect(markdown.contains("Empty repository (no commits)"))
        #expect(markdown.contains("- **Overall score:** not scored (no check applied)"))
        #expect(markdown.contains("No check failed."))
        #expect(!markdown.contains("## What groundwork can fix"))
        #expect(!markdown.contains("## History"))
        #expect(markdown.contains("No code or package manifest was found."))
    }
}

struct MarkdownEscapingTests {
    @Test(arguments: [
        ("a|b", "a\\|b"), ("*x*", "\\*x\\*"), ("- item", "\\- item"), ("12. x", "12\\. x"), ("a\nb", "a b"),
        ("<b>", "\\<b\\>"), ("a_b", "a\\_b"), ("plain text.", "plain text."),
    ])
    func text(raw: String, escaped: String) {
        #expect(MarkdownEscaping.text(raw) == escaped)
    }

    @Test(arguments: [("a", "`a`"), ("a`b", "``a`b``"), ("`a", "`` `a ``"), ("a|b", "`a|b`"), ("", "")])
    func code(raw: String, span: String) {
        #expect(MarkdownEscaping.code(raw) == span)
    }

    @Test func codeInATableEscapesPipes() {
        #expect(MarkdownEscaping.code("a|b", inTable: true) == "`a\\|b`")
    }
}
