#if Enterprise
import Foundation
import GroundworkHTTP

/// A pull request (GitHub) or merge request (GitLab), by its number in the project and its web page.
package struct ChangeRequest: Sendable, Equatable {
    package var number: Int
    package var url: String

    package init(number: Int, url: String) {
        self.number = number
        self.url = url
    }
}

/// What a forge says about a request now.
package struct ChangeRequestStatus: Sendable, Equatable {
    /// Open, merged, or closed without merging.
    package enum State: String, Sendable { case open, merged, closed }
    /// The combined status of the checks of its head commit.
    package enum Checks: String, Sendable { case pending, green, red, none }

    package var state: State
    package var approved: Bool
    package var checks: Checks
    /// False when the forge knows it cannot be merged (a conflict); nil while it is still computing.
    package var mergeable: Bool?

    package init(state: State, approved: Bool, checks: Checks, mergeable: Bool?) {
        self.state = state
        self.approved = approved
        self.checks = checks
        self.mergeable = mergeable
    }

    /// The campaign state this status stands for.
    package var campaignState: FleetApplyState {
        switch state {
        case .merged: return .merged
        case .closed: return .closed
        case .open:
            if mergeable == false { return .conflicted }
            if checks == .red { return .checksRed }
            if approved && checks != .pending { return .approved }
            switch checks {
            case .pending: return .checksPending
            case .green: return .checksGreen
            case .red: return .checksRed
            case .none: return .prOpen
            }
        }
    }
}

/// Opening and following requests on one forge for one repository; every write goes through the
/// token's `FleetWriteGovernor`.
package protocol ChangeRequestService: Sendable {
    /// Whether the token may push branches to the repository (else a campaign pushes to a fork).
    func canPush() async throws -> Bool
    /// The token owner's fork of the repository, created when there is none yet, once it can be pushed to.
    func fork() async throws -> FleetFork
    /// Opens a request from `head` (on `fork` when given) into `base`, or returns the one already open for
    /// that head (a re-run never opens a second).
    func open(head: String, from fork: FleetFork?, base: String, title: String, body: String, draft: Bool) async throws -> ChangeRequest
    func status(_ request: ChangeRequest) async throws -> ChangeRequestStatus
    func merge(_ request: ChangeRequest) async throws
    func close(_ request: ChangeRequest) async throws
    func comment(_ request: ChangeRequest, body: String) async throws
}

/// Makes the service of a hosted repository.
package enum ChangeRequestServices {
    /// The service for `host`, with `token`, its writes paced by `governor`.
    package static func make(_ host: FleetRepositoryHost, token: String, governor: FleetWriteGovernor, client: HTTPClient = HTTPClient(), maxWait: Duration = .seconds(90)) -> any ChangeRequestService
    {
        switch host.service {
        case .github:
            GitHubChangeRequests(host: host, api: gitHubAPI(token: token, client: client, maxWait: maxWait), governor: governor)
        case .gitlab:
            GitLabChangeRequests(
                host: host,
                api: HostedAPIClient(
                    service: "GitLab", authorization: { $0.set("PRIVATE-TOKEN", token, sensitive: true) },
                    token: token, client: client, maxWait: maxWait
                ), governor: governor)
        }
    }

    /// GitHub's API with `token`.
    static func gitHubAPI(token: String, client: HTTPClient, maxWait: Duration = .seconds(90)) -> HostedAPIClient {
        bearerAPI("GitHub", token: token, client: client, maxWait: maxWait)
    }

    /// GitLab's GraphQL API with `token`, which it takes as `Authorization: Bearer` (docs.gitlab.com/api/graphql,
    /// "Header authentication") where its REST API takes `PRIVATE-TOKEN`.
    static func gitLabGraphQLAPI(token: String, client: HTTPClient, maxWait: Duration = .seconds(90)) -> HostedAPIClient {
        bearerAPI("GitLab", token: token, client: client, maxWait: maxWait)
    }

    /// `service`'s API with `token` in an `Authorization: Bearer` header.
    private static func bearerAPI(_ service: String, token: String, client: HTTPClient, maxWait: Duration) -> HostedAPIClient {
        HostedAPIClient(
            service: service, authorization: { $0.set("Authorization", "Bearer \(token)", sensitive: true) },
            token: token, client: client, maxWait: maxWait)
    }
}
#endif
