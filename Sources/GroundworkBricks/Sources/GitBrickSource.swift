import Foundation
import GroundworkBasics
import GroundworkGit

/// Loads bricks from a git repository pinned to a tag or a commit, through a bare mirror in the cache.
enum GitBrickSource {
    /// Mirrors `url`, resolves `ref` to a commit (a tag or a commit id; a branch moves, so it is refused)
    /// and reads the brick folders from that commit's tree without a checkout.
    static func load(url: String, ref: String, cacheRoot: String) throws -> [Brick] {
        let repository = try mirror(url, cacheRoot: cacheRoot)
        let commit = try resolve(ref, in: repository, url: url)
        let tree = try repository.commit(commit).tree
        let source = GitTreeBrickSource(repository: repository, tree: tree, displayRoot: "git+\(RemoteMirror.redacted(url))@\(ref)")
        let bricks = try BrickLoader.loadAll(from: source, origin: .git(url: RemoteMirror.redacted(url), commit: commit.hex))
        if bricks.isEmpty { throw BrickError(.source, "--bricks git+\(RemoteMirror.redacted(url))@\(ref): no brick.yaml at the root or in its top-level folders") }
        return bricks
    }

    private static func mirror(_ url: String, cacheRoot: String) throws -> Repository {
        do {
            return try RemoteMirror.update(url: url, cacheRoot: cacheRoot)
        } catch {
            throw BrickError(.source, "--bricks git+\(RemoteMirror.redacted(url)): cannot fetch: \(error.message)")
        }
    }

    /// A full or abbreviated commit id, or a tag; a branch name is not a pin.
    static func resolve(_ ref: String, in repository: Repository, url: String) throws -> ObjectID {
        if let tag = try? repository.resolveCommit("refs/tags/" + ref) { return tag }
        let isHex = ref.count >= 7 && ref.count <= 40 && ref.allSatisfy(\.isHexDigit)
        if isHex, let commit = try? repository.resolveCommit(ref) { return commit }
        if (try? repository.referenceTarget("refs/heads/" + ref)) ?? nil != nil {
            throw BrickError(.source, "--bricks git+\(RemoteMirror.redacted(url))@\(ref): \(ref) is a branch, which moves; pin a tag or a commit id")
        }
        throw BrickError(.source, "--bricks git+\(RemoteMirror.redacted(url))@\(ref): no tag or commit \(ref) in the repository")
    }
}
