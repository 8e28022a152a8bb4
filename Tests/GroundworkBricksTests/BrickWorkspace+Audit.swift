import Foundation
import GroundworkAudit
import GroundworkBasics
import GroundworkBricks

extension BrickWorkspace {
    /// Opens `path` as the CLI does: audited at HEAD, the tree only (the brick engine is handed the report).
    static func open(_ path: String, workTree: Bool = false, now: Date = Date(), directories: Directories = .resolve()) throws -> BrickWorkspace {
        try open(path, workTree: workTree, now: now) { path in
            try Auditor.audit(path, options: .treeOnly(now: now, directories: directories))
        }
    }
}
