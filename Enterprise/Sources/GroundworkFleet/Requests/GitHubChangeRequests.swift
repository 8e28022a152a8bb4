#if Enterprise
import Foundation
import GroundworkHTTP

/// Pull requests through GitHub's REST API (docs.github.com/rest/pulls); their status through its GraphQL
/// API, many at once (`GitHubStatusQuery`).
struct GitHubChangeRequests: ChangeRequestService {
    let host: FleetRepositoryHost
    let api: HostedAPIClient
    let governor: FleetWriteGovernor
    /// How often, and how far apart (growing to ten times), a new fork is asked whether it is ready.
    var forkPolls = 30
    var forkPollInterval: Duration = .seconds(1)

    static let headers: HTTPHeaders = ["Accept": "application/vnd.github+json", "X-GitHub-Api-Version": "2022-11-28"]

    private var repository: String { "\(host.apiURL)/repos/\(host.project)" }
    private var owner: String { String(host.project.split(separator: "/").first ?? "") }

    func canPush() async throws -> Bool {
        do {
            let object = try api.object(in: try await api.get(repository, headers: Self.headers), "GET \(repository)")
            // `permissions` is there for an authenticated caller; without it the forge decides at the push.
            guard let permissions = object["permissions"] as? [String: Any] else { return true }
            return permissions["push"] as? Bool == true
        } catch {
            throw api.failure(error, "GET \(repository)")
        }
    }

    func fork() async throws -> FleetFork {
        let url = "\(repository)/forks"
        let created: [String: Any]
        do {
            // Idempotent: GitHub answers an existing fork again (202).
            let response = try await api.write(.post, url, json: ["default_branch_only": true], headers: Self.headers, governor: governor)
            created = try api.object(in: response, "POST \(url)")
        } catch {
            throw api.failure(error, "POST \(url)")
        }
        guard let fullName = created["full_name"] as? String, let cloneURL = created["clone_url"] as? String,
            let owner = (created["owner"] as? [String: Any])?["login"] as? String
        else {
            throw FleetError(.hostedAPI, "GitHub API: POST \(url) answered a fork without full_name, clone_url or owner")
        }
        // Forks are made in the background: wait until it answers (GitHub says it can take minutes).
        let forkURL = "\(host.apiURL)/repos/\(fullName)"
        for attempt in 1...forkPolls {
            if (try? await api.get(forkURL, headers: Self.headers)) != nil { return FleetFork(cloneURL: cloneURL, owner: owner) }
            try await Task.sleep(for: forkPollInterval * min(attempt, 10))
        }
        throw FleetError(.hostedAPI, "GitHub API: the fork \(fullName) did not become available; run the campaign again later")
    }

    func open(head: String, from fork: FleetFork?, base: String, title: String, body: String, draft: Bool) async throws -> ChangeRequest {
        let url = "\(repository)/pulls"
        // From a fork, the head names its owner: `bot:groundwork/tidy`.
        let qualifiedHead = fork.map { "\($0.owner):\(head)" } ?? head
        do {
            let response = try await api.write(.post, url, json: ["title": title, "head": qualifiedHead, "base": base, "body": body, "draft": draft], headers: Self.headers, governor: governor)
            return try request(in: api.object(in: response, "POST \(url)"))
        } catch let error as HTTPError where Self.alreadyExists(error) {
            // 422 "A pull request already exists for owner:branch.": adopt it.
            if let existing = try await find(head: head, owner: fork?.owner ?? owner) { return existing }
            throw api.failure(error, "POST \(url)")
        } catch {
            throw api.failure(error, "POST \(url)")
        }
    }

    /// The open request from `owner:head`, if any.
    func find(head: String, owner: String) async throws -> ChangeRequest? {
        let owner = owner.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? owner
        let url = "\(repository)/pulls?state=open&head=\(owner):\(head)&per_page=100"
        do {
            let response = try await api.get(url, headers: Self.headers)
            return try api.objects(in: response, url: url).first.map(request)
        } catch {
            throw api.failure(error, "GET \(url)")
        }
    }

    func status(_ request: ChangeRequest) async throws -> ChangeRequestStatus {
        try await Self.statuses(of: [(host.project, request.number)], api: api, apiURL: host.apiURL)[0].get()
    }

    /// The statuses of pull requests of any repositories behind one API, `owner/name` and number each, in
    /// the order given: one GraphQL request per `GitHubStatusQuery.maxPerQuery`.
    static func statuses(
        of items: [(project: String, number: Int)], api: HostedAPIClient, apiURL: String
    ) async throws -> [Result<ChangeRequestStatus, FleetError>] {
        let url = GitHubStatusQuery.endpoint(apiURL: apiURL)
        var results: [Result<ChangeRequestStatus, FleetError>] = []
        var start = 0
        while start < items.count {
            let query = GitHubStatusQuery(items: Array(items[start..<min(start + GitHubStatusQuery.maxPerQuery, items.count)]))
            start += GitHubStatusQuery.maxPerQuery
            do {
                let answer = try api.object(in: try await api.query(url, json: query.body, headers: headers), "POST \(url)")
                results += try query.statuses(in: answer)
            } catch {
                throw api.failure(error, "POST \(url)")
            }
        }
        return results
    }

    func merge(_ request: ChangeRequest) async throws {
        let url = "\(repository)/pulls/\(request.number)/merge"
        do { _ = try await api.write(.put, url, json: [:], headers: Self.headers, governor: governor) } catch { throw api.failure(error, "PUT \(url)") }
    }

    func close(_ request: ChangeRequest) async throws {
        let url = "\(repository)/pulls/\(request.number)"
        do { _ = try await api.write(.patch, url, json: ["state": "closed"], headers: Self.headers, governor: governor) } catch { throw api.failure(error, "PATCH \(url)") }
    }

    func comment(_ request: ChangeRequest, body: String) async throws {
        let url = "\(repository)/issues/\(request.number)/comments"
        do { _ = try await api.write(.post, url, json: ["body": body], headers: Self.headers, governor: governor) } catch { throw api.failure(error, "POST \(url)") }
    }

    private func request(in object: [String: Any]) throws -> ChangeRequest {
        guard let number = object["number"] as? Int, let url = object["html_url"] as? String else {
            throw FleetError(.hostedAPI, "GitHub API: a pull request without number or html_url")
        }
        return ChangeRequest(number: number, url: url)
    }

    /// GitHub's 422 for a second pull request from the same branch.
    static func alreadyExists(_ error: HTTPError) -> Bool {
        guard case .httpStatus(422) = error.code, let body = error.response?.text else { return false }
        return body.localizedCaseInsensitiveContains("already exists")
    }
}
#endif
