#if Enterprise
import Foundation
import GroundworkAudit
import GroundworkBricks

extension BrickWorkspace {
    /// Opens the repository at `path` for recipes, audited at HEAD: the tree only (no history, no cache).
    package static func openForRecipes(_ path: String, workTree: Bool, now: Date) throws -> BrickWorkspace {
        try open(path, workTree: workTree, now: now) { path in try Auditor.audit(path, options: .treeOnly(now: now)) }
    }
}
#endif
