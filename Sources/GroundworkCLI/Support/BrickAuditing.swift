import Foundation
import GroundworkAudit
import GroundworkBasics
import GroundworkBricks

// The brick engine sits below the audit engine and is handed its report; the CLI composes the two.

extension BrickWorkspace {
    /// Opens the repository at `path` for bricks, audited at HEAD: the tree only (no history, no cache).
    static func open(
        _ path: String, workTree: Bool = false, model: ModelInput? = nil, now: Date = Date(), directories: Directories = .resolve()
    ) throws -> BrickWorkspace {
        try open(path, workTree: workTree, model: model, now: now) { path in
            try Auditor.audit(path, options: .treeOnly(now: now, directories: directories))
        }
    }
}

extension ProjectGenerator {
    /// Creates a project as `create(…audit:)` does, auditing the skeleton's commit (the tree only).
    static func create(
        directory: String, stack: String, bricks: [String], parameters: [String] = [], library: BrickLibrary, pluginsFolder: String?,
        model: ModelInput? = nil, now: Date = Date(), directories: Directories = .resolve()
    ) throws -> Result {
        try create(
            directory: directory, stack: stack, bricks: bricks, parameters: parameters, library: library, pluginsFolder: pluginsFolder,
            model: model, now: now
        ) {
            directory, commit in try Auditor.audit(directory, options: .treeOnly(revision: commit.hex, now: now, directories: directories))
        }
    }
}
