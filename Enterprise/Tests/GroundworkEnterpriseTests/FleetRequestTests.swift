#if Enterprise
import Foundation
import GroundworkGit
import GroundworkHTTP
import GroundworkTestSupport
import Synchronization
import Testing
@testable import GroundworkFleet

/// Pull and merge requests against a local server that answers as GitHub's and GitLab's REST APIs do
/// (a 403 secondary rate limit with Retry-After, a 422 "already exists", approvals and checks), the
/// campaign branches pushed to bare repositories on disk.
@Suite(.serialized) struct FleetRequestTests {
    static let token = "ghp_requestT0kenNeverShown"

    /// GitHub, as far as a campaign needs it: `alpha` meets a secondary rate limit on its first POST, `beta`
    /// already has a pull request from the campaign branch.
    final class GitHubFake: Sendable {
        let posts = Mutex(0)
        let merged = Mutex<[Int]>([])

        func answer(_ request: RecordedRequest) -> ScriptedResponse {
            guard request.header("Authorization") == "Bearer \(FleetRequestTests.token)" else { return .json(#"{"message":"Bad credentials"}"#, status: 401) }
            switch (request.method, request.path) {
            case ("POST", "/repos/acme/alpha/pulls"):
                let count = posts.withLock { value -> Int in
                    value += 1; return value
                }
                if count == 1 {
                    return .json(#"{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again."}"#, status: 403, headers: [("Retry-After", "1")])
                }
                return .json(#"{"number": 7, "html_url": "https://github.example/acme/alpha/pull/7", "state": "open", "draft": true}"#, status: 201)
            case ("POST", "/repos/acme/beta/pulls"):
                return .json(#"{"message":"Validation Failed","errors":[{"resource":"PullRequest","code":"custom","message":"A pull request already exists for acme:groundwork/tidy."}]}"#, status: 422)
            case ("GET", "/repos/acme/beta/pulls"):
                let head = request.queryItems.first { $0.name == "head" }?.value
                return .json(head == "acme:groundwork/tidy" ? #"[{"number": 3, "html_url": "https://github.example/acme/beta/pull/3"}]"# : "[]")
            case ("POST", "/graphql"):
                // alpha#7: approved by the lead's latest review, checks green; beta#3: no review, checks pending.
                return FleetRequestTests.graphQL(request) { project, number in
                    switch (project, number) {
                    case ("acme/alpha", 7):
                        return FleetRequestTests.pull(reviewDecision: nil, reviews: ["APPROVED"], rollup: "SUCCESS")
                    case ("acme/beta", 3): return FleetRequestTests.pull(reviewDecision: nil, reviews: [], rollup: "PENDING")
                    default: return nil
                    }
                }
            case ("PUT", "/repos/acme/alpha/pulls/7/merge"):
                merged.withLock { $0.append(7) }
                return .json(#"{"merged": true}"#)
            default:
                return .json(#"{"message":"Not Found"}"#, status: 404)
            }
        }
    }

    /// An answer as GitHub's GraphQL API gives it to `GitHubStatusQuery`: each `rN` alias resolved from the
    /// variables `oN`, `nN`, `pN` through `pulls`; one it does not know is null with a NOT_FOUND error.
    static func graphQL(_ request: RecordedRequest, pulls: (String, Int) -> String?) -> ScriptedResponse {
        guard let body = try? JSONSerialization.jsonObject(with: request.body) as? [String: Any], let query = body["query"] as? String,
            let variables = body["variables"] as? [String: Any]
        else { return .json(#"{"message":"Problems parsing JSON"}"#, status: 400) }
        var data: [String] = []
        var errors: [String] = []
        var index = 0
        while let owner = variables["o\(index)"] as? String, let name = variables["n\(index)"] as? String, let number = variables["p\(index)"] as? Int {
            guard query.contains("r\(index): repository(owner: $o\(index), name: $n\(index)) { pullRequest(number: $p\(index))") else {
                return .json(#"{"errors":[{"message":"Variable $o\#(index) is declared by anonymous query but not used"}]}"#)
            }
            if let pull = pulls("\(owner)/\(name)", number) {
                data.append(#""r\#(index)": {"pullRequest": \#(pull)}"#)
            } else {
                data.append(#""r\#(index)": null"#)
                errors.append(#"{"type": "NOT_FOUND", "path": ["r\#(index)"], "message": "Could not resolve to a Repository with the name '\#(owner)/\#(name)'."}"#)
            }
            index += 1
        }
        return .json(#"{"data": {\#(data.joined(separator: ", "))}\#(errors.isEmpty ? "" : #", "errors": [\#(errors.joined(separator: ", "))]"#)}"#)
    }

    /// A pull request's status fields as GitHub's GraphQL API answers them.
    static func pull(state: String = "OPEN", mergeable: String = "MERGEABLE", reviewDecision: String?, reviews: [String], rollup: String?) -> String {
        let decision = reviewDecision.map { "\"\($0)\"" } ?? "null"
        let nodes = reviews.map { #"{"state": "\#($0)"}"# }.joined(separator: ", ")
        let checks = rollup.map { #"{"state": "\#($0)"}"# } ?? "null"
        return
            #"{"state": "\#(state)", "mergeable": "\#(mergeable)", "reviewDecision": \#(decision), "latestOpinionatedReviews": {"nodes": [\#(nodes)]}, "commits": {"nodes": [{"commit": {"statusCheckRollup": \#(checks)}}]}}"#
    }

    static func hosted(_ name: String, service: FleetRepositoryHost.Service, api: String) throws -> (RepoBuilder, FleetRepository) {
        var (builder, entry) = try FleetApplyTests.remote(name)
        entry.name = "acme/\(name)"
        entry.host = FleetRepositoryHost(service: service, apiURL: api, project: "acme/\(name)", tokenEnvironmentVariable: "FORGE_TOKEN", defaultBranch: "main")
        return (builder, entry)
    }

    @Test func gitHubPullRequestsAreOpenedOnceAsDraftsThroughTheGovernorAndMergedOnlyWhenApprovedAndGreen() async throws {
        let fake = GitHubFake()
        let server = try LocalHTTPServer { fake.answer($0) }
        let (alphaRemote, alpha) = try Self.hosted("alpha", service: .github, api: server.baseURL)
        defer { withExtendedLifetime(alphaRemote) {} } // the remote lives as long as the test
        let (betaRemote, beta) = try Self.hosted("beta", service: .github, api: server.baseURL)
        defer { withExtendedLifetime(betaRemote) {} } // the remote lives as long as the test
        var setup = try FleetApplyTests.Setup()
        setup.options.credentials = FleetCredentials(apiTokens: ["FORGE_TOKEN": Self.token])
        // A budget of its own (the governor is per token and process-wide).
        setup.options.writeBudget = .init(perMinute: 600, perHour: 500)

        let started = ContinuousClock.now
        let outcome = try await setup.run([alpha, beta])
        #expect(outcome.records.map(\.state) == [.prOpen, .prOpen], "\(outcome.records.map(\.reason))")
        #expect(outcome.records.map(\.requestNumber) == [7, 3])
        #expect(ContinuousClock.now - started >= .seconds(1), "the Retry-After of the 403 was not honoured")
        #expect(setup.output.all.joined().contains("Up to 2 pull/merge requests to open"))

        let posts = server.requests.filter { $0.method == "POST" }
        let body = try #require(posts.last { $0.path == "/repos/acme/alpha/pulls" })
        let json = try #require(try JSONSerialization.jsonObject(with: body.body) as? [String: Any])
        #expect(json["draft"] as? Bool == true)
        #expect(json["head"] as? String == "groundwork/tidy")
        #expect(json["base"] as? String == "main")
        #expect((json["body"] as? String)?.contains("Audit score") == true)
        #expect((json["body"] as? String)?.contains("`.editorconfig`") == true)

        // A re-run opens nothing.
        let again = try await setup.run([alpha, beta])
        #expect(again.records.map(\.state) == [.prOpen, .prOpen])
        #expect(server.requests.filter { $0.method == "POST" }.count == posts.count)

        let follower = FleetRequestFollower(store: setup.store, environment: ["FORGE_TOKEN": Self.token])
        let queriesBefore = server.requests.filter { $0.path == "/graphql" }.count
        let status = try await follower.run(.status, campaign: "tidy")
        #expect(status.map(\.state) == [.approved, .checksPending])
        // Both repositories' requests in one GraphQL read.
        #expect(server.requests.filter { $0.path == "/graphql" }.count == queriesBefore + 1)
        let merged = try await follower.run(.merge, campaign: "tidy")
        #expect(merged.map(\.state) == [.merged, .checksPending])
        #expect(merged.last?.reason == "not merged: not approved, checks are pending")
        #expect(fake.merged.withLock { $0 } == [7])

        for record in try await setup.store.campaignRecords(campaign: nil) {
            #expect(!(try FleetStoreCoding.json(record)).contains(Self.token))
        }
        #expect(!setup.output.all.joined().contains(Self.token))
    }

    @Test func gitHubStatusesAreReadFiftyPullRequestsPerQueryAcrossRepositories() async throws {
        let server = try LocalHTTPServer { request in
            FleetRequestTests.graphQL(request) { project, number in
                switch (project, number % 4) {
                case ("acme/gone", _): return nil
                case (_, 0): return FleetRequestTests.pull(reviewDecision: "APPROVED", reviews: [], rollup: "SUCCESS")
                case (_, 1): return FleetRequestTests.pull(mergeable: "CONFLICTING", reviewDecision: "REVIEW_REQUIRED", reviews: ["APPROVED"], rollup: "FAILURE")
                case (_, 2): return FleetRequestTests.pull(state: "MERGED", reviewDecision: nil, reviews: ["APPROVED", "CHANGES_REQUESTED"], rollup: nil)
                default: return FleetRequestTests.pull(mergeable: "UNKNOWN", reviewDecision: nil, reviews: ["APPROVED"], rollup: "EXPECTED")
                }
            }
        }
        let items = (0..<120).map { (project: "acme/repo\($0 % 3)", number: $0) } + [(project: "acme/gone", number: 1)]
        let api = ChangeRequestServices.gitHubAPI(token: Self.token, client: HTTPClient())
        let results = try await GitHubChangeRequests.statuses(of: items, api: api, apiURL: server.baseURL)
        #expect(server.requests.count == 3, "121 pull requests in three queries of at most 50")
        #expect(server.requests.allSatisfy { $0.method == "POST" && $0.header("Authorization") == "Bearer \(Self.token)" })
        #expect(try results[0].get() == ChangeRequestStatus(state: .open, approved: true, checks: .green, mergeable: true))
        // The decision of branch protection wins over an approving review.
        #expect(try results[1].get() == ChangeRequestStatus(state: .open, approved: false, checks: .red, mergeable: false))
        // No decision: the latest verdicts decide, and one request for changes blocks.
        #expect(try results[2].get() == ChangeRequestStatus(state: .merged, approved: false, checks: .none, mergeable: true))
        #expect(try results[3].get() == ChangeRequestStatus(state: .open, approved: true, checks: .pending, mergeable: nil))
        #expect((try? results[119].get())?.checks == .pending)
        guard case .failure(let error) = results[120] else {
            Issue.record("an unknown repository gave a status")
            return
        }
        #expect("\(error)".contains("pull request #1 of acme/gone: Could not resolve to a Repository"))
        #expect(GitHubStatusQuery.endpoint(apiURL: "https://api.github.com") == "https://api.github.com/graphql")
        #expect(GitHubStatusQuery.endpoint(apiURL: "https://github.acme.example/api/v3/") == "https://github.acme.example/api/graphql")
    }

    @Test func gitLabMergeRequestsAreDraftsAndAnOpenOneIsAdopted() async throws {
        let created = Mutex(false)
        let server = try LocalHTTPServer { request in
            guard request.header("PRIVATE-TOKEN") == FleetRequestTests.token else { return .json(#"{"message":"401 Unauthorized"}"#, status: 401) }
            switch (request.method, request.path) {
            case ("GET", "/api/v4/projects/acme%2Fgamma/merge_requests"):
                return .json(created.withLock { $0 } ? #"[{"iid": 5, "web_url": "https://gitlab.example/acme/gamma/-/merge_requests/5"}]"# : "[]")
            case ("POST", "/api/v4/projects/acme%2Fgamma/merge_requests"):
                created.withLock { $0 = true }
                return .json(#"{"iid": 5, "web_url": "https://gitlab.example/acme/gamma/-/merge_requests/5"}"#, status: 201)
            default:
                return .json(#"{"message":"404 Not Found"}"#, status: 404)
            }
        }
        let (gammaRemote, gamma) = try Self.hosted("gamma", service: .gitlab, api: server.baseURL + "/api/v4")
        defer { withExtendedLifetime(gammaRemote) {} } // the remote lives as long as the test
        var setup = try FleetApplyTests.Setup()
        setup.options.credentials = FleetCredentials(apiTokens: ["FORGE_TOKEN": Self.token])
        let outcome = try await setup.run([gamma])
        #expect(outcome.records.first?.state == .prOpen)
        #expect(outcome.records.first?.requestURL == "https://gitlab.example/acme/gamma/-/merge_requests/5")
        let post = try #require(server.requests.first { $0.method == "POST" })
        let json = try #require(try JSONSerialization.jsonObject(with: post.body) as? [String: Any])
        #expect((json["title"] as? String)?.hasPrefix("Draft: groundwork tidy") == true)
        #expect(json["source_branch"] as? String == "groundwork/tidy")

        // The store forgets the request (say, another machine's store): the open one is adopted, not doubled.
        var record = try #require(outcome.records.first)
        record.requestURL = nil
        record.requestNumber = nil
        record.state = .pushed
        try await setup.store.recordCampaign(record)
        let again = try await setup.run([gamma])
        #expect(again.records.first?.requestNumber == 5)
        #expect(server.requests.filter { $0.method == "POST" }.count == 1)
    }

    @Test func backPressureHoldsNewRequestsWhileChecksArePending() async throws {
        let server = try LocalHTTPServer { _ in .json(#"{"number": 1, "html_url": "https://github.example/acme/x/pull/1"}"#, status: 201) }
        let (alphaRemote, alpha) = try Self.hosted("alpha", service: .github, api: server.baseURL)
        defer { withExtendedLifetime(alphaRemote) {} } // the remote lives as long as the test
        var setup = try FleetApplyTests.Setup()
        setup.options.credentials = FleetCredentials(apiTokens: ["FORGE_TOKEN": Self.token])
        setup.options.maxPendingChecks = 1
        try await setup.store.recordCampaign(
            FleetApplyRecord(
                campaign: "tidy", repository: "acme/other", location: "x", state: .checksPending, branch: "groundwork/tidy", updatedAt: Date()
            ))
        let outcome = try await setup.run([alpha])
        #expect(outcome.records.first?.state == .pushed)
        #expect(outcome.records.first?.reason?.contains("held back") == true)
        // Only the repository's permissions were read (may the token push there?); nothing was opened.
        #expect(server.requests.allSatisfy { $0.method == "GET" })
    }

    @Test func theWriteBudgetSpacesWritesAndEstimatesTheTime() async throws {
        #expect(FleetWriteGovernor.Budget.github.spacing == .milliseconds(750))
        #expect(FleetWriteGovernor.Budget.github.estimate(80) == .milliseconds(79 * 750))
        #expect(FleetWriteGovernor.Budget.github.estimate(501) == .seconds(3600) + .milliseconds(499 * 750))
        let governor = FleetWriteGovernor(budget: .init(perMinute: 600, perHour: 100))
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<3 { _ = try await governor.perform { ((), nil) } }
        // Three writes 100 ms apart.
        #expect(clock.now - start >= .milliseconds(200))
        // A write answered with "wait 300 ms" holds the next one back.
        _ = try await governor.perform { ((), Duration.milliseconds(300)) }
        let asked = clock.now
        _ = try await governor.perform { ((), nil) }
        #expect(clock.now - asked >= .milliseconds(290))
    }
}
#endif
