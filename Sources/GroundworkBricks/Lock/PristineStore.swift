import Foundation
import GroundworkGit

/// The pristine renders — what each brick wrote before anyone edited it — kept on
/// `refs/groundwork/pristine` as a chain of commits whose trees hold `<brick id>/<path>`.
/// They are the base of the three-way merge on update.
public final class PristineStore {
    /// The reference that holds the chain.
    public static let reference = "refs/groundwork/pristine"
    /// How far back the chain is searched for a render.
    static let searchDepth = 500

    private let repository: Repository
    /// The commit the reference pointed at when the store was opened.
    public let head: ObjectID?

    public init(repository: Repository) throws {
        self.repository = repository
        head = try repository.referenceTarget(Self.reference)
    }

    /// The render a brick wrote at `path` whose sha256 is `sha256`, searched from the newest commit back.
    public func render(brick: String, path: String, sha256: String) -> Data? {
        var next = head
        var steps = 0
        while let id = next, steps < Self.searchDepth {
            steps += 1
            guard let commit = try? repository.commit(id) else { return nil }
            if let entry = try? repository.entry(at: brick + "/" + path, inTree: commit.tree), entry.isRegularFile,
               let blob = try? repository.blob(entry.id), Digest.sha256(blob.data) == sha256 {
                return blob.data
            }
            next = commit.parents.first
        }
        return nil
    }

    /// Writes (without moving the reference) a commit whose tree is the previous one with the renders
    /// of `renders`' bricks replaced. Returns nil when nothing changes.
    func prepareCommit(renders: [String: [String: Data]], author: Signature, message: String) throws -> ObjectID? {
        let previousTree = try head.map { try repository.commit($0).tree }
        var changes: [TreeChange] = []
        if let previousTree {
            for entry in try repository.treeEntries(previousTree) {
                guard let slash = entry.path.firstIndex(of: "/") else { continue }
                let brick = String(entry.path[..<slash]), path = String(entry.path[entry.path.index(after: slash)...])
                if let files = renders[brick], files[path] == nil { changes.append(.remove(path: entry.path)) }
            }
        }
        for (brick, files) in renders.sorted(by: { $0.key < $1.key }) {
            for (path, content) in files.sorted(by: { $0.key < $1.key }) { changes.append(.write(path: brick + "/" + path, content: content)) }
        }
        let tree = try repository.makeTree(base: previousTree, changes: changes)
        if tree == previousTree { return nil }
        return try repository.createCommit(tree: tree, parents: head.map { [$0] } ?? [], author: author, message: message)
    }

    /// Moves the reference to `commit`.
    func advance(to commit: ObjectID) throws {
        try repository.setReference(Self.reference, to: commit, force: true, logMessage: "groundwork: pristine renders")
    }
}

/// SHA-256 digests as lowercase hex.
enum Digest {
    static func sha256(_ data: Data) -> String { TarballBrickSource.digest(data) }
}
