#if Enterprise
import Foundation

/// What the store keeps for one repository of one campaign: its state and the evidence behind it.
///
/// Never holds a token: URLs are recorded redacted and logs pass through `URLRedaction`.
public struct FleetApplyRecord: Sendable, Codable, Equatable {
    public var campaign: String
    public var repository: String
    /// Where it was cloned from (redacted).
    public var location: String
    public var client: String?
    public var state: FleetApplyState
    /// Why the repository is in this state (skipped, needs_human, failed…).
    public var reason: String?
    /// `groundwork/<campaign>`.
    public var branch: String
    /// The default branch the request targets.
    public var baseBranch: String?
    /// The default branch's commit the change was made against.
    public var baseCommit: String?
    /// The campaign branch's commit groundwork wrote (or found already holding the change).
    public var commit: String?
    /// The audit score before and after the change.
    public var scoreBefore: Int?
    public var scoreAfter: Int?
    /// Files the change writes.
    public var files: [String]
    /// Manual effort the change saves, from the bricks' `effort_hours`.
    public var hoursSaved: Double
    /// The verification log (kept when verification fails) or the conflict diff.
    public var log: String?
    /// The forge of a hosted repository, so that `fleet prs` follows requests from the store alone.
    public var host: FleetRepositoryHost?
    /// The pull or merge request, once opened.
    public var requestURL: String?
    public var requestNumber: Int?
    public var updatedAt: Date

    public init(
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
public struct FleetCampaignEvent: Sendable, Codable, Equatable {
    public var campaign: String
    public var repository: String
    public var client: String?
    public var state: FleetApplyState
    public var at: Date

    public init(campaign: String, repository: String, client: String?, state: FleetApplyState, at: Date) {
        self.campaign = campaign
        self.repository = repository
        self.client = client
        self.state = state
        self.at = at
    }
}
#endif
