import Foundation

/// `groundwork check`: bricks with a newer version available, and managed files that no longer match
/// their pristine render (read from HEAD, compared by the sha256 in the lock file).
public struct DriftReport: Sendable {
    /// A brick with a newer version in the library.
    public struct Outdated: Sendable, Hashable {
        public var id: String
        public var locked: SemanticVersion
        public var available: SemanticVersion
    }

    /// A managed file that differs from what its brick wrote.
    public struct Drift: Sendable, Hashable {
        public var path: String
        public var brick: String
        /// True when the file is gone rather than edited.
        public var deleted: Bool
    }

    public var outdated: [Outdated] = []
    public var drifted: [Drift] = []
    /// Locked bricks the library does not have (their versions cannot be compared).
    public var unavailable: [String] = []
    public var brickCount = 0

    /// True when nothing is outdated and nothing drifted.
    public var isClean: Bool { outdated.isEmpty && drifted.isEmpty }

    /// Compares the workspace's lock file with the library and the files.
    public static func check(_ workspace: BrickWorkspace, library: BrickLibrary) throws -> DriftReport {
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
        return report
    }
}
