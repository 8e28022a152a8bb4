#if Enterprise
import Foundation
import GroundworkTestSupport
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

@Suite struct FleetConfigurationTests {
    let file = "/agency/fleets/fleet.yaml"

    @Test func parsesEverySourceKindWithDefaultsAndRelativePaths() throws {
        let fleet = try FleetConfiguration.parse(
            """
            version: 1
            name: acme-agency
            defaults:
              jobs: 4
              policy: policy.yaml
              store: sqlite:results.db
              client: internal
              tags: [managed]
            sources:
              - path: ../clients/orders
                client: acme
                tags: [python]
              - path: /srv/repos
                scan: true
              - git: https://git.example.com/acme/billing.git
              - github: {org: acme-corp, topic: client, token_env: GITHUB_TOKEN}
                client: acme
              - gitlab:
                  group: beta/clients
                  token_env: GITLAB_TOKEN
            """, file: file)
        #expect(fleet.name == "acme-agency")
        #expect(fleet.defaults == .init(jobs: 4, policy: "/agency/fleets/policy.yaml", store: "sqlite:results.db", client: "internal", tags: ["managed"]))
        #expect(fleet.sources.count == 5)
        #expect(fleet.sources[0].kind == .path("/agency/clients/orders", scan: false))
        #expect(fleet.sources[0].client == "acme")
        #expect(fleet.sources[0].tags == ["managed", "python"])
        #expect(fleet.sources[1].kind == .path("/srv/repos", scan: true))
        #expect(fleet.sources[1].client == "internal")
        #expect(fleet.sources[2].kind == .git("https://git.example.com/acme/billing.git"))
        #expect(fleet.sources[3].kind == .github(GitHubSource(organization: "acme-corp", topic: "client", tokenEnvironmentVariable: "GITHUB_TOKEN")))
        guard case .gitlab(let gitlab) = fleet.sources[4].kind else {
            Issue.record("expected a gitlab source")
            return
        }
        #expect(gitlab.url == "https://gitlab.com")
        #expect(gitlab.apiURL == "https://gitlab.com/api/v4")
        #expect(gitlab.group == "beta/clients")
    }

    @Test(arguments: [
        ("version: 1\nname: x\nsources:\n  - path: a\n    colour: red\n", 5, "sources[0].colour: unknown key"),
        ("version: 1\nname: x\nsources:\n  - path: a\n    git: https://h/a/b\n", 4, "exactly one source"),
        ("version: 1\nname: x\nsources:\n  - client: a\n", 4, "needs exactly one of path, git, github, gitlab"),
        ("version: 2\nname: x\nsources:\n  - path: a\n", 1, "unsupported version 2"),
        ("name: x\nsources:\n  - path: a\n", 1, "needs `version: 1`"),
        ("version: 1\nsources:\n  - path: a\n", 1, "needs `name`"),
        ("version: 1\nname: x\n", 1, "needs `sources:`"),
        ("version: 1\nname: x\nsorces:\n  - path: a\n", 3, "did you mean sources?"),
        ("version: 1\nname: x\nsources:\n  - github: {org: a}\n", 4, "needs `token_env`"),
        ("version: 1\nname: x\nsources:\n  - github: {org: a, token_env: ghp_abc-123}\n", 4, "must name an environment variable"),
        ("version: 1\nname: x\nsources:\n  - gitlab: {group: a, token_env: T, url: ftp://x}\n", 4, "http:// or https://"),
        ("version: 1\nname: x\nsources:\n  - git: https://bob:hunter2@h/a/b.git\n", 4, "carries a password"),
        ("version: 1\nname: x\ndefaults:\n  jobs: 0\nsources:\n  - path: a\n", 4, "at least 1"),
        ("version: 1\nname: [x\n", 3, "not valid YAML"),
        ("version: 1\nname: x\nsources:\n  - git: https://h/a/b\n    scan: true\n", 5, "`scan` only goes with `path`"),
        ("version: 1\nname: x\nsources:\n  - path: a\n    scan: true\n    name: b\n", 6, "`name` goes with one repository"),
    ])
    func refusesBadFilesWithTheirLine(text: String, line: Int, fragment: String) {
        do {
            _ = try FleetConfiguration.parse(text, file: file)
            Issue.record("expected an error containing \(fragment)")
        } catch {
            #expect(error.file == file)
            #expect(error.line == line, "\(error)")
            #expect(error.description.contains(fragment), "\(error)")
            #expect(error.exitStatus == .usage)
        }
    }

    /// Two clients' checkouts are often both called `api` or `repo`: `name:` tells them apart.
    @Test func aPathOrGitSourceMayNameItsRepository() async throws {
        let scratch = ScratchDirectory()
        for client in ["acme", "globex"] {
            try FileManager.default.createDirectory(atPath: scratch.appending("\(client)/repo/.git"), withIntermediateDirectories: true)
        }
        let text = "version: 1\nname: x\nsources:\n  - path: acme/repo\n    name: acme-api\n  - path: globex/repo\n    name: globex-api\n  - git: https://h/a/b.git\n    name: b-service\n"
        let fleetFile = scratch.appending("fleet.yaml")
        try text.write(toFile: fleetFile, atomically: true, encoding: .utf8)
        let repositories = try await FleetSourceResolver(environment: [:]).resolve(try FleetConfiguration.load(fleetFile))
        #expect(repositories.map(\.name).sorted() == ["acme-api", "b-service", "globex-api"])
        // Without names, the two checkouts collide, and the error says how to fix it.
        try "version: 1\nname: x\nsources:\n  - path: acme/repo\n  - path: globex/repo\n".write(toFile: fleetFile, atomically: true, encoding: .utf8)
        await #expect { _ = try await FleetSourceResolver(environment: [:]).resolve(try FleetConfiguration.load(fleetFile)) } throws: { error in
            "\(error)".contains("give one of them `name:`")
        }
    }

    @Test func errorsNeverQuoteAPasswordFromAURL() {
        do {
            _ = try FleetConfiguration.parse("version: 1\nname: x\nsources:\n  - git: https://bob:hunter2@h/a/b.git\n", file: file)
        } catch {
            #expect(!error.description.contains("hunter2"))
        }
    }

    @Test func loadsAFileAndReportsAMissingOne() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("version: 1\nname: disk\nsources:\n  - path: repo\n", to: "fleet.yaml")
        let fleet = try FleetConfiguration.load(path)
        #expect(fleet.sources.first?.kind == .path(scratch.path + "/repo", scan: false))
        #expect(throws: ConfigurationFileError.self) { try FleetConfiguration.load(scratch.path + "/missing.yaml") }
    }

    @Test func namesGitURLs() {
        #expect(GitLocation.repositoryName("https://github.com/acme/api.git") == "acme/api")
        #expect(GitLocation.repositoryName("git@gitlab.com:beta/web.git") == "beta/web")
        #expect(GitLocation.repositoryName("file:///srv/git/solo") == "git/solo")
    }
}
#endif
