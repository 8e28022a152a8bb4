import Foundation
import GroundworkModel

/// `groundwork check`: bricks with a newer version available, managed files that no longer match their
/// pristine render (read from HEAD, compared by the sha256 in the lock file), and a service model edited
/// since the last render (the generated code and migrations no longer follow it).
package struct DriftReport: Sendable {
    /// A brick with a newer version in the library.
    package struct Outdated: Sendable, Hashable {
        package var id: String
        package var locked: SemanticVersion
        package var available: SemanticVersion
    }

    /// A managed file that differs from what its brick wrote.
    package struct Drift: Sendable, Hashable {
        package var path: String
        package var brick: String
        /// True when the file is gone rather than edited.
        package var deleted: Bool
    }

    /// The service model changed since the generated files were last rendered from it.
    package struct ModelChange: Sendable, Hashable {
        /// The applied bricks that render the model, which `groundwork update` renders again.
        package var bricks: [String]
        /// The slug of the migration the change needs (`add_orders_notes`), when it needs one.
        package var migration: String?
    }

    package var outdated: [Outdated] = []
    package var drifted: [Drift] = []
    /// Set when the model file (`.groundwork/model.yaml`…) was edited without `groundwork update`.
    package var modelChange: ModelChange?
    /// Locked bricks the library does not have (their versions cannot be compared).
    package var unavailable: [String] = []
    package var brickCount = 0

    /// True when nothing is outdated, nothing drifted and the model matches its last render.
    package var isClean: Bool { outdated.isEmpty && drifted.isEmpty && modelChange == nil }

    /// Compares the workspace's lock file with the library and the files.
    package static func check(_ workspace: BrickWorkspace, library: BrickLibrary) throws -> DriftReport {
        var report = DriftReport()
        report.brickCount = workspace.lock.bricks.count
        let state = workspace.state
        for locked in workspace.lock.bricks {
            if let brick = library.brick(locked.id) {
                if brick.version > locked.version { report.outdated.append(Outdated(id: locked.id, locked: locked.version, available: brick.version)) }
            } else {
                report.unavailable.append(locked.id)
            }
            for file in locked.files where file.mode == .managed {
                guard let content = try state.content(file.path) else {
                    report.drifted.append(Drift(path: file.path, brick: locked.id, deleted: true))
                    continue
                }
                if Digest.sha256(content) != file.sha256 { report.drifted.append(Drift(path: file.path, brick: locked.id, deleted: false)) }
            }
        }
        report.modelChange = modelChange(workspace, library: library)
        return report
    }

    /// The model change `groundwork update` would render, if the model differs from the snapshot of the last
    /// render and an applied brick renders it.
    static func modelChange(_ workspace: BrickWorkspace, library: BrickLibrary) -> ModelChange? {
        guard let service = workspace.facts.serviceModel, let recorded = service.recorded, service.changedSinceLastRender else { return nil }
        let bricks = workspace.lock.bricks.map(\.id).filter { library.brick($0)?.rendersModel == true }
        guard !bricks.isEmpty else { return nil }
        return ModelChange(bricks: bricks, migration: MigrationPlanner.migration(from: recorded, to: service.model)?.slug)
    }
}
