#if Enterprise
import Foundation
import GroundworkHTTP

/// Merge requests through GitLab's REST API (docs.gitlab.com/api/merge_requests); their status through its
/// GraphQL API, many at once (`GitLabStatusQuery`), or through REST one by one when GraphQL refuses a batch.
struct GitLabChangeRequests: ChangeRequestService {
    let host: FleetRepositoryHost
    let api: HostedAPIClient
    let governor: FleetWriteGovernor
    /// How often, and how far apart (growing to ten times), a new fork is asked whether it is ready.
    var forkPolls = 30
    var forkPollInterval: Duration = .seconds(1)

    private var project: String {
        "\(host.apiURL)/projects/" + (host.project.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? host.project)
    }

    func canPush() async throws -> Bool {
        let object = try await projectObject()
        // Developer (30) or above may push branches; without `permissions` the forge decides at the push.
        guard let permissions = object["permissions"] as? [String: Any] else { return true }
        let levels = ["project_access", "group_access"].compactMap { (permissions[$0] as? [String: Any])?["access_level"] as? Int }
        return (levels.max() ?? 0) >= 30
    }

    func fork() async throws -> FleetFork {
        let url = "\(project)/fork"
        var created: [String: Any]
        do {
            created = try api.object(in: try await api.write(.post, url, json: [:], governor: governor), "POST \(url)")
        } catch let error as HTTPError where Self.alreadyTaken(error) {
            // 409 "has already been taken": the token owner's fork exists; find it among the owned forks.
            let forks = "\(project)/forks?owned=true&per_page=100"
            do {
                guard let existing = try api.objects(in: try await api.get(forks), url: forks).first else { throw api.failure(error, "POST \(url)") }
                created = existing
            } catch {
                throw api.failure(error, "GET \(forks)")
            }
        } catch {
            throw api.failure(error, "POST \(url)")
        }
        guard let id = created["id"] as? Int, let cloneURL = created["http_url_to_repo"] as? String,
            let path = created["path_with_namespace"] as? String
        else {
            throw FleetError(.hostedAPI, "GitLab API: POST \(url) answered a fork without id, http_url_to_repo or path_with_namespace")
        }
        // Forks are imported in the background: wait until the import has finished.
        let forkURL = "\(host.apiURL)/projects/\(id)"
        for attempt in 1...forkPolls {
            let status = (try? api.object(in: try await api.get(forkURL), "GET \(forkURL)"))?["import_status"] as? String
            if status == nil || status == "finished" || status == "none" { return FleetFork(cloneURL: cloneURL, owner: path, projectID: id) }
            if status == "failed" { throw FleetError(.hostedAPI, "GitLab API: the fork \(path) could not be made (import failed)") }
            try await Task.sleep(for: forkPollInterval * min(attempt, 10))
        }
        throw FleetError(.hostedAPI, "GitLab API: the fork \(path) did not become available; run the campaign again later")
    }

    func open(head: String, from fork: FleetFork?, base: String, title: String, body: String, draft: Bool) async throws -> ChangeRequest {
        // From a fork the merge request is created in the fork, aimed at this project's id.
        var target: Int?
        if fork != nil {
            guard let id = try await projectObject()["id"] as? Int else { throw FleetError(.hostedAPI, "GitLab API: \(project) has no id") }
            target = id
        }
        if let existing = try await find(head: head, from: fork) { return existing }
        let url = fork?.projectID.map { "\(host.apiURL)/projects/\($0)/merge_requests" } ?? "\(project)/merge_requests"
        var fields: [String: Any] = [
            "source_branch": head, "target_branch": base, "title": (draft ? "Draft: " : "") + title, "description": body,
            "remove_source_branch": true,
        ]
        if let target { fields["target_project_id"] = target }
        do {
            let response = try await api.write(.post, url, json: fields, governor: governor)
            return try request(in: api.object(in: response, "POST \(url)"))
        } catch let error as HTTPError where Self.alreadyExists(error) {
            // 409 "Another open merge request already exists for this source branch": adopt it.
            if let existing = try await find(head: head, from: fork) { return existing }
            throw api.failure(error, "POST \(url)")
        } catch {
            throw api.failure(error, "POST \(url)")
        }
    }

    /// The open merge request into this project from `head` (of `fork`, when given), if any.
    func find(head: String, from fork: FleetFork?) async throws -> ChangeRequest? {
        let branch = head.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? head
        let url = "\(project)/merge_requests?state=opened&source_branch=\(branch)&per_page=100"
        do {
            let response = try await api.get(url)
            let open = try api.objects(in: response, url: url).filter { request in
                // A branch of the same name in someone else's fork is not this campaign's.
                guard let source = request["source_project_id"] as? Int else { return true }
                if let fork { return source == fork.projectID }
                return source == (request["target_project_id"] as? Int ?? source)
            }
            return try open.first.map(request)
        } catch {
            throw api.failure(error, "GET \(url)")
        }
    }

