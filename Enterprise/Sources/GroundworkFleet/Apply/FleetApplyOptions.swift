#if Enterprise
import Foundation
import GroundworkBasics
import GroundworkLicense

/// How `groundwork fleet apply` runs a campaign.
public struct FleetApplyOptions: Sendable {
    /// The campaign's name: the branch is `groundwork/<campaign>`, the store keys records by it.
    public var campaign: String
    public var strategy: FleetApplyStrategy = .mergeIfClean
    /// Print each repository's plan and diff; push nothing, record nothing.
    public var dryRun = false
    /// Run the repository's detected test command before pushing.
    public var runTests = false
    /// How long the tests may take per repository.
    public var testTimeout: Duration = .seconds(600)
    /// Apply to the first `canary` repositories, and go on to the rest only when none of them failed.
    public var canary: Int?
    /// Open pull and merge requests for hosted repositories (GitHub, GitLab).
    public var openRequests = true
    /// Open requests as drafts.
    public var draft = true
    /// Where the branch is pushed on a hosted repository: the repository, or the token owner's fork.
    public var fork = FleetForkMode.auto
    /// Hold new requests back while this many requests of the campaign have checks pending (CI back-pressure).
    public var maxPendingChecks: Int?
    /// The write budget per token.
    public var writeBudget = FleetWriteGovernor.Budget.github
    /// Repositories worked on at once.
    public var jobs = 1
    /// Where the bare mirrors of the repositories are kept.
    public var mirrorRoot: String
    public var credentials = FleetCredentials()
    public var entitlement: Entitlement
    public var directories: Directories
    public var now = Date()
    /// Receives one block of text per repository (the dry run's plan and diff, or a progress line).
    public var output: (@Sendable (String) -> Void)?

    public init(campaign: String, mirrorRoot: String, entitlement: Entitlement, directories: Directories) {
        self.campaign = campaign
        self.mirrorRoot = mirrorRoot
        self.entitlement = entitlement
        self.directories = directories
    }

    /// `groundwork/<campaign>`.
    public var branch: String { "groundwork/" + campaign }

    /// The trailer every commit of the campaign carries, by which its own commits are told from people's.
    public var trailer: String { "Groundwork-Campaign: " + campaign }

    /// Why `name` cannot name a campaign, or nil.
    public static func campaignNameProblem(_ name: String) -> String? {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))
        guard !name.isEmpty, name.count <= 100, !name.hasPrefix("."), !name.hasPrefix("-"), !name.hasSuffix(".lock"), !name.contains(".."),
            name.unicodeScalars.allSatisfy(allowed.contains)
        else {
            return "--campaign \(name) must be 1 to 100 letters, digits, '-', '_' or '.' (it names the branch groundwork/<campaign>)"
        }
        return nil
    }
}
#endif
