#if Enterprise
import Foundation
import GroundworkHTTP

/// The status of many pull requests, across repositories, in one GitHub GraphQL request
/// (docs.github.com/graphql): state, mergeability, the review decision and the rollup of the head commit's
/// checks — statuses and check runs (GitHub Actions) alike, which the REST combined status does not see.
/// The repositories and numbers travel as variables, never spliced into the query text.
struct GitHubStatusQuery {
    /// Pull requests per request: well inside GitHub's node limit and its 10-second timeout.
    static let maxPerQuery = 50

    /// `owner/name` and the pull request number, in the order of the answers.
    let items: [(project: String, number: Int)]

    /// The GraphQL endpoint of a REST API root: `https://api.github.com` → `…/graphql`; GitHub
    /// Enterprise Server's `https://host/api/v3` → `https://host/api/graphql`.
    static func endpoint(apiURL: String) -> String {
        let root = apiURL.hasSuffix("/") ? String(apiURL.dropLast()) : apiURL
        if root.hasSuffix("/api/v3") { return String(root.dropLast("/v3".count)) + "/graphql" }
        return root + "/graphql"
    }

    /// The request body: the query with one aliased `repository` per item, and its variables.
    var body: [String: Any] {
        var parameters: [String] = []
        var selections: [String] = []
        var variables: [String: Any] = [:]
        for (index, item) in items.enumerated() {
            let parts = item.project.split(separator: "/", maxSplits: 1).map(String.init)
            parameters.append("$o\(index): String!, $n\(index): String!, $p\(index): Int!")
            selections.append("  r\(index): repository(owner: $o\(index), name: $n\(index)) { pullRequest(number: $p\(index)) { ...status } }")
            variables["o\(index)"] = parts.first ?? ""
            variables["n\(index)"] = parts.count > 1 ? parts[1] : ""
            variables["p\(index)"] = item.number
        }
        let query = """
            query(\(parameters.joined(separator: ", "))) {
            \(selections.joined(separator: "\n"))
            }
            fragment status on PullRequest {
              state
              mergeable
              reviewDecision
              latestOpinionatedReviews(first: 100, writersOnly: true) { nodes { state } }
              commits(last: 1) { nodes { commit { statusCheckRollup { state } } } }
            }
            """
        return ["query": query, "variables": variables]
    }

    /// Each item's status, or why GitHub gave none (a repository or number it could not resolve). An
    /// answer without `data` — the query refused, the rate limit spent — throws for the whole batch.
    func statuses(in answer: [String: Any]) throws -> [Result<ChangeRequestStatus, FleetError>] {
        let answer = try GraphQLAnswer(answer, service: "GitHub")
        return items.enumerated().map { index, item in
            let alias = "r\(index)"
            guard let pull = (answer.data[alias] as? [String: Any])?["pullRequest"] as? [String: Any] else {
                let message = answer.message(at: alias) ?? "not found"
                return .failure(FleetError(.hostedAPI, "GitHub GraphQL: pull request #\(item.number) of \(item.project): \(message)"))
            }
            return .success(Self.status(of: pull))
        }
    }

    /// One pull request's fields as a status.
    static func status(of pull: [String: Any]) -> ChangeRequestStatus {
        let state: ChangeRequestStatus.State =
            switch pull["state"] as? String {
            case "MERGED": .merged
            case "CLOSED": .closed
            default: .open
            }
        let mergeable: Bool? =
            switch pull["mergeable"] as? String {
            case "MERGEABLE": true
            case "CONFLICTING": false
            default: nil // UNKNOWN: GitHub is still computing it
            }
        // The decision branch protection makes; without required reviews GitHub gives none, and the
        // latest verdicts of people who can write decide, as on the REST path.
        let approved: Bool
        if let decision = pull["reviewDecision"] as? String {
            approved = decision == "APPROVED"
        } else {
            let reviews = (pull["latestOpinionatedReviews"] as? [String: Any])?["nodes"] as? [[String: Any]] ?? []
            let verdicts = reviews.compactMap { $0["state"] as? String }
            approved = verdicts.contains("APPROVED") && !verdicts.contains("CHANGES_REQUESTED")
        }
        let commits = (pull["commits"] as? [String: Any])?["nodes"] as? [[String: Any]] ?? []
        let rollup = ((commits.last?["commit"] as? [String: Any])?["statusCheckRollup"] as? [String: Any])?["state"] as? String
        let checks: ChangeRequestStatus.Checks =
            switch rollup {
            case "SUCCESS": .green
            case "FAILURE", "ERROR": .red
            case "PENDING", "EXPECTED": .pending
            default: .none // no status and no check run on the head commit
            }
        return ChangeRequestStatus(state: state, approved: approved, checks: checks, mergeable: mergeable)
    }
}
#endif
