#if Enterprise
import Foundation
import GroundworkHTTP

/// Turns the sources of a fleet into its repositories: paths (scanned or not), git URLs, and the
/// repositories GitHub and GitLab list. Names are unique; the result is sorted by name.
package struct FleetSourceResolver: Sendable {
    /// Where tokens are read from (by the variable names the sources give).
    package var environment: [String: String]
    package var client: HTTPClient
    /// The longest rate-limit wait sat through before failing with a clear error.
    package var maxRateLimitWait: Duration

    package init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        client: HTTPClient = HTTPClient(), maxRateLimitWait: Duration = .seconds(90)
    ) {
        self.environment = environment
        self.client = client
        self.maxRateLimitWait = maxRateLimitWait
    }

    /// Every repository of the fleet, sorted by name.
    package func resolve(_ fleet: FleetConfiguration) async throws -> [FleetRepository] {
        var byName: [String: (repository: FleetRepository, line: Int)] = [:]
        for source in fleet.sources {
            for repository in try await repositories(of: source, fleet: fleet) {
                if let existing = byName[repository.name] {
                    guard existing.repository.location == repository.location else {
                        throw ConfigurationFileError(
                            file: fleet.file, line: source.line,
                            "two repositories are named `\(repository.name)` (\(existing.repository.location) from line \(existing.line), "
                                + "\(repository.location) here); names must be unique in a fleet: give one of them `name:`"
                        )
                    }
                    continue
                }
                byName[repository.name] = (repository, source.line)
            }
        }
        return byName.values.map(\.repository).sorted { $0.name < $1.name }
    }

    /// The repositories one source stands for.
    func repositories(of source: FleetSource, fleet: FleetConfiguration) async throws -> [FleetRepository] {
        func make(_ name: String, _ location: String, host: FleetRepositoryHost? = nil) -> FleetRepository {
            FleetRepository(name: name, location: location, client: source.client, tags: source.tags, host: host)
        }
        switch source.kind {
        case .path(let path, scan: false):
            return [make(source.name ?? (path as NSString).lastPathComponent, path)]
        case .path(let folder, scan: true):
            return try Self.repositoriesDirectlyUnder(folder, fleet: fleet, line: source.line).map { make(($0 as NSString).lastPathComponent, $0) }
        case .git(let url):
            return [make(source.name ?? GitLocation.repositoryName(url), url)]
        case .github(let github):
            let token = try token(github.tokenEnvironmentVariable, fleet: fleet, line: source.line)
            let listed = try await GitHubRepositoryLister(source: github, token: token, client: client, maxWait: maxRateLimitWait).list()
            return listed.map {
                make(
                    $0.name, $0.cloneURL,
                    host: FleetRepositoryHost(service: .github, apiURL: github.apiURL, project: $0.name, tokenEnvironmentVariable: github.tokenEnvironmentVariable, defaultBranch: $0.defaultBranch))
            }
        case .gitlab(let gitlab):
            let token = try token(gitlab.tokenEnvironmentVariable, fleet: fleet, line: source.line)
            let listed = try await GitLabRepositoryLister(source: gitlab, token: token, client: client, maxWait: maxRateLimitWait).list()
            return listed.map {
                make(
                    $0.name, $0.cloneURL,
                    host: FleetRepositoryHost(service: .gitlab, apiURL: gitlab.apiURL, project: $0.name, tokenEnvironmentVariable: gitlab.tokenEnvironmentVariable, defaultBranch: $0.defaultBranch))
            }
        }
    }

    private func token(_ variable: String, fleet: FleetConfiguration, line: Int) throws -> String {
        guard let token = environment[variable]?.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty else {
            throw FleetError(.missingToken, "\(fleet.file):\(line): the environment variable \(variable) (token_env) is not set; export the API token in it")
        }
        return token
    }

    /// The git repositories (work trees or bare) directly inside `folder`, sorted.
    static func repositoriesDirectlyUnder(_ folder: String, fleet: FleetConfiguration, line: Int) throws -> [String] {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else {
            throw FleetError(.source, "\(fleet.file):\(line): cannot list \(folder) for `scan: true`: no such folder or not readable")
        }
        return names.sorted().filter { !$0.hasPrefix(".") }.map { (folder as NSString).appendingPathComponent($0) }.filter { path in
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return false }
            let isWorkTree = manager.fileExists(atPath: path + "/.git")
            let isBare = manager.fileExists(atPath: path + "/HEAD") && manager.fileExists(atPath: path + "/objects")
            return isWorkTree || isBare
        }
    }
}
#endif
