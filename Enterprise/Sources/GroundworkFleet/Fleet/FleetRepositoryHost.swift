#if Enterprise
/// Where a hosted repository's forge API is, for opening and following pull or merge requests.
package struct FleetRepositoryHost: Sendable, Codable, Hashable {
    /// Which forge, and so which REST API.
    package enum Service: String, Sendable, Codable {
        case github, gitlab
    }

    package var service: Service
    /// The REST API base URL (`https://api.github.com`, `https://gitlab.example/api/v4`).
    package var apiURL: String
    /// `owner/name` on GitHub, the full path on GitLab.
    package var project: String
    /// The environment variable holding the token (never the token).
    package var tokenEnvironmentVariable: String
    /// The branch requests target, as the API listed it.
    package var defaultBranch: String?

    package init(service: Service, apiURL: String, project: String, tokenEnvironmentVariable: String, defaultBranch: String? = nil) {
        self.service = service
        self.apiURL = apiURL
        self.project = project
        self.tokenEnvironmentVariable = tokenEnvironmentVariable
        self.defaultBranch = defaultBranch
    }
}
#endif
