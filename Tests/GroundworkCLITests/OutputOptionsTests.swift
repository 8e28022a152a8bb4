import ArgumentParser
import GroundworkReport
import Testing

@testable import GroundworkCLI

@Suite("OutputOptions")
struct OutputOptionsTests {
    @Test func helpListsTheFormatsAndTheDefaultApplies() throws {
        let options = try OutputOptions<ReportFormat>.parse([])
        #expect(options.format == .text)
        #expect(options.output == nil)
        #expect(OutputOptions<ReportFormat>.helpMessage().contains("Output format: text, json, markdown, sarif or html."))
    }

    @Test func anUnwritableOutputIsAUsageErrorWithItsCause() throws {
        let options = try OutputOptions<ReportFormat>.parse(["--format", "json", "--output", "/nonexistent-folder/report.json"])
        #expect(options.format == .json)
        let error = #expect(throws: OutputError.self) { try options.write("{}", what: "report") }
        #expect(error?.exitStatus == .usage)
        #expect(error?.details.code == "cli.output")
        #expect(error?.description.hasPrefix("--output /nonexistent-folder/report.json: cannot write the report") == true)
    }
}
