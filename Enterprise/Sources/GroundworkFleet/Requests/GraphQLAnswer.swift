#if Enterprise
import Foundation

/// A forge's GraphQL answer to a query of aliased fields (`GitHubStatusQuery`, `GitLabStatusQuery`): its
/// `data`, and the errors that name one alias. An answer without `data` — the query refused, over a limit, the
/// rate limit spent — is an error for the whole batch.
struct GraphQLAnswer {
    let data: [String: Any]
    let errors: [[String: Any]]

    /// `answer` as `service` ("GitHub", "GitLab") gave it, or the error it refused the query with.
    init(_ answer: [String: Any], service: String) throws {
        errors = answer["errors"] as? [[String: Any]] ?? []
        guard let data = answer["data"] as? [String: Any] else {
            let messages = errors.compactMap { $0["message"] as? String }
            throw FleetError(.hostedAPI, "\(service) GraphQL: " + (messages.isEmpty ? "an answer without data" : messages.joined(separator: "; ")))
        }
        self.data = data
    }

    /// The message of the first error whose path starts at `alias`.
    func message(at alias: String) -> String? {
        errors.first { ($0["path"] as? [Any])?.first as? String == alias }?["message"] as? String
    }
}
#endif
