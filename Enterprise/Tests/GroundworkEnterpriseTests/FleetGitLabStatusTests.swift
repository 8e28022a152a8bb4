#if Enterprise
import Foundation
import GroundworkHTTP
import GroundworkTestSupport
import Synchronization
import Testing
@testable import GroundworkFleet

/// `fleet prs status|merge` on GitLab against a local server that answers GitLab's GraphQL API as GitLab does
/// (aliased projects resolved from the query's variables, `null` for a project the token cannot see, its
/// complexity and size limits, a 429 with Retry-After) and its REST API for merges and the one-by-one fallback.
@Suite struct FleetGitLabStatusTests {
    static let token = "glpat-batchT0kenNeverShown"

    /// An answer as GitLab's GraphQL API gives it to `GitLabStatusQuery`: each `gN` alias resolved from the
    /// variables `pN` (full path) and `iN` (iids) through `mergeRequest`, nil for a merge request the project
    /// does not have; a project `knows` does not know is `null`, as GitLab answers for one the token cannot
    /// see. A query over GitLab's limits is refused as GitLab refuses it, without data.
    static func graphQL(
        _ request: RecordedRequest, knows: (String) -> Bool = { !$0.hasSuffix("/gone") }, mergeRequest: (String, Int) -> String?
    ) -> ScriptedResponse {
        guard request.method == "POST", request.path.hasSuffix("/api/graphql") else { return .json(#"{"message":"404 Not Found"}"#, status: 404) }
        guard request.header("Authorization") == "Bearer \(token)" else { return .json(#"{"errors":[{"message":"Invalid token"}]}"#, status: 401) }
        guard let body = try? JSONSerialization.jsonObject(with: request.body) as? [String: Any], let query = body["query"] as? String,
            let variables = body["variables"] as? [String: Any]
        else { return .json(#"{"errors":[{"message":"Invalid JSON"}]}"#, status: 400) }
        guard query.count <= 10_000 else { return .json(#"{"errors":[{"message":"Query too large"}]}"#) }
        var data: [String] = []
        var index = 0
        while let project = variables["p\(index)"] as? String, let iids = variables["i\(index)"] as? [String] {
            guard query.contains("g\(index): project(fullPath: $p\(index)) { mergeRequests(iids: $i\(index), first: 100) { nodes { ...status } } }"),
                iids.count <= 100
            else {
                return .json(#"{"errors":[{"message":"Variable $p\#(index) is declared by anonymous query but not used"}]}"#)
            }
            if knows(project) {
                let nodes = iids.compactMap { Int($0).flatMap { mergeRequest(project, $0) } }
                data.append(#""g\#(index)": {"mergeRequests": {"nodes": [\#(nodes.joined(separator: ", "))]}}"#)
            } else {
                data.append(#""g\#(index)": null"#)
            }
            index += 1
        }
        // About 20 a project (see `GitLabStatusQuery.maxProjectsPerQuery`), against GitLab's 250.
        let complexity = 20 * index + 2
        guard complexity <= 250 else {
            return .json(#"{"errors":[{"message":"Query has complexity of \#(complexity), which exceeds max complexity of 250"}]}"#)
        }
        return .json(#"{"data": {\#(data.joined(separator: ", "))}}"#)
    }

    /// A merge request's status fields as GitLab's GraphQL API answers them.
    static func mergeRequest(
        _ iid: Int, state: String = "opened", conflicts: Bool = false, detailed: String? = "MERGEABLE", approved: Bool = false, approvers: Int = 0,
        pipeline: String? = nil
    ) -> String {
        let nodes = (0..<approvers).map { #"{"id": "gid://gitlab/User/\#($0 + 1)"}"# }.joined(separator: ", ")
        return
            #"{"iid": "\#(iid)", "state": "\#(state)", "conflicts": \#(conflicts), "detailedMergeStatus": \#(detailed.map { "\"\($0)\"" } ?? "null"), "approved": \#(approved), "approvedBy": {"nodes": [\#(nodes)]}, "headPipeline": \#(pipeline.map { #"{"status": "\#($0)"}"# } ?? "null")}"#
    }

    /// The aliases of one recorded GraphQL request.
    static func aliases(_ request: RecordedRequest) -> [(project: String, iids: [String])] {
        let variables = (try? JSONSerialization.jsonObject(with: request.body) as? [String: Any])?["variables"] as? [String: Any] ?? [:]
        var aliases: [(project: String, iids: [String])] = []
        while let project = variables["p\(aliases.count)"] as? String, let iids = variables["i\(aliases.count)"] as? [String] {
            aliases.append((project, iids))
        }
        return aliases
    }

    @Test func statusesAreReadTenProjectsPerQueryAHundredMergeRequestsAProject() async throws {
        let server = try LocalHTTPServer { request in
            FleetGitLabStatusTests.graphQL(request) { project, iid in
                if project == "acme/sub/big", iid > 140 { return nil } // listed by the campaign, gone from GitLab
                return switch iid % 5 {
                case 0: FleetGitLabStatusTests.mergeRequest(iid, approved: true, approvers: 1, pipeline: "SUCCESS")
                case 1: FleetGitLabStatusTests.mergeRequest(iid, conflicts: true, detailed: "CONFLICT", approved: true, approvers: 0, pipeline: "FAILED")
                case 2: FleetGitLabStatusTests.mergeRequest(iid, state: "merged", detailed: "NOT_OPEN", approved: true, approvers: 2, pipeline: "SKIPPED")
                case 3: FleetGitLabStatusTests.mergeRequest(iid, detailed: "CHECKING", pipeline: "RUNNING")
                default: FleetGitLabStatusTests.mergeRequest(iid, state: "closed", detailed: nil, pipeline: "MANUAL")
                }
            }
        }
        // 32 projects of 3 merge requests, one with 150 (two pages), one the token cannot see: 35 aliases.
        let items =
            (0..<96).map { (project: "acme/repo\($0 / 3)", number: $0) } + (1...150).map { (project: "acme/sub/big", number: $0) }
            + [(project: "acme/gone", number: 4)]
        let api = ChangeRequestServices.gitLabGraphQLAPI(token: Self.token, client: HTTPClient())
        let results = try await GitLabChangeRequests.statuses(of: items, api: api, apiURL: server.baseURL + "/api/v4")

        #expect(server.requests.count == 4, "247 merge requests of 34 projects in four queries of at most ten projects")
        #expect(server.requests.allSatisfy { $0.method == "POST" && $0.path == "/api/graphql" })
        let aliases = server.requests.map(Self.aliases)
        #expect(aliases.map(\.count) == [10, 10, 10, 5])
        #expect(aliases.joined().filter { $0.project == "acme/sub/big" }.map(\.iids.count) == [100, 50])
        #expect(results.count == items.count)
        #expect(try results[0].get() == ChangeRequestStatus(state: .open, approved: true, checks: .green, mergeable: true))
        // Approved with no approver: a project that requires none; groundwork wants someone's approval.
        #expect(try results[1].get() == ChangeRequestStatus(state: .open, approved: false, checks: .red, mergeable: false))
        #expect(try results[2].get() == ChangeRequestStatus(state: .merged, approved: true, checks: .none, mergeable: true))
        #expect(try results[3].get() == ChangeRequestStatus(state: .open, approved: false, checks: .pending, mergeable: nil))
        #expect(try results[4].get() == ChangeRequestStatus(state: .closed, approved: false, checks: .pending, mergeable: nil))
        #expect(try results[96 + 139].get().state == .open) // !140 of the second page
        guard case .failure(let missing) = results[96 + 140], case .failure(let gone) = results[246] else {
            Issue.record("a missing merge request or an unknown project gave a status")
            return
        }
        #expect("\(missing)".contains("merge request !141 of acme/sub/big: not found"))
        #expect("\(gone)".contains("merge request !4 of acme/gone: the project does not exist or the token cannot see it"))
        // A token GitLab refuses fails the batch with GitLab's GraphQL message, never the token.
        let refused = ChangeRequestServices.gitLabGraphQLAPI(token: "glpat-refusedT0ken", client: HTTPClient())
        await #expect {
            _ = try await GitLabChangeRequests.statuses(of: [(project: "acme/repo0", number: 1)], api: refused, apiURL: server.baseURL + "/api/v4")
        } throws: { error in
            "\(error)".contains("POST \(server.baseURL)/api/graphql answered HTTP 401: Invalid token (check the token")
                && !"\(error)".contains("glpat-refusedT0ken")
        }
        #expect(GitLabStatusQuery.endpoint(apiURL: "https://gitlab.com/api/v4") == "https://gitlab.com/api/graphql")
        #expect(GitLabStatusQuery.endpoint(apiURL: "https://git.acme.example/gitlab/api/v4/") == "https://git.acme.example/gitlab/api/graphql")
    }

    /// GitLab-hosted records of the campaign `tidy`, merge request !N of each project, in the store.
    static func records(_ projects: [(String, Int)], api: String, in store: any FleetCampaignStore) async throws {
        for (project, number) in projects {
            var record = FleetApplyRecord(
                campaign: "tidy", repository: project, location: "https://gitlab.example/\(project).git", state: .prOpen, branch: "groundwork/tidy",
                requestURL: "https://gitlab.example/\(project)/-/merge_requests/\(number)", requestNumber: number, updatedAt: Date())
            record.host = FleetRepositoryHost(service: .gitlab, apiURL: api, project: project, tokenEnvironmentVariable: "GL_TOKEN", defaultBranch: "main")
            try await store.recordCampaign(record)
        }
    }

    @Test func followerReadsGitLabInBatchesWaitsOutA429AndMergesOnlyApprovedAndGreen() async throws {
        let graphQLCalls = Mutex(0)
        let merged = Mutex<[String]>([])
        let server = try LocalHTTPServer { request in
            if request.method == "PUT", request.path.hasSuffix("/merge") {
                guard request.header("PRIVATE-TOKEN") == FleetGitLabStatusTests.token else { return .json(#"{"message":"401 Unauthorized"}"#, status: 401) }
                merged.withLock { $0.append(request.path) }
                return .json(#"{"state": "merged"}"#)
            }
            let call = graphQLCalls.withLock { value -> Int in
                value += 1
                return value
            }
            if call == 1 { return .json(#"{"message":"429 Too Many Requests"}"#, status: 429, headers: [("Retry-After", "1")]) }
            return FleetGitLabStatusTests.graphQL(request) { project, iid in
                switch (project, iid) {
                case ("acme/p0", _), ("acme/p7", _): FleetGitLabStatusTests.mergeRequest(iid, approved: true, approvers: 1, pipeline: "SUCCESS")
                case ("acme/p1", _): FleetGitLabStatusTests.mergeRequest(iid, approved: true, approvers: 1, pipeline: "PENDING")
                case ("acme/p2", _): FleetGitLabStatusTests.mergeRequest(iid, conflicts: true, detailed: "CONFLICT", approved: true, approvers: 1, pipeline: "SUCCESS")
                case ("acme/p3", _): FleetGitLabStatusTests.mergeRequest(iid, state: "merged", approved: true, approvers: 1, pipeline: "SUCCESS")
                default: FleetGitLabStatusTests.mergeRequest(iid, pipeline: "SUCCESS")
                }
            }
        }
        let setup = try FleetApplyTests.Setup()
        let api = server.baseURL + "/api/v4"
        let projects = (0..<12).map { ("acme/p\($0)", $0 + 1) } + [("acme/gone", 9)]
        try await Self.records(projects, api: api, in: setup.store)
        var follower = FleetRequestFollower(store: setup.store, environment: ["GL_TOKEN": Self.token])
        // A budget of its own (the governor is per token and process-wide).
        follower.budget = .init(perMinute: 600, perHour: 500)

        let started = ContinuousClock.now
        let status = try await follower.run(.status, campaign: "tidy")
        #expect(ContinuousClock.now - started >= .seconds(1), "the Retry-After of the 429 was not honoured")
        // 13 projects: two queries (and the one GitLab answered 429), no REST read.
        #expect(server.requests.count == 3)
        #expect(server.requests.allSatisfy { $0.path == "/api/graphql" })
        let byProject = Dictionary(uniqueKeysWithValues: status.map { ($0.repository, $0) })
        #expect(byProject["acme/p0"]?.state == .approved)
        #expect(byProject["acme/p1"]?.state == .checksPending)
        #expect(byProject["acme/p2"]?.state == .conflicted)
        #expect(byProject["acme/p3"]?.state == .merged)
        #expect(byProject["acme/p4"]?.state == .checksGreen)
        // The project the token cannot see is reported on its own record; the others are read.
        #expect(byProject["acme/gone"]?.state == .prOpen)
        #expect(byProject["acme/gone"]?.reason?.contains("merge request !9 of acme/gone: the project does not exist or the token cannot see it") == true)

        let merging = try await follower.run(.merge, campaign: "tidy")
        #expect(merged.withLock { $0 }.sorted() == ["/api/v4/projects/acme%2Fp0/merge_requests/1/merge", "/api/v4/projects/acme%2Fp7/merge_requests/8/merge"])
        let after = Dictionary(uniqueKeysWithValues: merging.map { ($0.repository, $0) })
        #expect(after["acme/p0"]?.state == .merged)
        #expect(after["acme/p4"]?.reason == "not merged: not approved")
        #expect(after["acme/p1"]?.reason == "not merged: checks are pending")
        #expect(after["acme/p2"]?.state == .conflicted)
        #expect(server.requests.filter { $0.path == "/api/graphql" }.count == 5, "one more batch of two queries for merge")
        for record in try await setup.store.campaignRecords(campaign: nil) {
            #expect(!(try FleetStoreCoding.json(record)).contains(Self.token))
        }
    }

    @Test func aBatchGitLabRefusesIsReadOneByOneThroughREST() async throws {
        // An older GitLab without `detailedMergeStatus` refuses the query as a whole; REST still answers.
        let server = try LocalHTTPServer { request in
            switch (request.method, request.path) {
            case ("POST", "/api/graphql"):
                return .json(#"{"errors":[{"message":"Field 'detailedMergeStatus' doesn't exist on type 'MergeRequest'"}]}"#)
            case ("GET", "/api/v4/projects/acme%2Fold/merge_requests/3"):
                return .json(#"{"iid": 3, "state": "opened", "has_conflicts": false, "detailed_merge_status": "mergeable", "head_pipeline": {"status": "success"}}"#)
            case ("GET", "/api/v4/projects/acme%2Fold/merge_requests/3/approvals"):
                return .json(#"{"approved": true, "approved_by": [{"user": {"username": "lead"}}]}"#)
            default:
                return .json(#"{"message":"404 Not Found"}"#, status: 404)
            }
        }
        let setup = try FleetApplyTests.Setup()
        try await Self.records([("acme/old", 3)], api: server.baseURL + "/api/v4", in: setup.store)
        let follower = FleetRequestFollower(store: setup.store, environment: ["GL_TOKEN": Self.token])
        let status = try await follower.run(.status, campaign: "tidy")
        #expect(status.first?.state == .approved, "\(status.map(\.reason))")
        #expect(server.requests.map(\.path) == ["/api/graphql", "/api/v4/projects/acme%2Fold/merge_requests/3", "/api/v4/projects/acme%2Fold/merge_requests/3/approvals"])
    }
}
#endif
