import Foundation
import GroundworkGit

extension RepoBuilder {
    /// Writes HEAD's files into the work tree and the index, as `git checkout` would.
    package func checkout() throws {
        try repository.forceCheckoutHead()
    }

    /// Writes a file into the work tree only (untracked, or an uncommitted edit of a tracked file).
    package func writeWorkTreeFile(_ relativePath: String, _ content: String) throws {
        let target = path + "/" + relativePath
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(content.utf8).write(to: URL(fileURLWithPath: target))
    }

    /// Turns the repository into a shallow clone that stops at `boundary`: the commit is listed in
    /// `shallow` and the objects only its ancestors use are deleted, as `git clone --depth` leaves it.
    package func makeShallow(at boundary: ObjectID) throws {
        let kept = try reachableObjects(from: [boundary], stopAtParents: true)
        let all = try reachableObjects(from: [boundary], stopAtParents: false)
        for id in all.subtracting(kept) { try? FileManager.default.removeItem(atPath: looseObjectPath(id)) }
        try Data((boundary.hex + "\n").utf8).write(to: URL(fileURLWithPath: repository.gitDirectory + "shallow"))
    }

    /// Overwrites a loose object with garbage, as a disk error or a bad copy would.
    package func corrupt(_ id: ObjectID) throws {
        let file = looseObjectPath(id)
        guard FileManager.default.fileExists(atPath: file) else { throw FixtureError("object \(id) is not loose") }
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        try Data("this is not a zlib stream".utf8).write(to: URL(fileURLWithPath: file))
    }

    /// Where libgit2 stores a loose object.
    package func looseObjectPath(_ id: ObjectID) -> String {
        let hex = id.hex
        return repository.gitDirectory + "objects/" + hex.prefix(2) + "/" + hex.dropFirst(2)
    }

    /// Commits, trees and blobs reachable from `starts` (only their own trees with `stopAtParents`).
    private func reachableObjects(from starts: [ObjectID], stopAtParents: Bool) throws -> Set<ObjectID> {
        var seen = Set<ObjectID>()
        var commits = starts
        while let id = commits.popLast() {
            guard seen.insert(id).inserted else { continue }
            let commit = try repository.commit(id)
            seen.insert(commit.tree)
            try repository.walkTree(commit.tree) { entry in
                if entry.kind != .submodule { seen.insert(entry.id) }
                return .descend
            }
            if !stopAtParents { commits += commit.parents }
        }
        return seen
    }
}
