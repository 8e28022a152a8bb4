#if Enterprise
import ArgumentParser
import Testing
@testable import GroundworkEnterprise

@Suite struct LicenseCommandTests {
    @Test func enterpriseCommandsRegisterTheLicenseCommand() {
        #expect(EnterpriseCommands.all.map { $0.configuration.commandName }.contains("license"))
    }

    @Test func licenseSubcommandsAreInstallShowVerifyAndHiddenIssue() {
        let subcommands = LicenseCommand.configuration.subcommands
        #expect(subcommands.map { $0.configuration.commandName } == ["install", "show", "verify", "issue"])
        #expect(LicenseIssueCommand.configuration.shouldDisplay == false)
        let help = LicenseCommand.helpMessage()
        #expect(help.contains("install"))
        #expect(!help.contains("issue"))
    }

    @Test func issueParsesEveryOption() throws {
        let command = try LicenseCommand.parseAsRoot([
            "issue", "--private-key", "vendor.pem", "--licensee", "Acme", "--plan", "agency",
            "--expires", "2027-01-31", "--grace-days", "7", "--max-repos", "25",
            "--feature", "fleet", "--feature", "reports", "--key-id", "gw-2026-1", "--output", "acme.json",
        ])
        let issue = try #require(command as? LicenseIssueCommand)
        #expect(issue.licensee == "Acme")
        #expect(issue.graceDays == 7)
        #expect(issue.maxRepos == 25)
        #expect(issue.features == ["fleet", "reports"])
        #expect(issue.output == "acme.json")
    }

    @Test func verifyTakesAnOptionalFile() throws {
        let withFile = try #require(try LicenseCommand.parseAsRoot(["verify", "x.json"]) as? LicenseVerifyCommand)
        #expect(withFile.file == "x.json")
        let withoutFile = try #require(try LicenseCommand.parseAsRoot(["verify"]) as? LicenseVerifyCommand)
        #expect(withoutFile.file == nil)
    }
}
#endif
