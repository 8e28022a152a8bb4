#if Enterprise
import Foundation
import Synchronization
import GroundworkHTTP
import GroundworkTestSupport
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

/// GitHub and GitLab listing against a local server answering with responses of the real shape.
@Suite struct FleetSourceListingTests {
    static let token = "ghp_SuperSecretToken1234567890"

    static func gitHubRepo(_ name: String, archived: Bool = false, topics: [String] = []) -> String {
        let topicList = topics.map { "\"\($0)\"" }.joined(separator: ",")
        return """
            {"id": 1, "name": "\(name)", "full_name": "acme/\(name)", "private": true, "archived": \(archived), \
            "clone_url": "https://github.com/acme/\(name).git", "ssh_url": "git@github.com:acme/\(name).git", \
            "default_branch": "main", "topics": [\(topicList)], "owner": {"login": "acme"}}
            """
    }

    static func gitLabProject(_ path: String, archived: Bool = false) -> String {
        """
        {"id": 7, "name": "\(path)", "path_with_namespace": "beta/\(path)", "archived": \(archived), \
        "http_url_to_repo": "https://gitlab.example.com/beta/\(path).git", "ssh_url_to_repo": "git@gitlab.example.com:beta/\(path).git", \
        "default_branch": "main", "topics": []}
        """
    }

    func fleet(_ source: FleetSource.Kind) -> FleetConfiguration {
        FleetConfiguration(name: "t", sources: [FleetSource(kind: source, client: "acme", tags: ["hosted"], line: 4)], file: "/tmp/fleet.yaml")
    }

    func resolver(_ environment: [String: String] = ["GH_TOKEN": token, "GL_TOKEN": token], maxWait: Duration = .seconds(5)) -> FleetSourceResolver {
        FleetSourceResolver(environment: environment, client: HTTPClient(), maxRateLimitWait: maxWait)
    }

    @Test func gitHubFollowsLinkPagesFiltersTopicAndSkipsArchived() async throws {
        let server = try LocalHTTPServer { request in
            let host = request.header("Host") ?? ""
            if request.target.contains("page=2") {
                return .json("[\(Self.gitHubRepo("web", topics: ["client"])), \(Self.gitHubRepo("old", archived: true, topics: ["client"]))]")
            }
            return .json(
                "[\(Self.gitHubRepo("api", topics: ["client", "python"])), \(Self.gitHubRepo("internal-tools"))]",
                headers: [("Link", "<http://\(host)/orgs/acme/repos?per_page=100&type=all&page=2>; rel=\"next\", <http://\(host)/orgs/acme/repos?page=2>; rel=\"last\"")]
            )
        }
        let source = GitHubSource(organization: "acme", topic: "client", tokenEnvironmentVariable: "GH_TOKEN", apiURL: server.baseURL)
        let repositories = try await resolver().resolve(fleet(.github(source)))
        #expect(repositories.map(\.name) == ["acme/api", "acme/web"])
        #expect(repositories.map(\.location) == ["https://github.com/acme/api.git", "https://github.com/acme/web.git"])
        #expect(repositories.allSatisfy { $0.client == "acme" && $0.tags == ["hosted"] })
        let requests = server.requests
        #expect(requests.count == 2)
        #expect(requests.first?.path == "/orgs/acme/repos")
        #expect(requests.first?.queryItems.contains(URLQueryItem(name: "per_page", value: "100")) == true)
        #expect(requests.first?.queryItems.contains(URLQueryItem(name: "type", value: "all")) == true)
        #expect(requests.allSatisfy { $0.header("Authorization") == "Bearer \(Self.token)" })
    }

    @Test func gitHubNeverFollowsANextLinkToAnotherHost() async throws {
        let server = try LocalHTTPServer { _ in
            .json("[\(Self.gitHubRepo("api"))]", headers: [("Link", "<http://evil.example.com/steal?page=2>; rel=\"next\"")])
        }
        let source = GitHubSource(organization: "acme", tokenEnvironmentVariable: "GH_TOKEN", apiURL: server.baseURL)
        let repositories = try await resolver().resolve(fleet(.github(source)))
        #expect(repositories.map(\.name) == ["acme/api"])
        #expect(server.requests.count == 1)
    }

