import Foundation
import GroundworkContracts
import GroundworkGit

/// The contract step of `groundwork check`: the repository's contract at HEAD against the base branch's,
/// both read from the object database, with the consumers each breaking change breaks.
package enum ContractGate {
    /// What the step found.
    package struct Report: Sendable {
        /// The contract's path in the repository.
        package var contract: String
        /// The base revision compared with (`main`, `origin/HEAD`).
        package var base: String
        package var changes: [ContractChange]
        /// The consumers that break (empty outside a workspace).
        package var breaks: [ConsumerBreak]
        /// Whether the repository is a service of a workspace, so its consumers are known.
        package var inWorkspace: Bool

        /// In a workspace the gate fails when a consumer breaks; outside one (consumers unknown) on any breaking change.
        package var failed: Bool { inWorkspace ? !breaks.isEmpty : changes.contains { $0.severity == .breaking } }
    }

    /// Runs the step for the repository at `path`; nil when there is nothing to compare (no contract at
    /// HEAD, or none on the base branch). `base` defaults to the repository's default branch: origin's
    /// HEAD, else `main`, else `master`. `contract` defaults to the workspace's record, else `openapi.json`.
    package static func run(repository path: String, base: String?, workspaceRoot: String?) throws -> Report? {
        let repository = try Repository.open(at: path)
        guard let head = try repository.headCommitID() else { return nil }
        let folder = URL(fileURLWithPath: repository.workingDirectory ?? path).standardizedFileURL.path
        let workspaceFolder = workspaceRoot ?? ServiceWorkspace.root(containing: folder)
        let workspace = try workspaceFolder.map { root throws(BrickError) in try ServiceWorkspace.load(root: root) }
        let service = workspace?.services.first { service in
            workspaceFolder.map { URL(fileURLWithPath: $0 + "/" + service.folder).standardizedFileURL.path == folder } ?? false
        }
        let contractPath = service?.contract ?? "openapi.json"
        guard let headEntry = try repository.entry(at: contractPath, inTree: try repository.commit(head).tree), headEntry.isRegularFile else { return nil }
        guard let (baseName, baseCommit) = try resolveBase(base, in: repository) else { return nil }
        guard let baseEntry = try repository.entry(at: contractPath, inTree: try repository.commit(baseCommit).tree), baseEntry.isRegularFile else { return nil }
        let old = try ContractLoader.decode(try repository.blob(baseEntry.id).data, file: "\(baseName):\(contractPath)")
        let new = try ContractLoader.decode(try repository.blob(headEntry.id).data, file: "HEAD:\(contractPath)")
        let changes = ContractDiff.changes(from: old, to: new)
        var breaks: [ConsumerBreak] = []
        if let workspace, let service, let workspaceFolder {
            breaks = try ConsumerImpact.broken(by: changes, old: old, provider: service, workspace: workspace, root: workspaceFolder)
        }
        return Report(contract: contractPath, base: baseName, changes: changes, breaks: breaks, inWorkspace: service != nil)
    }

    /// `--base`, else the default branch; nil when there is none (a repository without main or master).
    static func resolveBase(_ base: String?, in repository: Repository) throws -> (String, ObjectID)? {
        if let base {
            do { return (base, try repository.resolveCommit(base)) } catch {
                throw BrickError(.parameter, "--base \(base): no such branch or commit in \(repository.workingDirectory ?? repository.gitDirectory)")
            }
        }
        for candidate in ["refs/remotes/origin/HEAD", "main", "master"] {
            if let commit = try? repository.resolveCommit(candidate) { return (candidate == "refs/remotes/origin/HEAD" ? "origin/HEAD" : candidate, commit) }
        }
        return nil
    }
}
