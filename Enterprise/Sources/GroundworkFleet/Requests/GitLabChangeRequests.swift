#if Enterprise
import Foundation
import GroundworkHTTP

/// Merge requests through GitLab's REST API (docs.gitlab.com/api/merge_requests).
struct GitLabChangeRequests: ChangeRequestService {
    let host: FleetRepositoryHost
    let api: HostedAPIClient
    let governor: FleetWriteGovernor

    private var project: String {
        "\(host.apiURL)/projects/" + (host.project.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? host.project)
    }

    func open(head: String, base: String, title: String, body: String, draft: Bool) async throws -> ChangeRequest {
        if let existing = try await find(head: head) { return existing }
        let url = "\(project)/merge_requests"
        do {
            let response = try await api.write(.post, url, json: [
                "source_branch": head, "target_branch": base, "title": (draft ? "Draft: " : "") + title, "description": body,
                "remove_source_branch": true,
            ], governor: governor)
            return try request(in: api.object(in: response, "POST \(url)"))
        } catch let error as HTTPError where Self.alreadyExists(error) {
            // 409 "Another open merge request already exists for this source branch": adopt it.
            if let existing = try await find(head: head) { return existing }
            throw api.failure(error, "POST \(url)")
        } catch {
            throw api.failure(error, "POST \(url)")
        }
    }

    /// The open merge request from `head`, if any.
    func find(head: String) async throws -> ChangeRequest? {
        let branch = head.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? head
        let url = "\(project)/merge_requests?state=opened&source_branch=\(branch)&per_page=100"
        do {
            let response = try await api.get(url)
            return try api.objects(in: response, url: url).first.map(request)
        } catch {
            throw api.failure(error, "GET \(url)")
        }
    }

    func status(_ request: ChangeRequest) async throws -> ChangeRequestStatus {
        let url = "\(project)/merge_requests/\(request.number)"
        do {
            let mergeRequest = try api.object(in: try await api.get(url), "GET \(url)")
            let state: ChangeRequestStatus.State = switch mergeRequest["state"] as? String {
            case "merged": .merged
            case "closed": .closed
            default: .open
            }
            let approvals = try api.object(in: try await api.get("\(url)/approvals"), "GET \(url)/approvals")
            var checks = ChangeRequestStatus.Checks.none
            switch ((mergeRequest["head_pipeline"] as? [String: Any])?["status"] as? String) {
            case "success": checks = .green
            case "failed", "canceled": checks = .red
            case "created", "waiting_for_resource", "preparing", "pending", "running", "scheduled", "manual": checks = .pending
            default: checks = .none
            }
            let detailed = mergeRequest["detailed_merge_status"] as? String
            let mergeable: Bool? = detailed == "conflict" || mergeRequest["has_conflicts"] as? Bool == true ? false : (detailed == nil ? nil : true)
            return ChangeRequestStatus(state: state, approved: approvals["approved"] as? Bool == true, checks: checks, mergeable: mergeable)
        } catch {
            throw api.failure(error, "GET \(url)")
        }
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

    /// GitLab's 409 for a second merge request from the same branch.
    static func alreadyExists(_ error: HTTPError) -> Bool {
        guard case .httpStatus(let status) = error.code, status == 409 || status == 422, let body = error.response?.text else { return false }
        return body.localizedCaseInsensitiveContains("already exists")
    }
}
#endif
