#if Enterprise
import Foundation
import GroundworkHTTP

/// Lists the projects of a GitLab group and its subgroups through the REST API (v4), following
/// `X-Next-Page` (or `Link`) pagination; archived projects are left out by the query and again here.
struct GitLabRepositoryLister: Sendable {
    let source: GitLabSource
    let api: HostedAPIClient

    init(source: GitLabSource, token: String, client: HTTPClient, maxWait: Duration) {
        self.source = source
        self.api = HostedAPIClient(
            service: "GitLab", authorization: { $0.set("PRIVATE-TOKEN", token, sensitive: true) },
            token: token, client: client, maxWait: maxWait
        )
    }

    /// The URL of one page of the group's projects.
    func pageURL(_ page: Int?) -> String {
        // The group's full path is one path segment: `acme/clients` becomes `acme%2Fclients`.
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let group = source.group.addingPercentEncoding(withAllowedCharacters: allowed) ?? source.group
        var url = "\(source.apiURL)/groups/\(group)/projects?include_subgroups=true&per_page=100&archived=false"
        if let page { url += "&page=\(page)" }
        return url
    }

    /// Hosted projects of the group: `path_with_namespace` as name, `http_url_to_repo` as location.
    func list() async throws -> [HostedRepository] {
        let first = pageURL(nil)
        var url: String? = first
        var seen: Set<String> = []
        var repositories: [HostedRepository] = []
        while let page = url, seen.insert(page).inserted {
            let response = try await api.get(page)
            for object in try api.objects(in: response, url: page) {
                guard let name = object["path_with_namespace"] as? String, let cloneURL = object["http_url_to_repo"] as? String else { continue }
                if object["archived"] as? Bool == true { continue }
                repositories.append(
                    HostedRepository(
                        name: name, cloneURL: cloneURL, defaultBranch: object["default_branch"] as? String,
                        topics: object["topics"] as? [String] ?? []
                    ))
            }
            if let next = response.headers["X-Next-Page"]?.trimmingCharacters(in: .whitespaces), let number = Int(next) {
                url = pageURL(number)
            } else {
                url = HostedAPIClient.nextLink(response.headers).flatMap { HostedAPIClient.isSameOrigin($0, as: first) ? $0 : nil }
            }
        }
        return repositories
    }
}
#endif
