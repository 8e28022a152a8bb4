#if Enterprise
import Foundation
import GroundworkBasics
import GroundworkHTTP
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

/// docs/fleet.md and docs/policy.md document every key the parsers accept, and the API helpers behave.
@Suite struct FleetDocumentationTests {
    static func doc(_ name: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("docs/\(name)"), encoding: .utf8)
    }

    @Test func fleetDocsNameEveryKey() throws {
        let text = try Self.doc("fleet.md")
        let keys =
            FleetConfigurationParser.topKeys + FleetConfigurationParser.defaultsKeys + FleetConfigurationParser.sourceKeys
            + FleetConfigurationParser.gitHubKeys + FleetConfigurationParser.gitLabKeys
        for key in Set(keys) { #expect(text.contains("\(key):"), "docs/fleet.md does not document `\(key):`") }
        #expect(text.contains("JOB_COMPLETION_INDEX"))
    }

    @Test func policyDocsNameEveryKey() throws {
        let text = try Self.doc("policy.md")
        for key in PolicyParser.topKeys + ["name", "checks", "min_score", "check", "severity", "due", "repo", "reason", "ticket", "expires"] {
            #expect(text.contains("\(key):"), "docs/policy.md does not document `\(key):`")
        }
    }

    @Test(
        arguments: [
            ("<https://api.github.com/orgs/a/repos?page=2>; rel=\"next\", <https://api.github.com/orgs/a/repos?page=9>; rel=\"last\"", "https://api.github.com/orgs/a/repos?page=2"),
            ("<https://x/p?page=1>; rel=\"prev\", <https://x/p?page=3>; rel=\"next\"", "https://x/p?page=3"),
            ("<https://x/p?page=1>; rel=\"first\"", nil),
        ] as [(String, String?)])
    func nextLinks(header: String, next: String?) {
        #expect(HostedAPIClient.nextLink(["Link": header]) == next)
    }

    @Test func rateLimitWaits() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(HostedAPIClient.rateLimitWait(status: 403, headers: ["X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1800000030"], now: now) == .seconds(31))
        #expect(HostedAPIClient.rateLimitWait(status: 429, headers: ["Retry-After": "7"], now: now) == .seconds(7))
        #expect(HostedAPIClient.rateLimitWait(status: 429, headers: ["RateLimit-Reset": "20"], now: now) == .seconds(21))
        // A 403 that is not a rate limit (no remaining-0, no Retry-After) is a permission problem.
        #expect(HostedAPIClient.rateLimitWait(status: 403, headers: ["X-RateLimit-Remaining": "12"], now: now) == nil)
        #expect(HostedAPIClient.rateLimitWait(status: 404, headers: [:], now: now) == nil)
    }

    @Test func redactsCredentialsInMessages() {
        // One redactor for every layer (GroundworkBasics' URLRedaction): user information ends at the last @.
        #expect(URLRedaction.redactingText("clone of https://bob:s3cret@git.example.com/a.git failed") == "clone of https://git.example.com/a.git failed")
        #expect(URLRedaction.redactingText("clone of 'https://bob:p@ss@host/a.git' failed") == "clone of 'https://host/a.git' failed")
        #expect(URLRedaction.redactingText("/srv/repo: not a repository") == "/srv/repo: not a repository")
    }
}
#endif
