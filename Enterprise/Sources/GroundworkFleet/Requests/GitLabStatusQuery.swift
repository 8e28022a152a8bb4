#if Enterprise
import Foundation
import GroundworkHTTP

/// The status of many merge requests, across projects, in one GitLab GraphQL request
/// (docs.gitlab.com/api/graphql): one aliased `project(fullPath:)` per project, each with
/// `mergeRequests(iids:)` — the state, conflicts, `detailedMergeStatus`, the approvals and the status of the
/// head pipeline, which the REST API needs two requests per merge request for. The paths and numbers travel
/// as variables, never spliced into the query text.
struct GitLabStatusQuery {
    /// Projects per request. GitLab scores each field about 1 and does not multiply a connection looked up
    /// by `iids` by its page size, so a project costs about 20 whatever its number of merge requests: 10 keep a
    /// query near 200, inside the limit of 250 for an authenticated request, and its text near 1,500
    /// characters, far inside the 10,000 allowed (docs.gitlab.com/api/graphql, "Limits").
    static let maxProjectsPerQuery = 10
    /// Merge requests per project alias: GitLab's largest page.
    static let maxPerProject = 100

    /// One project's merge request numbers (at most `maxPerProject`), read through one alias.
    struct Group {
        var project: String
        var numbers: [Int]
    }

    /// At most `maxProjectsPerQuery` groups; a project may come twice when it has more numbers than a page.
    let groups: [Group]

    /// The items in the order of the answers: group by group, number by number.
    var items: [(project: String, number: Int)] {
        groups.flatMap { group in group.numbers.map { (project: group.project, number: $0) } }
    }

    /// The queries that read `items`, and for each the positions in `items` its answers belong to: the
    /// numbers of a project together, a page at a time, `maxProjectsPerQuery` projects a query.
    static func plan(_ items: [(project: String, number: Int)]) -> [(query: GitLabStatusQuery, positions: [Int])] {
        var order: [String] = []
        var positionsByProject: [String: [Int]] = [:]
        for (position, item) in items.enumerated() {
            if positionsByProject[item.project] == nil { order.append(item.project) }
            positionsByProject[item.project, default: []].append(position)
        }
        var pages: [(group: Group, positions: [Int])] = []
        for project in order {
            let positions = positionsByProject[project] ?? []
            for start in stride(from: 0, to: positions.count, by: maxPerProject) {
                let page = Array(positions[start..<min(start + maxPerProject, positions.count)])
                pages.append((Group(project: project, numbers: page.map { items[$0].number }), page))
            }
        }
        return stride(from: 0, to: pages.count, by: maxProjectsPerQuery).map { start in
            let chunk = pages[start..<min(start + maxProjectsPerQuery, pages.count)]
            return (GitLabStatusQuery(groups: chunk.map(\.group)), chunk.flatMap(\.positions))
        }
    }

    /// The GraphQL endpoint of a REST API root: `https://gitlab.example/api/v4` → `…/api/graphql`, under a
    /// self-managed instance's relative root as well (`https://host/gitlab/api/v4` → `https://host/gitlab/api/graphql`).
    static func endpoint(apiURL: String) -> String {
        let root = apiURL.hasSuffix("/") ? String(apiURL.dropLast()) : apiURL
        if root.hasSuffix("/api/v4") { return String(root.dropLast("/v4".count)) + "/graphql" }
        return root + "/api/graphql"
    }

    /// The request body: the query with one aliased `project` per group, and its variables.
    var body: [String: Any] {
        var parameters: [String] = []
        var selections: [String] = []
        var variables: [String: Any] = [:]
        for (index, group) in groups.enumerated() {
            parameters.append("$p\(index): ID!, $i\(index): [String!]")
            selections.append("  g\(index): project(fullPath: $p\(index)) { mergeRequests(iids: $i\(index), first: \(Self.maxPerProject)) { nodes { ...status } } }")
            variables["p\(index)"] = group.project
            variables["i\(index)"] = group.numbers.map(String.init)
        }
        let query = """
            query(\(parameters.joined(separator: ", "))) {
            \(selections.joined(separator: "\n"))
            }
            fragment status on MergeRequest {
              iid
              state
              conflicts
              detailedMergeStatus
              approved
              approvedBy(first: 1) { nodes { id } }
              headPipeline { status }
            }
            """
        return ["query": query, "variables": variables]
    }

    /// Each item's status, or why GitLab gave none: a project it answers `null` for (it does not exist, or the
    /// token cannot see it) or a number it does not list. An answer without `data` throws for the whole batch.
    func statuses(in answer: [String: Any]) throws -> [Result<ChangeRequestStatus, FleetError>] {
        let answer = try GraphQLAnswer(answer, service: "GitLab")
        return groups.enumerated().flatMap { index, group -> [Result<ChangeRequestStatus, FleetError>] in
            let alias = "g\(index)"
            guard let project = answer.data[alias] as? [String: Any] else {
                let reason = answer.message(at: alias) ?? "the project does not exist or the token cannot see it"
                return group.numbers.map { .failure(FleetError(.hostedAPI, "GitLab GraphQL: merge request !\($0) of \(group.project): \(reason)")) }
            }
            let nodes = (project["mergeRequests"] as? [String: Any])?["nodes"] as? [[String: Any]] ?? []
            var byNumber: [Int: [String: Any]] = [:]
            for node in nodes {
                if let iid = (node["iid"] as? String).flatMap(Int.init) { byNumber[iid] = node }
            }
            return group.numbers.map { number in
                guard let request = byNumber[number] else {
                    return .failure(FleetError(.hostedAPI, "GitLab GraphQL: merge request !\(number) of \(group.project): not found"))
                }
                return .success(Self.status(of: request))
            }
        }
    }

    /// One merge request's fields as a status.
    static func status(of request: [String: Any]) -> ChangeRequestStatus {
        status(
            state: request["state"] as? String, conflicts: request["conflicts"] as? Bool == true,
            detailedMergeStatus: request["detailedMergeStatus"] as? String, approved: request["approved"] as? Bool == true,
            approvers: ((request["approvedBy"] as? [String: Any])?["nodes"] as? [Any])?.count ?? 0,
            pipeline: (request["headPipeline"] as? [String: Any])?["status"] as? String)
    }

    /// A status from GitLab's values, enums in GraphQL's upper case (REST spells them in lower case).
    static func status(state: String?, conflicts: Bool, detailedMergeStatus: String?, approved: Bool, approvers: Int, pipeline: String?) -> ChangeRequestStatus {
        let state: ChangeRequestStatus.State =
            switch state {
            case "merged": .merged
            case "closed": .closed
            default: .open // opened, or locked while a merge is under way
            }
        let mergeable: Bool? =
            if conflicts || detailedMergeStatus == "CONFLICT" {
                false
            } else if [nil, "UNCHECKED", "CHECKING", "PREPARING"].contains(detailedMergeStatus) {
                nil // GitLab is still computing it
            } else {
                true
            }
        let checks: ChangeRequestStatus.Checks =
            switch pipeline {
            case "SUCCESS": .green
            case "FAILED", "CANCELED", "CANCELING": .red
            case "CREATED", "WAITING_FOR_RESOURCE", "PREPARING", "WAITING_FOR_CALLBACK", "PENDING", "RUNNING", "SCHEDULED", "MANUAL": .pending
            default: .none // no pipeline, or a skipped one
            }
        // `approved` means every required approval is given: true without any approval when a project requires
        // none (Premium without rules). As on GitHub without required reviews, someone must have approved.
        return ChangeRequestStatus(state: state, approved: approved && approvers > 0, checks: checks, mergeable: mergeable)
    }
}
#endif
