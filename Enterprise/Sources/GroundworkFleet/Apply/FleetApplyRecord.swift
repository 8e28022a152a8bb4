#if Enterprise
import Foundation

/// What the store keeps for one repository of one campaign: its state and the evidence behind it.
///
/// Never holds a token: URLs are recorded redacted and logs pass through `URLRedaction`.
package struct FleetApplyRecord: Sendable, Codable, Equatable {
    package var campaign: String
    package var repository: String
    /// Where it was cloned from (redacted).
    package var location: String
    package var client: String?
    package var state: FleetApplyState
    /// Why the repository is in this state (skipped, needs_human, failed…).
    package var reason: String?
    /// `groundwork/<campaign>`.
    package var branch: String
    /// The default branch the request targets.
    package var baseBranch: String?
    /// The default branch's commit the change was made against.
    package var baseCommit: String?
    /// The campaign branch's commit groundwork wrote (or found already holding the change).
    package var commit: String?
    /// The audit score before and after the change.
    package var scoreBefore: Int?
    package var scoreAfter: Int?
    /// Files the change writes.
    package var files: [String]
    /// Manual effort the change saves, from the bricks' `effort_hours`.
    package var hoursSaved: Double
    /// The verification log (kept when verification fails) or the conflict diff.
    package var log: String?
    /// The forge of a hosted repository, so that `fleet prs` follows requests from the store alone.
    package var host: FleetRepositoryHost?
    /// The pull or merge request, once opened.
    package var requestURL: String?
    package var requestNumber: Int?
    package var updatedAt: Date

    package init(
        campaign: String, repository: String, location: String, client: String? = nil, state: FleetApplyState, reason: String? = nil,
        branch: String, baseCommit: String? = nil, commit: String? = nil, scoreBefore: Int? = nil, scoreAfter: Int? = nil,
        files: [String] = [], hoursSaved: Double = 0, log: String? = nil, requestURL: String? = nil, requestNumber: Int? = nil,
        updatedAt: Date
    ) {
        self.campaign = campaign
        self.repository = repository
        self.location = location
        self.client = client
        self.state = state
        self.reason = reason
        self.branch = branch
        self.baseCommit = baseCommit
        self.commit = commit
        self.scoreBefore = scoreBefore
        self.scoreAfter = scoreAfter
        self.files = files
        self.hoursSaved = hoursSaved
        self.log = log
        self.requestURL = requestURL
        self.requestNumber = requestNumber
        self.updatedAt = updatedAt
    }
}

/// One state change of one repository of a campaign, kept for the burndown.
package struct FleetCampaignEvent: Sendable, Codable, Equatable {
    package var campaign: String
    package var repository: String
    package var client: String?
    package var state: FleetApplyState
    package var at: Date

    package init(campaign: String, repository: String, client: String?, state: FleetApplyState, at: Date) {
        self.campaign = campaign
        self.repository = repository
        self.client = client
        self.state = state
        self.at = at
    }
}
#endif
