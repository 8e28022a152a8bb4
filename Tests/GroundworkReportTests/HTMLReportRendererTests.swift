import GroundworkAuditModel
import Testing

@testable import GroundworkReport

struct HTMLReportRendererTests {
    let renderer = HTMLReportRenderer()

    func count(_ needle: String, in html: String) -> Int {
        html.components(separatedBy: needle).count - 1
    }

    /// Every markup tag of a document: what sits between `<` and `>` (escaped text never holds a `<`).
    static func tags(_ html: String) -> [Substring] {
        html.split(separator: "<").dropFirst().compactMap { $0.split(separator: ">", maxSplits: 1, omittingEmptySubsequences: false).first }
    }

    @Test(arguments: ["full", "hostile", "empty"])
    func noTagOrStyleReferencesAnythingOutsideTheFile(name: String) throws {
        let report = try #require(["full": ReportFixtures.full, "hostile": ReportFixtures.hostile, "empty": ReportFixtures.empty][name])
        let html = renderer.render(report, options: RenderOptions())
        for tag in Self.tags(html) {
            for forbidden in ["src=", "href=", "http:", "https:", "url(", "xmlns", "script", "link", "iframe", "object", "embed"] {
                #expect(!tag.lowercased().contains(forbidden), "<\(tag)>")
            }
        }
        let style = try #require(html.components(separatedBy: "<style>").last?.components(separatedBy: "</style>").first)
        for forbidden in ["url(", "@import", "http", "@font-face"] {
            #expect(!style.contains(forbidden))
        }
    }

    @Test func theOnlyURLIsTheRepositorysOwnName() {
        let report = ReportFixtures.full
        let html = renderer.render(report, options: RenderOptions())
        #expect(html.contains(report.repository.source))
        let withoutSource = html.replacingOccurrences(of: HTMLEscaping.text(report.repository.source), with: "")
        #expect(!withoutSource.contains("http://"))
        #expect(!withoutSource.contains("https://"))
    }

    @Test func escapesInjectionInPathsEvidenceAndNames() {
        let html = renderer.render(ReportFixtures.hostile, options: RenderOptions())
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("found &lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&lt;/details&gt;&lt;script&gt;x()&lt;/script&gt;"))
        #expect(html.contains("<title>Audit of /work/&lt;repo&gt; &amp; &quot;co&quot;</title>"))
        #expect(html.contains("&lt;b&gt;Lang&lt;/b&gt;"))
        #expect(html.contains("résumé 📄|x.js:4"))
        #expect(!html.contains("\u{1B}"))
        #expect(count("<details", in: html) == count("</details>", in: html))
    }

    @Test func isOneDocumentWithInlineStyle() {
        let html = renderer.render(ReportFixtures.full, options: RenderOptions())
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(count("<style>", in: html) == 1)
        #expect(html.contains("-apple-system"))
        #expect(html.contains("@media print"))
        for tag in ["section", "svg", "table", "details", "ul", "div"] {
            #expect(count("<\(tag)", in: html) == count("</\(tag)>", in: html), "unbalanced <\(tag)>")
        }
    }

    @Test func chartsAreInlineSVG() {
        let html = renderer.render(ReportFixtures.full, options: RenderOptions())
        #expect(count("<svg", in: html) == 3)
        #expect(html.contains("aria-label=\"Score per area, out of 100\""))
        #expect(html.contains("aria-label=\"Language mix by bytes of code\""))
        #expect(html.contains("aria-label=\"Commits per month, oldest first\""))
        #expect(html.contains("<polyline class=\"spark-line\""))
        #expect(count("class=\"chart-track\"", in: html) == Area.allCases.filter(\.isAlwaysReported).count)
        #expect(html.contains("<title>TypeScript 70%</title>"))
        let withoutHistory = renderer.render(ReportFixtures.hostile, options: RenderOptions())
        #expect(count("<svg", in: withoutHistory) == 2)
    }

    @Test func summaryAndFindingsAreThere() {
        let report = ReportFixtures.full
        let html = renderer.render(report, options: RenderOptions())
        #expect(html.contains("Estimated effort to fix: 12 h, of which 9.5 h automated by groundwork bricks."))
        #expect(html.contains("<div class=\"label\">Overall score</div><div class=\"value"))
        #expect(count("<details class=\"finding", in: html) == report.failures.count)
        #expect(count("<details class=\"finding sev-critical\" open>", in: html) == 1)
        #expect(html.contains("<details class=\"finding sev-medium\">"))
        #expect(html.contains("<code>scripts/deploy.sh:7</code> <span class=\"commit\">a1b2c3d</span> GitHub token ghp_**** added"))
        #expect(html.contains("Fix: <code>groundwork apply docker</code> saves about 4 h of manual work."))
        #expect(html.contains("<td><code>groundwork apply docker</code></td>"))
        #expect(html.contains("api</td><td><code>services/api</code>"))
        #expect(html.contains("<dt>Licence</dt><dd>MIT in <code>LICENSE</code></dd>"))
        #expect(html.contains("history is partial: the clone is shallow"))
    }

    @Test func emptyRepositoryRenders() {
        let html = renderer.render(ReportFixtures.empty, options: RenderOptions())
        #expect(html.contains("empty repository (no commits)"))
        #expect(html.contains("<p>No check failed.</p>"))
        #expect(html.contains("No code was found."))
        #expect(count("<svg", in: html) == 1)
        #expect(count("not scored", in: html) == Area.allCases.filter(\.isAlwaysReported).count)
    }
}

struct HTMLEscapingTests {
    @Test func escapesEveryMarkupCharacter() {
        #expect(HTMLEscaping.text("<a href='x' title=\"y\">&amp;</a>") == "&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;amp;&lt;/a&gt;")
        #expect(HTMLEscaping.text("a\u{0}b\u{1B}c\nd") == "a\u{FFFD}b\u{FFFD}c\nd")
    }
}
