import Foundation
import GroundworkGit

/// Where a change went.
package enum ChangeOutcome: Sendable, Equatable {
    /// Nothing to do: the repository (or the branch) already holds it.
    case nothingToDo(reason: String)
    /// One commit on a new branch.
    case branch(name: String, commit: ObjectID, base: ObjectID?)
    /// Files written into the work tree.
    case workTree(paths: [String])
}

/// Writes a plan: one commit on a new branch (objects first, references last), or files in the work
/// tree (all rendered to temporary files first, renamed into place only when every write succeeded).
/// Either way the pristine renders advance on `refs/groundwork/pristine`. A failure leaves the repository as it was.
enum ChangeWriter {
    static func write(_ plan: BrickPlan, workspace: BrickWorkspace, branch: String, message: String, now: Date = Date()) throws -> ChangeOutcome {
        guard plan.hasChanges else { return .nothingToDo(reason: "every file is already as the bricks would write it") }
        let signature = workspace.committer(now: now)
        let pristineCommit = try workspace.pristine.prepareCommit(
            renders: plan.pristine, author: signature, message: "groundwork pristine renders: " + plan.bricks.map { "\($0.id) \($0.version)" }.joined(separator: ", "))
        if workspace.usesWorkTree {
            let paths = try writeWorkTree(plan, workspace: workspace)
            if let pristineCommit { try workspace.pristine.advance(to: pristineCommit) }
            return .workTree(paths: paths)
        }
        return try commitOnBranch(plan, workspace: workspace, branch: branch, message: message, signature: signature, pristineCommit: pristineCommit)
    }

    private static func commitOnBranch(_ plan: BrickPlan, workspace: BrickWorkspace, branch: String, message: String, signature: Signature, pristineCommit: PristineStore.PreparedCommit?) throws
        -> ChangeOutcome
    {
        let repository = workspace.repository
        guard isValidBranchName(branch) else {
            throw BrickError(.repository, "\(branch) is not a valid branch name; pass --branch NAME with letters, digits, '-', '_', '.' and '/'")
        }
        var changes: [TreeChange] = []
        for file in plan.files where file.operation.writes {
            if let content = file.after {
                changes.append(.write(path: file.path, content: content, mode: file.executable ? .executable : .regular))
            } else {
                changes.append(.remove(path: file.path))
            }
        }
        let tree = try repository.makeTree(base: workspace.baseTree, changes: changes)
        if tree == workspace.baseTree { return .nothingToDo(reason: "the commit would change nothing") }
        if let existing = try repository.referenceTarget("refs/heads/" + branch) {
            if try repository.commit(existing).tree == tree {
                return .nothingToDo(reason: "branch \(branch) already holds this change")
            }
            throw BrickError(.repository, "branch \(branch) already exists (at \(existing.short)) with other content; pass --branch NAME, or delete it with git branch -D \(branch)")
        }
        let commit = try repository.createCommit(tree: tree, parents: workspace.baseCommit.map { [$0] } ?? [], author: signature, message: message)
        try repository.createBranch(branch, at: commit, force: false, logMessage: "groundwork: \(message.split(separator: "\n").first ?? "")")
        do {
            if let pristineCommit { try workspace.pristine.advance(to: pristineCommit) }
        } catch {
            try? repository.deleteReference("refs/heads/" + branch)
            throw error
        }
        return .branch(name: branch, commit: commit, base: workspace.baseCommit)
    }

