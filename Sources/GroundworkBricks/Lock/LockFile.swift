import Foundation

/// `.groundwork/lock.yaml`: which bricks were applied, from where, with which parameters, and the
/// hash of each file's pristine render (docs/bricks.md, "Lock file").
package struct LockFile: Sendable, Equatable {
    /// Where the lock file lives in the repository.
    package static let path = ".groundwork/lock.yaml"
    /// The format version this groundwork writes and reads.
    package static let currentVersion = 1

    package var bricks: [LockedBrick] = []
    /// The contracts this service consumes (`groundwork link`), one entry per provider.
    package var consumes: [ConsumedContract] = []

    package init(bricks: [LockedBrick] = [], consumes: [ConsumedContract] = []) {
        self.bricks = bricks
        self.consumes = consumes
    }

    /// The entry of a brick.
    package func brick(_ id: String) -> LockedBrick? { bricks.first { $0.id == id } }

    /// Replaces a brick's entry, or appends it.
    package mutating func record(_ entry: LockedBrick) {
        if let index = bricks.firstIndex(where: { $0.id == entry.id }) { bricks[index] = entry } else { bricks.append(entry) }
    }

    /// Replaces the entry of a consumed contract, or appends it.
    package mutating func record(_ entry: ConsumedContract) {
        if let index = consumes.firstIndex(where: { $0.provider == entry.provider }) { consumes[index] = entry } else { consumes.append(entry) }
    }
}

/// One applied brick in the lock file.
package struct LockedBrick: Sendable, Equatable {
    package var id: String
    package var version: SemanticVersion
    package var source: BrickOrigin
    package var parameters: [String: ParameterValue]
    package var files: [LockedFile]

    package init(id: String, version: SemanticVersion, source: BrickOrigin, parameters: [String: ParameterValue], files: [LockedFile]) {
        self.id = id
        self.version = version
        self.source = source
        self.parameters = parameters
        self.files = files
    }

    /// The entry of a file.
    package func file(_ path: String) -> LockedFile? { files.first { $0.path == path } }
}

/// A file a brick wrote, its mode and the sha256 of its pristine render.
package struct LockedFile: Sendable, Equatable {
    package var path: String
    package var mode: BrickFileMode
    package var sha256: String

    package init(path: String, mode: BrickFileMode, sha256: String) {
        self.path = path
        self.mode = mode
        self.sha256 = sha256
    }
}
