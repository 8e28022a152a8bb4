import Foundation
import GroundworkAuditModel
import GroundworkSecrets
import Testing

@testable import GroundworkReport

/// Renderers print evidence as given; evidence is made from redacted text, so no format can show the raw value.
struct ReportRedactionTests {
    static let raw = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

    @Test(arguments: ReportFormat.allCases)
    func rawSecretNeverAppearsAndTheRedactedFormDoes(format: ReportFormat) {
        let output = format.render(ReportFixtures.withSecret(raw: Self.raw), options: RenderOptions(color: true))
        #expect(!output.contains(Self.raw))
        #expect(!output.contains(String(Self.raw.dropFirst(4).prefix(12))))
        let readable = format == .markdown ? output.replacingOccurrences(of: "\\", with: "") : output
        #expect(readable.contains(Redaction.redact(Self.raw)))
        #expect(readable.contains("wJal****"))
    }
}

/// The registry: every format has its renderer, and each writes a whole document.
struct ReportRegistryTests {
    @Test(arguments: ReportFormat.allCases)
    func everyFormatHasItsRenderer(format: ReportFormat) {
        #expect(format.renderer.format == format)
        for report in [ReportFixtures.full, ReportFixtures.empty, ReportFixtures.hostile] {
            let output = format.render(report)
            #expect(output.hasSuffix("\n"))
            #expect(output.count > 100)
        }
    }

    @Test func fileExtensionsAreDistinct() {
        #expect(Set(ReportFormat.allCases.map(\.fileExtension)).count == ReportFormat.allCases.count)
    }

    @Test func rendersAreDeterministic() {
        for format in ReportFormat.allCases {
            #expect(format.render(ReportFixtures.full) == format.render(ReportFixtures.full))
        }
    }
}

/// An audit that could not read everything says so in every format.
struct IncompleteAuditTests {
    static var report: AuditReport {
        var report = ReportFixtures.full
        report.isComplete = false
        return report
    }

    @Test(arguments: [(ReportFormat.text, "incomplete audit"), (.markdown, "Incomplete audit"), (.html, "incomplete audit"), (.json, "\"isComplete\" : false")])
    func isShown(format: ReportFormat, marker: String) {
        #expect(format.render(Self.report).contains(marker))
        #expect(!format.render(ReportFixtures.full).contains(marker))
    }

    @Test func sarifRunIsNotSuccessful() throws {
        let log = try JSONDecoder().decode(SARIFLog.self, from: Data(SARIFReportRenderer().render(Self.report, options: RenderOptions()).utf8))
        #expect(log.runs.first?.invocations.first?.executionSuccessful == false)
    }
}

/// What the CLI asks for: colour only on a terminal without NO_COLOR.
struct RenderOptionsTests {
    @Test(arguments: [
        (true, [String: String](), true), (false, [:], false), (true, ["NO_COLOR": "1"], false), (true, ["NO_COLOR": ""], true),
    ])
    func colourFollowsTheTerminalAndNoColor(isTerminal: Bool, environment: [String: String], color: Bool) {
        #expect(RenderOptions.forOutput(isTerminal: isTerminal, environment: environment).color == color)
    }

    @Test func widthComesFromColumns() {
        #expect(RenderOptions.forOutput(isTerminal: true, environment: ["COLUMNS": "132"]).width == 132)
        #expect(RenderOptions.forOutput(isTerminal: true, environment: ["COLUMNS": "12"]).width == 40)
        #expect(RenderOptions.forOutput(isTerminal: true, environment: ["COLUMNS": "wide"]).width == 100)
        #expect(RenderOptions.forOutput(isTerminal: true, environment: [:], columns: 90).width == 90)
    }
}
