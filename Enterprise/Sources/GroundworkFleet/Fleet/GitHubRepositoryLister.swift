#if Enterprise
import Foundation
import GroundworkHTTP

/// Lists a GitHub organisation's repositories through the REST API, following `Link` pagination,
/// keeping those with the topic asked for and leaving archived ones out.
struct GitHubRepositoryLister: Sendable {
    let source: GitHubSource
    let api: HostedAPIClient

    init(source: GitHubSource, token: String, client: HTTPClient, maxWait: Duration) {
        self.source = source
        self.api = HostedAPIClient(
            service: "GitHub", authorization: { $0.set("Authorization", "Bearer \(token)", sensitive: true) },
            token: token, client: client, maxWait: maxWait
        )
    }

    /// Hosted repositories of the organisation: `full_name` as name, `clone_url` as location.
    func list() async throws -> [HostedRepository] {
        let organization = source.organization.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? source.organization
        let first = "\(source.apiURL)/orgs/\(organization)/repos?per_page=100&type=all"
        var url: String? = first
        var seen: Set<String> = []
        var repositories: [HostedRepository] = []
        let headers: HTTPHeaders = ["Accept": "application/vnd.github+json", "X-GitHub-Api-Version": "2022-11-28"]
        while let page = url, seen.insert(page).inserted {
            let response = try await api.get(page, headers: headers)
            for object in try api.objects(in: response, url: page) {
                guard let name = object["full_name"] as? String, let cloneURL = object["clone_url"] as? String else { continue }
                if object["archived"] as? Bool == true { continue }
                let topics = object["topics"] as? [String] ?? []
                if let topic = source.topic, !topics.contains(topic) { continue }
                repositories.append(HostedRepository(name: name, cloneURL: cloneURL, defaultBranch: object["default_branch"] as? String, topics: topics))
            }
            url = HostedAPIClient.nextLink(response.headers).flatMap { HostedAPIClient.isSameOrigin($0, as: first) ? $0 : nil }
        }
        return repositories
    }
}

/// A repository a hosted service listed.
struct HostedRepository: Sendable, Equatable {
    /// `owner/name` (GitHub `full_name`, GitLab `path_with_namespace`).
    var name: String
    /// The https clone URL.
    var cloneURL: String
    var defaultBranch: String?
    var topics: [String]
}
#endif
