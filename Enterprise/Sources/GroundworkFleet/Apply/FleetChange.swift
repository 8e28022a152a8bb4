#if Enterprise
import GroundworkBricks

/// What a campaign applies to each repository: bricks today, recipes later. The campaign runner only
/// needs a plan for a workspace, the check ids the change claims to fix (verification holds it to them),
/// and the hours it saves; how the plan is made is the change's business.
package protocol FleetChange: Sendable {
    /// The ids named on the command line, for the commit message and the request title.
    var ids: [String] { get }
    /// Plans the change for the repository open in `workspace` (at the campaign branch when it exists,
    /// so that a re-run goes through the lock file and the three-way update).
    func plan(_ workspace: BrickWorkspace) throws -> BrickPlan
    /// The check ids the planned change claims to fix.
    func fixes(_ plan: BrickPlan) -> [String]
    /// The manual effort the planned change saves, in hours.
    func hoursSaved(_ plan: BrickPlan) -> Double
}

/// Bricks from a library: applied when the repository's lock file lacks them, updated three ways when
/// it records them already (the campaign branch holds an earlier render).
package struct BrickFleetChange: FleetChange {
    package let ids: [String]
    /// `BRICK.NAME=VALUE` parameters, as `groundwork apply --param` takes them.
    package var parameters: [String]
    package var library: BrickLibrary

    package init(ids: [String], parameters: [String] = [], library: BrickLibrary) {
        self.ids = ids
        self.parameters = parameters
        self.library = library
    }

    package func plan(_ workspace: BrickWorkspace) throws -> BrickPlan {
        let recorded = Set(workspace.lock.bricks.map(\.id))
        if ids.allSatisfy(recorded.contains) {
            return try UpdatePlanner.plan(ids, library: library, workspace: workspace)
        }
        return try ApplyPlanner.plan(ids, parameters: parameters, library: library, workspace: workspace)
    }

    package func fixes(_ plan: BrickPlan) -> [String] {
        plan.bricks.flatMap { library.brick($0.id)?.manifest.fixes ?? [] }
    }

    package func hoursSaved(_ plan: BrickPlan) -> Double {
        guard plan.hasChanges else { return 0 }
        return plan.bricks.reduce(0) { $0 + (library.brick($1.id)?.manifest.effortHours ?? 0) }
    }
}
#endif
