#if Enterprise
import Foundation
import GroundworkBasics
import GroundworkLicense

/// How `groundwork fleet apply` runs a campaign.
package struct FleetApplyOptions: Sendable {
    /// The campaign's name: the branch is `groundwork/<campaign>`, the store keys records by it.
    package var campaign: String
    package var strategy: FleetApplyStrategy = .mergeIfClean
    /// Print each repository's plan and diff; push nothing, record nothing.
    package var dryRun = false
    /// Run the repository's detected test command before pushing.
    package var runTests = false
    /// How long the tests may take per repository.
    package var testTimeout: Duration = .seconds(600)
    /// Apply to the first `canary` repositories, and go on to the rest only when none of them failed.
    package var canary: Int?
    /// Open pull and merge requests for hosted repositories (GitHub, GitLab).
    package var openRequests = true
    /// Open requests as drafts.
    package var draft = true
    /// Where the branch is pushed on a hosted repository: the repository, or the token owner's fork.
    package var fork = FleetForkMode.auto
    /// Hold new requests back while this many requests of the campaign have checks pending (CI back-pressure).
    package var maxPendingChecks: Int?
    /// The write budget per token.
    package var writeBudget = FleetWriteGovernor.Budget.github
    /// Repositories worked on at once.
    package var jobs = 1
    /// Where the bare mirrors of the repositories are kept.
    package var mirrorRoot: String
    package var credentials = FleetCredentials()
    package var entitlement: Entitlement
    package var directories: Directories
    package var now = Date()
    /// Receives one block of text per repository (the dry run's plan and diff, or a progress line).
    package var output: (@Sendable (String) -> Void)?

    package init(campaign: String, mirrorRoot: String, entitlement: Entitlement, directories: Directories) {
        self.campaign = campaign
        self.mirrorRoot = mirrorRoot
        self.entitlement = entitlement
        self.directories = directories
    }

    /// `groundwork/<campaign>`.
    package var branch: String { "groundwork/" + campaign }

    /// The trailer every commit of the campaign carries, by which its own commits are told from people's.
    package var trailer: String { "Groundwork-Campaign: " + campaign }

    /// Why `name` cannot name a campaign, or nil.
    package static func campaignNameProblem(_ name: String) -> String? {
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
