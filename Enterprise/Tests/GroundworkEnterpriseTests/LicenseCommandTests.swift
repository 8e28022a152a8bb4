#if Enterprise
import ArgumentParser
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense
@testable import groundwork_license_issuer

@Suite struct LicenseCommandTests {
    @Test func enterpriseCommandsRegisterTheLicenseCommand() {
        #expect(EnterpriseCommands.all.map { $0.configuration.commandName }.contains("license"))
    }

    @Test func licenseSubcommandsAreInstallShowVerifyAndNoIssue() {
        let subcommands = LicenseCommand.configuration.subcommands
        // Issuing is the vendor's separate executable, groundwork-license-issuer.
        #expect(subcommands.map { $0.configuration.commandName } == ["install", "show", "verify"])
        let help = LicenseCommand.helpMessage()
        #expect(help.contains("install"))
        #expect(!help.contains("issue"))
    }

    @Test func issueParsesEveryOption() throws {
        let issue = try LicenseIssuerCommand.parse([
            "--private-key", "vendor.pem", "--licensee", "Acme", "--plan", "agency",
            "--expires", "2027-01-31", "--grace-days", "7", "--max-repos", "25",
            "--feature", "fleet", "--feature", "reports", "--key-id", "gw-2026-1", "--output", "acme.json",
        ])
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