    /// This project as the API describes it.
    private func projectObject() async throws -> [String: Any] {
        do {
            return try api.object(in: try await api.get(project), "GET \(project)")
        } catch {
            throw api.failure(error, "GET \(project)")
        }
    }

    /// One merge request through REST: the merge request and its approvals. `FleetRequestFollower` reads
    /// statuses in batches (`statuses(of:api:apiURL:)`); this is its fallback when GitLab refuses a batch as a
    /// whole (a version without a field the query asks for).
    func status(_ request: ChangeRequest) async throws -> ChangeRequestStatus {
        let url = "\(project)/merge_requests/\(request.number)"
        do {
            let mergeRequest = try api.object(in: try await api.get(url), "GET \(url)")
            let approvals = try api.object(in: try await api.get("\(url)/approvals"), "GET \(url)/approvals")
            // The REST spelling of GraphQL's fields: the same values in lower case.
            return GitLabStatusQuery.status(
                state: mergeRequest["state"] as? String, conflicts: mergeRequest["has_conflicts"] as? Bool == true,
                detailedMergeStatus: (mergeRequest["detailed_merge_status"] as? String)?.uppercased(),
                approved: approvals["approved"] as? Bool == true, approvers: (approvals["approved_by"] as? [Any])?.count ?? 0,
                pipeline: ((mergeRequest["head_pipeline"] as? [String: Any])?["status"] as? String)?.uppercased())
        } catch {
            throw api.failure(error, "GET \(url)")
        }
    }

    /// The statuses of merge requests of any projects behind one API, full path and number each, in the
    /// order given: one GraphQL request per `GitLabStatusQuery.maxProjectsPerQuery` projects.
    static func statuses(
        of items: [(project: String, number: Int)], api: HostedAPIClient, apiURL: String
    ) async throws -> [Result<ChangeRequestStatus, FleetError>] {
        let url = GitLabStatusQuery.endpoint(apiURL: apiURL)
        var results = [Result<ChangeRequestStatus, FleetError>?](repeating: nil, count: items.count)
        for (query, positions) in GitLabStatusQuery.plan(items) {
            do {
                let answer = try api.object(in: try await api.query(url, json: query.body), "POST \(url)")
                for (position, result) in zip(positions, try query.statuses(in: answer)) { results[position] = result }
            } catch {
                throw api.failure(error, "POST \(url)")
            }
        }
        return results.map { $0 ?? .failure(FleetError(.hostedAPI, "GitLab GraphQL: a merge request was left unread")) }
    }

    func merge(_ request: ChangeRequest) async throws {
        let url = "\(project)/merge_requests/\(request.number)/merge"
        do { _ = try await api.write(.put, url, json: [:], governor: governor) } catch { throw api.failure(error, "PUT \(url)") }
    }

    func close(_ request: ChangeRequest) async throws {
        let url = "\(project)/merge_requests/\(request.number)"
        do { _ = try await api.write(.put, url, json: ["state_event": "close"], governor: governor) } catch { throw api.failure(error, "PUT \(url)") }
    }

    func comment(_ request: ChangeRequest, body: String) async throws {
        let url = "\(project)/merge_requests/\(request.number)/notes"
        do { _ = try await api.write(.post, url, json: ["body": body], governor: governor) } catch { throw api.failure(error, "POST \(url)") }
    }

    private func request(in object: [String: Any]) throws -> ChangeRequest {
        guard let number = object["iid"] as? Int, let url = object["web_url"] as? String else {
            throw FleetError(.hostedAPI, "GitLab API: a merge request without iid or web_url")
        }
        return ChangeRequest(number: number, url: url)
    }

    /// GitLab's 409 for a fork the token owner already has.
    static func alreadyTaken(_ error: HTTPError) -> Bool {
        guard case .httpStatus(409) = error.code, let body = error.response?.text else { return false }
        return body.localizedCaseInsensitiveContains("already been taken")
    }

    /// GitLab's 409 for a second merge request from the same branch.
    static func alreadyExists(_ error: HTTPError) -> Bool {
        guard case .httpStatus(let status) = error.code, status == 409 || status == 422, let body = error.response?.text else { return false }
        return body.localizedCaseInsensitiveContains("already exists")
    }
}
#endif
