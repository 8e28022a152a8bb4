import Foundation
import GroundworkAuditModel
import GroundworkBasics
import GroundworkGit

/// A repository prepared for bricks: opened, audited at HEAD, its facts, its lock file and pristine
/// renders, and the place changes go (a new branch from HEAD, or the work tree).
package final class BrickWorkspace {
    package let path: String
    package let repository: Repository
    package let report: AuditReport
    package internal(set) var facts: BrickFacts
    /// The model given with `--model`, written to the repository with the change.
    var modelInput: ModelInput?
    /// The audited commit (HEAD); nil for a repository without commits.
    package let baseCommit: ObjectID?
    package let baseTree: ObjectID?
    /// True when changes go to the work tree (`--worktree`) rather than a new branch.
    package let usesWorkTree: Bool
    package let lock: LockFile
    /// The lock file's text as it is now (nil: there is none).
    package let lockText: String?
    let pristine: PristineStore

    /// Opens the repository at `path` and has `audit` audit it at HEAD. The brick engine sits below the
    /// audit engine: the caller (the CLI) audits, typically the tree only, since bricks need no history.
    /// The service's model is `model` when given, else the one the repository keeps (`ServiceModel.paths`).
    package static func open(
        _ path: String, workTree: Bool = false, model: ModelInput? = nil, now: Date = Date(), audit: (String) throws -> AuditReport
    ) throws -> BrickWorkspace {
        let repository = try openRepository(path)
        if workTree, repository.isBare { throw BrickError(.repository, "\(path) is a bare repository: it has no work tree; leave out --worktree") }
        let report = try audit(path)
        let baseCommit = try repository.headCommitID()
        var holder = repository.defaultSignature()?.name
        if holder == nil, let baseCommit { holder = try repository.commit(baseCommit).author.name }
        let facts = BrickFacts(stack: report.stack, folderName: folderName(path), holder: holder, now: now)
        let workspace = try BrickWorkspace(path: path, repository: repository, report: report, facts: facts, baseCommit: baseCommit, workTree: workTree)
        try workspace.attachModel(model)
        return workspace
    }

    /// Opens a repository, turning "not a repository" into a usage error.
    static func openRepository(_ path: String) throws -> Repository {
        // A Result rather than a `catch … where` clause: Swift 6.3 crashes compiling the latter with typed throws.
        let opened = Result { () throws(GitError) -> Repository in try Repository.open(at: path) }
        switch opened {
        case .success(let repository): return repository
        case .failure(let error) where error.code == .notARepository: throw BrickError(.repository, "\(path): \(error.message)")
        case .failure(let error): throw error
        }
    }

    /// A workspace over an already audited repository.
    package init(path: String, repository: Repository, report: AuditReport, facts: BrickFacts, baseCommit: ObjectID?, workTree: Bool) throws {
        self.path = path
        self.repository = repository
        self.report = report
        self.facts = facts
        self.baseCommit = baseCommit
        baseTree = try baseCommit.map { try repository.commit($0).tree }
        usesWorkTree = workTree
        pristine = try PristineStore(repository: repository)
        let state = TargetState(repository: repository, baseTree: baseTree, workTreeRoot: workTree ? repository.workingDirectory : nil)
        if let data = try state.content(LockFile.path) {
            guard let text = String(data: data, encoding: .utf8) else { throw BrickError(.repository, "not UTF-8 text", file: LockFile.path) }
            lockText = text
            lock = try LockFile.parse(text)
            // The lexical rules ran while parsing; the tree and work tree rules (no symlinked or file
            // parents) need the repository, so they run here, before any planner reads or removes a path.
            for brick in lock.bricks {
                for file in brick.files {
                    do { try state.check(file.path) } catch let error as BrickError {
                        throw BrickError(.unsafePath, "\(brick.id) lists \(error.message)", file: LockFile.path)
                    }
                }
            }
        } else {
            lockText = nil
            lock = LockFile()
        }
    }

    /// Where current content is read and paths are checked.
    var state: TargetState {
        TargetState(repository: repository, baseTree: baseTree, workTreeRoot: usesWorkTree ? repository.workingDirectory : nil)
    }

    /// The folder's name without `.git`, for `project.name` when the root package has none.
    static func folderName(_ path: String) -> String {
        var name = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
        if name == ".git" { name = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().lastPathComponent }
        if name.hasSuffix(".git") { name = String(name.dropLast(4)) }
        return name.isEmpty ? "project" : name
    }

    /// Who commits: git's user.name and user.email, else groundwork itself.
    func committer(now: Date = Date()) -> Signature {
        var signature = repository.defaultSignature() ?? Signature(name: "groundwork", email: "groundwork@localhost")
        signature.date = now
        return signature
    }
}

/// The files as the change will find them: the audited commit's tree, or (with `--worktree`) the work tree.
struct TargetState {
    let repository: Repository
    let baseTree: ObjectID?
    /// The work tree's root when changes go there.
    let workTreeRoot: String?

    /// The current bytes at `path`; nil when there is no such file.
    func content(_ path: String) throws -> Data? {
        if let workTreeRoot { return try Self.regularFileContent(path, root: workTreeRoot) }
        guard let baseTree, let entry = try repository.entry(at: path, inTree: baseTree), entry.isRegularFile else { return nil }
        return try repository.blob(entry.id).data
    }

    /// The bytes of a regular file under `root`, reached without following any symlink (a symlinked
    /// parent folder or file reads as absent), opened without blocking on a FIFO.
    static func regularFileContent(_ path: String, root: String) throws -> Data? {
        let parts = path.split(separator: "/").map(String.init).filter { $0 != "." }
        var current = root.hasSuffix("/") ? String(root.dropLast()) : root
        for part in parts.dropLast() {
            current += "/" + part
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return nil }
        }
        let full = current + "/" + (parts.last ?? "")
        let descriptor = open(full, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return try handle.readToEnd() ?? Data()
    }

    /// True when the file at `path` is executable now.
    func isExecutable(_ path: String) -> Bool {
        if let workTreeRoot { return FileManager.default.isExecutableFile(atPath: workTreeRoot + path) }
        guard let baseTree, let entry = try? repository.entry(at: path, inTree: baseTree) else { return false }
        return entry.kind == .executable
    }

    /// Refuses a destination that goes through a symlink, a file or a submodule.
    func check(_ path: String) throws {
        if let problem = try DestinationPath.checkTree(path, tree: baseTree, repository: repository) { throw problem }
        if let workTreeRoot, let problem = DestinationPath.checkWorkTree(path, root: workTreeRoot) { throw problem }
    }
}
