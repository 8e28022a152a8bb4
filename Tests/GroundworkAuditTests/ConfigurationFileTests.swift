import Foundation
import GroundworkAudit
import GroundworkAuditModel
import GroundworkBasics
import GroundworkTestSupport
import Testing

/// Issue 10, D15: a `.groundwork.yaml` the audit cannot read is a configuration error naming it, never ignored.
@Suite(".groundwork.yaml that cannot be read")
struct ConfigurationFileTests {
    func audit(_ content: FixtureContent) throws -> AuditReport {
        let repo = try RepoBuilder()
        try repo.commit("config", files: ["README.md": "# r\n", ".groundwork.yaml": content])
        let cache = ScratchDirectory()
        var options = AuditOptions()
        options.includeHistory = false
        options.directories = Directories(cache: cache.path, config: cache.appending("config"))
        return try Auditor.audit(repo.path, options: options)
    }

    @Test func overTenMegabytesIsAUsageErrorNamingTheFile() throws {
        let big = "checks: {disable: [docs.changelog]}\n" + String(repeating: "# padding\n", count: 1_100_000)
        let error = #expect(throws: AuditError.self) { try audit(.text(big)) }
        #expect(error?.exitStatus == .usage)
        #expect(error?.description.contains(".groundwork.yaml") == true)
        #expect(error?.description.contains("10 MB") == true)
    }

    @Test func notUTF8IsAUsageErrorNamingTheFile() throws {
        let error = #expect(throws: AuditError.self) { try audit(.bytes(Data([0x63, 0x68, 0xFF, 0xFE, 0x0A]))) }
        #expect(error?.exitStatus == .usage)
        #expect(error?.description.contains(".groundwork.yaml: not UTF-8") == true)
    }

    @Test func aValidConfigurationStillApplies() throws {
        let report = try audit("checks: {disable: [docs.changelog]}\n")
        #expect(report.results.first { $0.id == "docs.changelog" }?.isDisabledByRepository == true)
    }
}
