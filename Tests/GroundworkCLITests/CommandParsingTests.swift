import ArgumentParser
import GroundworkAuditModel
import GroundworkReport
import Testing

@testable import GroundworkCLI

@Suite("Command parsing and validation")
struct CommandParsingTests {
    @Test func auditParsesEveryOption() throws {
        let command = try AuditCommand.parse([
            "repo", "--rev", "v1", "--format", "sarif", "--output", "out.sarif", "--no-history", "--since", "2025-01-01",
            "--only", "security,git", "--fail-on", "high", "--min-score", "70", "--jobs", "3", "--no-cache",
        ])
        #expect(command.source == "repo")
        #expect(command.revision == "v1")
        #expect(command.output.format == .sarif)
        #expect(command.output.output == "out.sarif")
        #expect(command.noHistory)
        #expect(command.failOn == .high)
        #expect(command.minScore == 70)
        #expect(command.jobs == 3)
        #expect(command.noCache)
    }

    @Test(arguments: [
        ["--min-score", "101"], ["--jobs", "0"], ["--only", "docs,nope"], ["--format", "pdf"], ["--fail-on", "urgent"],
    ])
    func auditRejectsBadValues(_ arguments: [String]) {
        #expect(throws: (any Error).self) { try AuditCommand.parse(arguments) }
    }

    @Test func rootListsCommunityCommands() {
        let names = GroundworkCommand.communityCommands.map { $0._commandName }
        #expect(names.contains("audit"))
        #expect(names.contains("doctor"))
    }

    @Test func terminalColourFollowsNoColorAndForceColor() {
        let terminal = Terminal.standardOutput
        #expect(terminal.allowsColor(environment: ["FORCE_COLOR": "1"]))
        #expect(!terminal.allowsColor(environment: ["NO_COLOR": "1"]))
        #expect(!terminal.allowsColor(environment: ["TERM": "dumb"]))
    }
}