    private static func writeWorkTree(_ plan: BrickPlan, workspace: BrickWorkspace) throws -> [String] {
        guard let root = workspace.repository.workingDirectory else { throw BrickError(.repository, "\(workspace.path) has no work tree") }
        let writing = plan.files.filter(\.operation.writes)
        // The lock file is groundwork's own: it may hold an earlier uncommitted --worktree apply.
        let dirty = try workspace.repository.workTreeStatus().filter { $0.hasUncommittedChanges || $0.isUntracked }
        let refused = writing.map(\.path).filter { path in path != LockFile.path && dirty.contains { $0.path == path } }
        if !refused.isEmpty {
            throw BrickError(
                .dirtyWorkTree,
                "refusing to write into the work tree: \(refused.joined(separator: ", ")) \(refused.count == 1 ? "has" : "have") uncommitted changes; commit or stash them, or apply without --worktree to get a branch instead. Nothing was written."
            )
        }
        let manager = FileManager.default
        var temporaries: [(temporary: String, target: String)] = []
        var createdDirectories: [String] = []
        let scratch = temporaryFolder(gitDirectory: workspace.repository.gitDirectory, workTree: root)
        defer { if let scratch { rmdir(scratch) } }
        do {
            for file in writing {
                let target = root + file.path
                guard let content = file.after else { continue }
                let directory = (target as NSString).deletingLastPathComponent
                if !manager.fileExists(atPath: directory) {
                    var missing: [String] = []
                    var cursor = directory
                    while !manager.fileExists(atPath: cursor) { missing.insert(cursor, at: 0); cursor = (cursor as NSString).deletingLastPathComponent }
                    try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
                    createdDirectories += missing
                }
                let temporary = (scratch ?? directory) + "/.groundwork-\(UUID().uuidString.prefix(8)).tmp"
                let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, file.executable ? 0o755 : 0o644)
                guard descriptor >= 0 else { throw BrickError(.repository, "cannot write \(file.path): \(String(cString: strerror(errno)))") }
                temporaries.append((temporary, target))
                let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
                try handle.write(contentsOf: content)
                try handle.close()
            }
        } catch {
            for (temporary, _) in temporaries { try? manager.removeItem(atPath: temporary) }
            for directory in createdDirectories.reversed() { try? manager.removeItem(atPath: directory) }
            throw error
        }
        for (temporary, target) in temporaries {
            guard rename(temporary, target) == 0 else { throw BrickError(.repository, "cannot move \(temporary) to \(target): \(String(cString: strerror(errno)))") }
        }
        // unlink(2) never follows a symlink at the end, and the parents are checked again just before,
        // so a removal can only ever hit a regular file inside the work tree.
        for file in writing where file.after == nil && DestinationPath.checkWorkTree(file.path, root: root) == nil { unlink(root + file.path) }
        return writing.map(\.path)
    }

    /// A folder under `.git/` for this process's temporaries, so that a run killed mid-write leaves
    /// nothing in the work tree; folders of processes that are gone are removed first. Nil when `.git/`
    /// is on another file system than the work tree (a rename could not move the files), and the
    /// temporaries then go beside their targets as before.
    static func temporaryFolder(gitDirectory: String, workTree: String) -> String? {
        var gitInfo = stat(), treeInfo = stat()
        guard stat(gitDirectory, &gitInfo) == 0, stat(workTree, &treeInfo) == 0, gitInfo.st_dev == treeInfo.st_dev else { return nil }
        let parent = (gitDirectory.hasSuffix("/") ? gitDirectory : gitDirectory + "/") + "groundwork-tmp"
        let manager = FileManager.default
        for name in (try? manager.contentsOfDirectory(atPath: parent)) ?? [] {
            guard let pid = Int32(name), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? manager.removeItem(atPath: parent + "/" + name)
        }
        let folder = parent + "/\(getpid())"
        guard (try? manager.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil else { return nil }
        return folder
    }

    /// git's rules for a branch name, as `git check-ref-format --branch` applies them: `HEAD` and `@`
    /// are not branch names, and no component starts with `.` or ends with `.lock`.
    static func isValidBranchName(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix("-"), !name.hasPrefix("/"), !name.hasSuffix("/"), !name.hasSuffix(".lock"), !name.hasSuffix("."),
            !name.contains(".."), !name.contains("//"), !name.contains("@{"), name != "HEAD", name != "@"
        else { return false }
        let components = name.split(separator: "/")
        guard !components.contains(where: { $0.hasPrefix(".") || $0.hasSuffix(".lock") }) else { return false }
        return name.unicodeScalars.allSatisfy { scalar in
            scalar.value > 0x20 && scalar.value != 0x7F && !" ~^:?*[\\".unicodeScalars.contains(scalar)
        }
    }
}
