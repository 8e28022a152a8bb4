import Foundation
import GroundworkGit

/// The pristine renders — what each brick wrote before anyone edited it — kept on
/// `refs/groundwork/pristine` as a chain of commits whose trees hold `<brick id>/<path>`.
/// They are the base of the three-way merge on update.
package final class PristineStore {
    /// The reference that holds the chain.
    package static let reference = "refs/groundwork/pristine"
    /// How far back the chain is searched for a render.
    static let searchDepth = 500

    private let repository: Repository
    /// The commit the reference pointed at when the store was opened.
    package let head: ObjectID?

    package init(repository: Repository) throws {
        self.repository = repository
        head = try repository.referenceTarget(Self.reference)
    }

    /// The render a brick wrote at `path` whose sha256 is `sha256`, searched from the newest commit back.
    package func render(brick: String, path: String, sha256: String) -> Data? {
        var next = head
        var steps = 0
        while let id = next, steps < Self.searchDepth {
            steps += 1
            guard let commit = try? repository.commit(id) else { return nil }
            if let entry = try? repository.entry(at: brick + "/" + path, inTree: commit.tree), entry.isRegularFile,
                let blob = try? repository.blob(entry.id), Digest.sha256(blob.data) == sha256
            {
                return blob.data
            }
            next = commit.parents.first
        }
        return nil
    }

    /// A commit of renders written but not yet on the reference, with what it takes to write it again
    /// on top of another process's newer commit.
    struct PreparedCommit {
        let id: ObjectID
        let renders: [String: [String: Data]]
        let author: Signature
        let message: String
    }

    /// Writes (without moving the reference) a commit whose tree is the previous one with the renders
    /// of `renders`' bricks replaced. Returns nil when nothing changes.
    func prepareCommit(renders: [String: [String: Data]], author: Signature, message: String) throws -> PreparedCommit? {
        try makeCommit(renders: renders, author: author, message: message, on: head).map {
            PreparedCommit(id: $0, renders: renders, author: author, message: message)
        }
    }

    /// The commit of `renders` on top of `head`, or nil when they change nothing there.
    private func makeCommit(renders: [String: [String: Data]], author: Signature, message: String, on head: ObjectID?) throws -> ObjectID? {
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

    /// Moves the reference to `prepared`, but only from the commit it was prepared on: when another
    /// `apply` moved it meanwhile, the same renders are committed again on top of that one and the swap is
    /// retried, so concurrent runs never drop each other's renders.
    func advance(to prepared: PreparedCommit) throws {
        var expected = head
        var candidate: ObjectID? = prepared.id
        for attempt in 0..<50 {
            guard let commit = candidate else { return }
            if try repository.compareAndSwapReference(Self.reference, to: commit, expected: expected, logMessage: "groundwork: pristine renders") { return }
            if attempt > 0 { usleep(useconds_t(1_000 * min(attempt, 20))) }
            expected = try repository.referenceTarget(Self.reference)
            candidate = try makeCommit(renders: prepared.renders, author: prepared.author, message: prepared.message, on: expected)
        }
        throw BrickError(.repository, "\(Self.reference) kept moving under other groundwork runs; run the command again")
    }
}

/// SHA-256 digests as lowercase hex.
enum Digest {
    static func sha256(_ data: Data) -> String { TarballBrickSource.digest(data) }
}
