#if Enterprise
import Foundation
import GroundworkGit
import GroundworkTestSupport
import Synchronization
import Testing
@testable import GroundworkFleet

/// Fork mode: a token that may not push to a client's repository pushes the campaign branch to its owner's
/// fork and opens the request from there, against a local server answering as GitHub's and GitLab's REST
/// APIs do (permissions, fork creation, requests from a fork).
@Suite(.serialized) struct FleetForkTests {
    static let token = FleetRequestTests.token

    @Test func gitHubPushesToTheForkAndOpensThePullRequestFromIt() async throws {
        let fork = try RepoBuilder(bare: true) // what GitHub made for the token's owner
        let forkURL = "file://" + fork.path
        let opened = Mutex<[String]>([])
        let server = try LocalHTTPServer { request in
            guard request.header("Authorization") == "Bearer \(Self.token)" else { return .json(#"{"message":"Bad credentials"}"#, status: 401) }
            switch (request.method, request.path) {
            case ("GET", "/repos/acme/delta"):
                return .json(#"{"full_name": "acme/delta", "permissions": {"admin": false, "push": false, "pull": true}}"#)
            case ("POST", "/repos/acme/delta/forks"):
                return .json(#"{"full_name": "bot/delta", "clone_url": "\#(forkURL)", "owner": {"login": "bot"}}"#, status: 202)
            case ("GET", "/repos/bot/delta"):
                return .json(#"{"full_name": "bot/delta"}"#)
            case ("POST", "/repos/acme/delta/pulls"):
                let body = try? JSONSerialization.jsonObject(with: request.body) as? [String: Any]
                opened.withLock { $0.append(body?["head"] as? String ?? "") }
                return .json(#"{"number": 11, "html_url": "https://github.example/acme/delta/pull/11"}"#, status: 201)
            default:
                return .json(#"{"message":"Not Found"}"#, status: 404)
            }
        }
        let (upstream, delta) = try FleetRequestTests.hosted("delta", service: .github, api: server.baseURL)
        var setup = try FleetApplyTests.Setup()
        setup.options.credentials = FleetCredentials(apiTokens: ["FORGE_TOKEN": Self.token])

        // A dry run announces the fork and makes nothing.
        setup.options.dryRun = true
        _ = try await setup.run([delta])
        #expect(setup.output.all.joined().contains("in a fork (the token cannot push to the repository)"))
        #expect(!server.requests.contains { $0.method == "POST" })
        setup.options.dryRun = false

        let outcome = try await setup.run([delta])
        #expect(outcome.records.map(\.state) == [.prOpen], "\(outcome.records.map(\.reason))")
        #expect(outcome.records.first?.requestNumber == 11)
        #expect(opened.withLock { $0 } == ["bot:groundwork/tidy"], "the head names the fork's owner")
        #expect(try FleetApplyTests.campaignTip(upstream) == nil, "nothing is pushed to the client's repository")
        let pushed = try #require(try FleetApplyTests.campaignTip(fork))
        #expect(try Repository.open(at: fork.path).commit(pushed).parents == [try #require(upstream.head)])

        // A re-run reads the branch from the fork: nothing to change, no second request.
        let again = try await setup.run([delta])
        #expect(again.records.map(\.state) == [.prOpen])
        #expect(opened.withLock { $0 }.count == 1)
        #expect(try FleetApplyTests.campaignTip(fork) == pushed)
    }

    @Test func gitLabMergeRequestsComeFromTheForkIntoTheProject() async throws {
        let fork = try RepoBuilder(bare: true)
        let forkURL = "file://" + fork.path
        let posted = Mutex<[String: Any]>([:])
        let server = try LocalHTTPServer { request in
            guard request.header("PRIVATE-TOKEN") == Self.token else { return .json(#"{"message":"401 Unauthorized"}"#, status: 401) }
            switch (request.method, request.path) {
            case ("GET", "/api/v4/projects/acme%2Fepsilon"):
                return .json(#"{"id": 40, "permissions": {"project_access": {"access_level": 20}, "group_access": null}}"#)
            case ("POST", "/api/v4/projects/acme%2Fepsilon/fork"):
                return .json(#"{"id": 41, "http_url_to_repo": "\#(forkURL)", "path_with_namespace": "bot/epsilon", "import_status": "scheduled"}"#, status: 201)
            case ("GET", "/api/v4/projects/41"):
                return .json(#"{"id": 41, "import_status": "finished"}"#)
            case ("GET", "/api/v4/projects/acme%2Fepsilon/merge_requests"):
                return .json("[]")
            case ("POST", "/api/v4/projects/41/merge_requests"):
                posted.withLock { $0 = (try? JSONSerialization.jsonObject(with: request.body) as? [String: Any]) ?? [:] }
                return .json(#"{"iid": 2, "web_url": "https://gitlab.example/acme/epsilon/-/merge_requests/2"}"#, status: 201)
            default:
                return .json(#"{"message":"404 Not Found"}"#, status: 404)
            }
        }
        let (upstream, epsilon) = try FleetRequestTests.hosted("epsilon", service: .gitlab, api: server.baseURL + "/api/v4")
        var setup = try FleetApplyTests.Setup()
        setup.options.credentials = FleetCredentials(apiTokens: ["FORGE_TOKEN": Self.token])
        let outcome = try await setup.run([epsilon])
        #expect(outcome.records.map(\.state) == [.prOpen], "\(outcome.records.map(\.reason))")
        #expect(outcome.records.first?.requestURL == "https://gitlab.example/acme/epsilon/-/merge_requests/2")
        let body = posted.withLock { $0 }
        #expect(body["target_project_id"] as? Int == 40)
        #expect(body["source_branch"] as? String == "groundwork/tidy")
        #expect(try FleetApplyTests.campaignTip(upstream) == nil)
        #expect(try FleetApplyTests.campaignTip(fork) != nil)
    }

    @Test func neverForkingLeavesTheRepositoryToRefuseThePush() async throws {
        let server = try LocalHTTPServer { _ in .json(#"{"permissions": {"push": false}}"#) }
        let (upstream, zeta) = try FleetRequestTests.hosted("zeta", service: .github, api: server.baseURL)
        var setup = try FleetApplyTests.Setup()
        setup.options.credentials = FleetCredentials(apiTokens: ["FORGE_TOKEN": Self.token])
        setup.options.fork = .never
        setup.options.openRequests = false
        _ = try await setup.run([zeta])
        // The file:// remote accepts the push (a forge would refuse it); no fork was asked for.
        #expect(try FleetApplyTests.campaignTip(upstream) != nil)
        #expect(server.requests.isEmpty)
    }
}
#endif
