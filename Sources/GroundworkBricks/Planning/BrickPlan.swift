import Foundation
import GroundworkGit

/// What happens to one file in a plan.
package enum FileOperation: String, Sendable, Hashable {
    /// A new file.
    case create
    /// A brick's managed file rewritten (it was not edited since the brick wrote it).
    case update
    /// Keys merged into an existing JSON or YAML file.
    case merge
    /// Lines appended to an existing file.
    case append
    /// Already as the brick would write it.
    case unchanged
    /// A seed file that exists already: it is the user's.
    case skipSeed = "skip-seed"
    /// A different file is already there and is not the brick's: it is kept as it is.
    case keep
    /// An existing file changed in place by a brick's `edits:` (comments and formatting kept).
    case edit
    /// Update: merged three ways without conflict.
    case merged
    /// Update: merged three ways with conflicts, written with conflict markers.
    case conflict
    /// Update: the user deleted the file; it stays deleted.
    case deleted
    /// Update with `--restore`: a file the user deleted is written again.
    case restore
    /// Update: the new version no longer writes the file and the user never edited it.
    case remove

    /// True when the operation changes the repository.
    package var writes: Bool {
        switch self {
        case .create, .update, .merge, .append, .edit, .merged, .conflict, .restore, .remove: true
        case .unchanged, .skipSeed, .keep, .deleted: false
        }
    }
}

/// One file of a plan: what happens to it, its content before and after, and which bricks wrote it.
package struct PlannedFile: Sendable {
    package var path: String
    package var operation: FileOperation
    package var before: Data?
    /// nil when the file is removed (or stays deleted).
    package var after: Data?
    package var bricks: [String]
    package var executable: Bool
    /// Conflicting regions written with markers (update only).
    package var conflicts = 0

    /// The unified diff from before to after (empty when nothing changes).
    package func diff() -> String {
        guard operation.writes else { return "" }
        return (try? Patch.unifiedDiff(old: before, new: after, path: path)) ?? ""
    }
}

/// A brick of a plan with its resolved parameters and rendered tasks.
package struct PlannedBrick: Sendable {
    package var id: String
    package var version: SemanticVersion
    /// The version recorded before (update only).
    package var previousVersion: SemanticVersion?
    package var origin: BrickOrigin
    package var parameters: [String: ParameterValue]
    package var tasks: [RenderedTask]
}

/// Everything an apply or update will do, computed before anything is written.
package struct BrickPlan: Sendable {
    package var bricks: [PlannedBrick] = []
    /// Files in the order they are first written by the bricks, the lock file last.
    package var files: [PlannedFile] = []
    /// Things the user should know: files kept, renders not found, bricks skipped.
    package var notes: [String] = []
    /// The lock file after the change.
    package var lock = LockFile()
    /// Pristine renders of the bricks of the run: brick id → path → content.
    package var pristine: [String: [String: Data]] = [:]

    /// True when applying the plan would change the repository.
    package var hasChanges: Bool { files.contains { $0.operation.writes } }

    /// The number of conflicting files.
    package var conflictCount: Int { files.filter { $0.operation == .conflict }.count }

    /// The tasks of every brick, in order.
    package var tasks: [RenderedTask] { bricks.flatMap(\.tasks) }
}