    @Test func gitLabFollowsXNextPageWithPrivateToken() async throws {
        let server = try LocalHTTPServer { request in
            let page = request.queryItems.first { $0.name == "page" }?.value ?? "1"
            switch page {
            case "1": return .json("[\(Self.gitLabProject("shop"))]", headers: [("X-Next-Page", "2"), ("X-Page", "1")])
            case "2": return .json("[\(Self.gitLabProject("legacy", archived: true)), \(Self.gitLabProject("crm"))]", headers: [("X-Next-Page", ""), ("X-Page", "2")])
            default: return .json("[]", status: 404)
            }
        }
        let source = GitLabSource(group: "beta/clients", url: "https://gitlab.example.com", tokenEnvironmentVariable: "GL_TOKEN", apiURL: server.baseURL + "/api/v4")
        let repositories = try await resolver().resolve(fleet(.gitlab(source)))
        #expect(repositories.map(\.name) == ["beta/crm", "beta/shop"])
        #expect(repositories.first?.location == "https://gitlab.example.com/beta/crm.git")
        let first = try #require(server.requests.first)
        #expect(first.target.hasPrefix("/api/v4/groups/beta%2Fclients/projects?"))
        for item in ["include_subgroups=true", "per_page=100", "archived=false"] { #expect(first.target.contains(item)) }
        #expect(server.requests.allSatisfy { $0.header("PRIVATE-TOKEN") == Self.token && $0.header("Authorization") == nil })
    }

    @Test func waitsOutAShortGitHubRateLimit() async throws {
        let calls = Calls()
        let server = try LocalHTTPServer { _ in
            if calls.next() == 1 {
                let reset = Int(Date().timeIntervalSince1970) + 1
                return .json(
                    "{\"message\": \"API rate limit exceeded\"}", status: 403,
                    headers: [
                        ("X-RateLimit-Limit", "5000"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", "\(reset)"),
                    ])
            }
            return .json("[\(Self.gitHubRepo("api"))]")
        }
        let source = GitHubSource(organization: "acme", tokenEnvironmentVariable: "GH_TOKEN", apiURL: server.baseURL)
        let started = Date()
        let repositories = try await resolver().resolve(fleet(.github(source)))
        #expect(repositories.map(\.name) == ["acme/api"])
        #expect(server.requests.count == 2)
        #expect(Date().timeIntervalSince(started) >= 0.9)
    }

    @Test func waitsOutA429WithRetryAfter() async throws {
        let calls = Calls()
        let server = try LocalHTTPServer { _ in
            calls.next() == 1 ? .json("{\"message\": \"slow down\"}", status: 429, headers: [("Retry-After", "1")]) : .json("[\(Self.gitLabProject("shop"))]")
        }
        let source = GitLabSource(group: "beta", tokenEnvironmentVariable: "GL_TOKEN", apiURL: server.baseURL)
        let repositories = try await resolver().resolve(fleet(.gitlab(source)))
        #expect(repositories.map(\.name) == ["beta/shop"])
    }

    @Test func aLongRateLimitIsAClearErrorWithoutTheToken() async throws {
        let server = try LocalHTTPServer { _ in
            let reset = Int(Date().timeIntervalSince1970) + 3_600
            return .json(
                "{\"message\": \"API rate limit exceeded for \(Self.token)\"}", status: 403,
                headers: [
                    ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", "\(reset)"),
                ])
        }
        let source = GitHubSource(organization: "acme", tokenEnvironmentVariable: "GH_TOKEN", apiURL: server.baseURL)
        let started = Date()
        do {
            _ = try await resolver().resolve(fleet(.github(source)))
            Issue.record("expected a rate-limit error")
        } catch let error as FleetError {
            #expect(error.code == .rateLimited)
            #expect(error.description.contains("rate limit"))
            #expect(error.description.contains("min"))
            #expect(!error.description.contains(Self.token))
            #expect(error.exitStatus == .incomplete)
        }
        // The reset is an hour away: the resolver must give up at once rather than wait for it. The
        // bound is loose because parallel tests on two cores can delay this task by many seconds.
        #expect(Date().timeIntervalSince(started) < 300)
        #expect(server.requests.count == 1)
    }

    @Test func anAuthenticationFailureNamesTheFixButNeverTheToken() async throws {
        let server = try LocalHTTPServer { request in
            .json("{\"message\": \"Bad credentials: \(request.header("Authorization") ?? "")\"}", status: 401)
        }
        let source = GitHubSource(organization: "acme", tokenEnvironmentVariable: "GH_TOKEN", apiURL: server.baseURL)
        do {
            _ = try await resolver().resolve(fleet(.github(source)))
            Issue.record("expected an error")
        } catch let error as FleetError {
            #expect(error.code == .hostedAPI)
            #expect(error.description.contains("HTTP 401"))
            #expect(error.description.contains("token_env"))
            #expect(!error.description.contains(Self.token))
            #expect(!String(reflecting: error).contains(Self.token))
        }
    }

    @Test func aMissingTokenVariableIsAConfigurationError() async throws {
        let source = GitHubSource(organization: "acme", tokenEnvironmentVariable: "GH_TOKEN", apiURL: "http://127.0.0.1:9")
        await #expect(throws: FleetError.self) { try await resolver([:]).resolve(fleet(.github(source))) }
    }

    @Test func scanFindsRepositoriesDirectlyUnderAFolder() async throws {
        let scratch = try ScratchDirectory()
        let one = try FleetFixtures.repository()
        let two = try RepoBuilder(bare: true)
        try two.commit("x", files: ["a": "b"])
        try FileManager.default.moveItem(atPath: one.path, toPath: scratch.path + "/one")
        try FileManager.default.moveItem(atPath: two.path, toPath: scratch.path + "/two.git")
        try FileManager.default.createDirectory(atPath: scratch.path + "/not-a-repo", withIntermediateDirectories: true)
        let configuration = FleetConfiguration(name: "t", sources: [FleetSource(kind: .path(scratch.path, scan: true))], file: scratch.path + "/fleet.yaml")
        let repositories = try await resolver().resolve(configuration)
        #expect(repositories.map(\.name) == ["one", "two.git"])
    }
}

/// Counts calls across the server's connection threads.
final class Calls: Sendable {
    private let count = Mutex(0)

    func next() -> Int {
        count.withLock { value in
            value += 1
            return value
        }
    }
}
#endif
