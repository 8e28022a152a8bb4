import Foundation

/// `.groundwork/lock.yaml`: which bricks were applied, from where, with which parameters, and the
/// hash of each file's pristine render (docs/bricks.md, "Lock file").
public struct LockFile: Sendable, Equatable {
    /// Where the lock file lives in the repository.
    public static let path = ".groundwork/lock.yaml"
    /// The format version this groundwork writes and reads.
    public static let currentVersion = 1

    public var bricks: [LockedBrick] = []
    /// The contracts this service consumes (`groundwork link`), one entry per provider.
    public var consumes: [ConsumedContract] = []

    public init(bricks: [LockedBrick] = [], consumes: [ConsumedContract] = []) {
        self.bricks = bricks
        self.consumes = consumes
    }

    /// The entry of a brick.
    public func brick(_ id: String) -> LockedBrick? { bricks.first { $0.id == id } }

    /// Replaces a brick's entry, or appends it.
    public mutating func record(_ entry: LockedBrick) {
        if let index = bricks.firstIndex(where: { $0.id == entry.id }) { bricks[index] = entry } else { bricks.append(entry) }
    }

    /// Replaces the entry of a consumed contract, or appends it.
    public mutating func record(_ entry: ConsumedContract) {
        if let index = consumes.firstIndex(where: { $0.provider == entry.provider }) { consumes[index] = entry } else { consumes.append(entry) }
    }
}

/// One applied brick in the lock file.
public struct LockedBrick: Sendable, Equatable {
    public var id: String
    public var version: SemanticVersion
    public var source: BrickOrigin
    public var parameters: [String: ParameterValue]
    public var files: [LockedFile]

    public init(id: String, version: SemanticVersion, source: BrickOrigin, parameters: [String: ParameterValue], files: [LockedFile]) {
        self.id = id
        self.version = version
        self.source = source
        self.parameters = parameters
        self.files = files
    }

    /// The entry of a file.
    public func file(_ path: String) -> LockedFile? { files.first { $0.path == path } }
}

/// A file a brick wrote, its mode and the sha256 of its pristine render.
public struct LockedFile: Sendable, Equatable {
    public var path: String
    public var mode: BrickFileMode
    public var sha256: String

    public init(path: String, mode: BrickFileMode, sha256: String) {
        self.path = path
        self.mode = mode
        self.sha256 = sha256
    }
}
