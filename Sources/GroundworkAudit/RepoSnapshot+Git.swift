import Foundation
import GroundworkAuditModel
import GroundworkGit

extension RepoSnapshot {
    /// Reads the tree of `commitID` from `repository`'s object database.
    ///
    /// The snapshot keeps the repository to load contents later, so the caller must not use the
    /// same `Repository` from another thread while the snapshot is in use.
    package static func load(from repository: Repository, commit commitID: ObjectID) throws -> RepoSnapshot {
        let commit = try repository.commit(commitID)
        var files: [SnapshotFile] = []
        var unreadable: [String: String] = [:]
        try repository.walkTree(commit.tree) { entry in
            switch entry.kind {
            case .directory:
                return .descend
            case .submodule:
                files.append(SnapshotFile(path: entry.path, id: entry.id, kind: .submodule, size: 0))
            default:
                do {
                    files.append(SnapshotFile(path: entry.path, id: entry.id, kind: entry.kind, size: try repository.objectSize(entry.id)))
                } catch {
                    // A damaged object is reported, and the rest of the tree is still audited.
                    unreadable[entry.path] = String(describing: error)
                    files.append(SnapshotFile(path: entry.path, id: entry.id, kind: entry.kind, size: 0))
                }
            }
            return .skip
        }
        let box = RepositoryBox(repository)
        let snapshot = RepoSnapshot(commit: commit, files: files) { id in try box.read(id) }
        for (path, error) in unreadable { snapshot.recordUnreadable(path, error) }
        return snapshot
    }
}

/// Lets the `@Sendable` loader hold the repository; the snapshot's lock serialises every read.
private final class RepositoryBox: @unchecked Sendable {
    let repository: Repository
    init(_ repository: Repository) { self.repository = repository }
    func read(_ id: ObjectID) throws -> Data { try repository.blob(id).data }
}
