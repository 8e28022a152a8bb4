#if Enterprise
/// Where a hosted repository's forge API is, for opening and following pull or merge requests.
public struct FleetRepositoryHost: Sendable, Codable, Hashable {
    /// Which forge, and so which REST API.
    public enum Service: String, Sendable, Codable {
        case github, gitlab
    }

    public var service: Service
    /// The REST API base URL (`https://api.github.com`, `https://gitlab.example/api/v4`).
    public var apiURL: String
    /// `owner/name` on GitHub, the full path on GitLab.
    public var project: String
    /// The environment variable holding the token (never the token).
    public var tokenEnvironmentVariable: String
    /// The branch requests target, as the API listed it.
    public var defaultBranch: String?

    public init(service: Service, apiURL: String, project: String, tokenEnvironmentVariable: String, defaultBranch: String? = nil) {
        self.service = service
        self.apiURL = apiURL
        self.project = project
        self.tokenEnvironmentVariable = tokenEnvironmentVariable
        self.defaultBranch = defaultBranch
    }
}
#endif
