import Foundation
import GroundworkAuditModel
import GroundworkGit

extension BrickWorkspace {
    /// Opens the repository at `path` (bare or not) for bricks at `commit` rather than HEAD, as a
    /// campaign branch or a mirror is: changes go to a new branch, never to a work tree.
    /// `name` stands in for the folder's name (a mirror's folder name says nothing about the project).
    package static func open(_ path: String, at commit: ObjectID, name: String, now: Date = Date(), audit: (String, ObjectID) throws -> AuditReport) throws -> BrickWorkspace {
        let repository = try openRepository(path)
        let report = try audit(path, commit)
        let holder = try repository.defaultSignature()?.name ?? repository.commit(commit).author.name
        let facts = BrickFacts(stack: report.stack, folderName: name, holder: holder, now: now)
        let workspace = try BrickWorkspace(path: path, repository: repository, report: report, facts: facts, baseCommit: commit, workTree: false)
        try workspace.attachModel(nil)
        return workspace
    }
}
