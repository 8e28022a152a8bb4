#if Enterprise
/// One entry of `sources:` in `fleet.yaml`.
package struct FleetSource: Sendable, Equatable {
    /// Where the repositories come from.
    package enum Kind: Sendable, Equatable {
        /// A repository at a path, or with `scan` every repository directly under it.
        case path(String, scan: Bool)
        /// A git URL, cloned bare into the cache.
        case git(String)
        /// Every repository of a GitHub organisation (optionally with a topic).
        case github(GitHubSource)
        /// Every project of a GitLab group and its subgroups.
        case gitlab(GitLabSource)
    }

    package var kind: Kind
    /// The repository's name in reports and the store, for one `path` or `git` repository (default: the
    /// folder's or the URL's last part, which two clients' checkouts often share).
    package var name: String?
    /// The client these repositories belong to (or the fleet's default client).
    package var client: String?
    /// Tags of these repositories (the fleet's default tags included).
    package var tags: [String]
    /// The line of the entry in the fleet file.
    package var line: Int

    package init(kind: Kind, name: String? = nil, client: String? = nil, tags: [String] = [], line: Int = 0) {
        self.kind = kind
        self.name = name
        self.client = client
        self.tags = tags
        self.line = line
    }
}

/// `github: {org, topic?, token_env, api_url?}`.
package struct GitHubSource: Sendable, Equatable {
    /// The public GitHub API.
    package static let defaultAPI = "https://api.github.com"

    package var organization: String
    /// Only repositories carrying this topic.
    package var topic: String?
    /// The environment variable holding the token (never the token itself).
    package var tokenEnvironmentVariable: String
    /// The REST API base URL (GitHub Enterprise Server, or a local server in tests).
    package var apiURL: String

    package init(organization: String, topic: String? = nil, tokenEnvironmentVariable: String, apiURL: String = GitHubSource.defaultAPI) {
        self.organization = organization
        self.topic = topic
        self.tokenEnvironmentVariable = tokenEnvironmentVariable
        self.apiURL = apiURL
    }
}

/// `gitlab: {group, url?, token_env, api_url?}`.
package struct GitLabSource: Sendable, Equatable {
    /// GitLab.com.
    package static let defaultURL = "https://gitlab.com"

    /// The group's full path (`acme` or `acme/clients`).
    package var group: String
    /// The GitLab instance.
    package var url: String
    /// The environment variable holding the token (never the token itself).
    package var tokenEnvironmentVariable: String
    /// The REST API base URL; `<url>/api/v4` unless given.
    package var apiURL: String

    package init(group: String, url: String = GitLabSource.defaultURL, tokenEnvironmentVariable: String, apiURL: String? = nil) {
        self.group = group
        self.url = url
        self.tokenEnvironmentVariable = tokenEnvironmentVariable
        self.apiURL = apiURL ?? (url.hasSuffix("/") ? String(url.dropLast()) : url) + "/api/v4"
    }
}
#endif
