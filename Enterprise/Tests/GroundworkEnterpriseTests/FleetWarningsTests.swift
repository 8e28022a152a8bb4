#if Enterprise
import Foundation
import GroundworkTestSupport
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

/// Issue 10, D17: fleet files are reported where they are wrong, and plain-http token APIs are flagged.
@Suite(.serialized) struct FleetWarningsTests {
    @Test func aTokenSentToAPlainHTTPAPIIsWarnedAbout() throws {
        let fleet = try FleetConfiguration.parse(
            """
            version: 1
            name: x
            sources:
              - github: {org: acme, token_env: GITHUB_TOKEN, api_url: "http://github.example.com/api/v3"}
              - gitlab: {group: beta, url: "http://127.0.0.1:8080", token_env: GITLAB_TOKEN}
              - github: {org: safe, token_env: GITHUB_TOKEN}
            """, file: "/f/fleet.yaml")
        #expect(
            fleet.plainHTTPTokenWarnings == [
                "/f/fleet.yaml:4: github API http://github.example.com/api/v3 is plain http://: the token in GITHUB_TOKEN is sent unencrypted; use https://"
            ])
    }

    @Test func aBadDefaultsStoreIsReportedAsTheFleetFilesValue() throws {
        let home = try ScratchDirectory()
        let repo = try RepoBuilder()
        try repo.commit("first", files: ["README.md": "# r\n"])
        let fleet = try home.write("version: 1\nname: x\ndefaults:\n  store: \"postgres:///nohost\"\nsources:\n  - path: \(repo.path)\n", to: "fleet.yaml")
        let run = try FleetBinaryTests.run(["fleet", "audit", "--fleet", fleet], home: home.path)
        #expect(run.status == 64, "\(run.standardError)")
        #expect(run.standardError.contains("fleet.yaml: defaults.store"), "\(run.standardError)")
        #expect(!run.standardError.contains("--store"))
    }
}
#endif
