#if Enterprise
import Foundation
import GroundworkFormats

/// Reads the YAML of a fleet file into a `FleetConfiguration`, refusing unknown keys with `file:line`.
enum FleetConfigurationParser {
    static let topKeys = ["version", "name", "defaults", "sources"]
    static let defaultsKeys = ["jobs", "policy", "store", "client", "tags"]
    static let sourceKinds = ["path", "git", "github", "gitlab"]
    static let sourceKeys = sourceKinds + ["scan", "name", "client", "tags"]
    static let gitHubKeys = ["org", "topic", "token_env", "api_url"]
    static let gitLabKeys = ["group", "url", "token_env", "api_url"]

    static func parse(_ document: StrictYAMLMapping, file: String) throws(FormatError) -> FleetConfiguration {
        guard let version = try document.int("version") else {
            throw document.error("version", "the fleet file needs `version: \(FleetConfiguration.currentVersion)`")
        }
        guard version == FleetConfiguration.currentVersion else {
            throw document.error("version", "unsupported version \(version); this groundwork reads version \(FleetConfiguration.currentVersion)")
        }
        let name = try document.requiredString("name")
        let directory = (file as NSString).deletingLastPathComponent
        var defaults = FleetConfiguration.Defaults()
        if let mapping = try document.mapping("defaults", allowed: defaultsKeys) {
            defaults.jobs = try mapping.int("jobs")
            if let jobs = defaults.jobs, jobs < 1 { throw mapping.error("jobs", "must be at least 1") }
            defaults.policy = try mapping.string("policy").map { FleetPaths.absolute($0, relativeTo: directory) }
            defaults.store = try mapping.string("store")
            defaults.client = try mapping.string("client")
            defaults.tags = try mapping.strings("tags") ?? []
        }
        guard let items = try document.sequence("sources"), !items.isEmpty else {
            throw document.error("sources", "the fleet file needs `sources:`, a list of entries with one of \(sourceKinds.joined(separator: ", "))")
        }
        var sources: [FleetSource] = []
        for item in items {
            let entry = try item.mapping(allowed: sourceKeys)
            sources.append(try source(entry, directory: directory, defaults: defaults))
        }
        return FleetConfiguration(name: name, defaults: defaults, sources: sources, file: file)
    }

    private static func source(_ entry: StrictYAMLMapping, directory: String, defaults: FleetConfiguration.Defaults) throws(FormatError) -> FleetSource {
        let kinds = sourceKinds.filter(entry.has)
        guard kinds.count == 1, let kindKey = kinds.first else {
            let message =
                kinds.isEmpty
                ? "needs exactly one of \(sourceKinds.joined(separator: ", "))"
                : "has \(kinds.joined(separator: " and ")); give exactly one source per entry"
            throw entry.error(message)
        }
        if entry.has("scan"), kindKey != "path" { throw entry.error("scan", "`scan` only goes with `path`") }
        let name = try entry.string("name")
        let scans = try entry.bool("scan") ?? false
        if name != nil, !(kindKey == "git" || (kindKey == "path" && !scans)) {
            throw entry.error("name", "`name` goes with one repository: a `path` (without scan) or a `git` URL")
        }
        if let name, name.isEmpty || name.contains(where: { $0.isNewline || $0.asciiValue.map { $0 < 0x20 } == true }) {
            throw entry.error("name", "expected a repository name on one line")
        }
        let kind: FleetSource.Kind
        switch kindKey {
        case "path":
            kind = .path(FleetPaths.absolute(try entry.requiredString("path"), relativeTo: directory), scan: try entry.bool("scan") ?? false)
        case "git":
            let url = try entry.requiredString("git")
            if GitLocation.hasPassword(url) {
                throw entry.error("git", "carries a password; remove it from the URL (tokens are never written in fleet.yaml)")
            }
            kind = .git(url)
        case "github":
            let mapping = try entry.mapping("github", allowed: gitHubKeys)
            guard let mapping else { throw entry.error("github", "github needs org and token_env") }
            kind = .github(
                GitHubSource(
                    organization: try mapping.requiredString("org"),
                    topic: try mapping.string("topic"),
                    tokenEnvironmentVariable: try tokenVariable(mapping),
                    apiURL: try apiURL(mapping) ?? GitHubSource.defaultAPI
                ))
        default:
            let mapping = try entry.mapping("gitlab", allowed: gitLabKeys)
            guard let mapping else { throw entry.error("gitlab", "gitlab needs group and token_env") }
            let url = try mapping.string("url") ?? GitLabSource.defaultURL
            try checkHTTP(url, key: "url", in: mapping)
            kind = .gitlab(
                GitLabSource(
                    group: try mapping.requiredString("group"), url: url,
                    tokenEnvironmentVariable: try tokenVariable(mapping), apiURL: try apiURL(mapping)
                ))
        }
        let tags = defaults.tags + (try entry.strings("tags") ?? []).filter { !defaults.tags.contains($0) }
        return FleetSource(kind: kind, name: name, client: try entry.string("client") ?? defaults.client, tags: tags, line: entry.line)
    }

    private static func tokenVariable(_ mapping: StrictYAMLMapping) throws(FormatError) -> String {
        let name = try mapping.requiredString("token_env")
        guard name.range(of: "^[A-Za-z_][A-Za-z0-9_]*$", options: .regularExpression) != nil else {
            throw mapping.error("token_env", "must name an environment variable (letters, digits, _), not hold a token")
        }
        return name
    }

    private static func apiURL(_ mapping: StrictYAMLMapping) throws(FormatError) -> String? {
        guard let url = try mapping.string("api_url") else { return nil }
        try checkHTTP(url, key: "api_url", in: mapping)
        return url.hasSuffix("/") ? String(url.dropLast()) : url
    }

    private static func checkHTTP(_ url: String, key: String, in mapping: StrictYAMLMapping) throws(FormatError) {
        guard let components = URLComponents(string: url), ["http", "https"].contains(components.scheme?.lowercased() ?? ""),
            components.host?.isEmpty == false
        else { throw mapping.error(key, "must be an http:// or https:// URL") }
        guard components.password == nil else { throw mapping.error(key, "carries a password; use token_env") }
    }
}
#endif
