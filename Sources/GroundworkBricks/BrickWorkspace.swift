import Foundation
import GroundworkAudit
import GroundworkAuditModel
import GroundworkBasics
import GroundworkGit

/// A repository prepared for bricks: opened, audited at HEAD, its facts, its lock file and pristine
/// renders, and the place changes go (a new branch from HEAD, or the work tree).
public final class BrickWorkspace {
    public let path: String
    public let repository: Repository
    public let report: AuditReport
    public internal(set) var facts: BrickFacts
    /// The model given with `--model`, written to the repository with the change.
    var modelInput: ModelInput?
    /// The audited commit (HEAD); nil for a repository without commits.
    public let baseCommit: ObjectID?
    public let baseTree: ObjectID?
    /// True when changes go to the work tree (`--worktree`) rather than a new branch.
    public let usesWorkTree: Bool
    public let lock: LockFile
    /// The lock file's text as it is now (nil: there is none).
    public let lockText: String?
    let pristine: PristineStore

    /// Opens and audits the repository at `path` (history is not walked: bricks need the tree only).
    /// The service's model is `model` when given, else the one the repository keeps (`ServiceModel.paths`).
    public static func open(_ path: String, workTree: Bool = false, model: ModelInput? = nil, now: Date = Date(), directories: Directories = .resolve()) throws -> BrickWorkspace {
        let repository = try openRepository(path)
        if workTree, repository.isBare { throw BrickError(.repository, "\(path) is a bare repository: it has no work tree; leave out --worktree") }
        var options = AuditOptions()
        options.includeHistory = false
        options.useCache = false
        options.now = now
        options.directories = directories
        let report = try Auditor.audit(path, options: options)
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
    public init(path: String, repository: Repository, report: AuditReport, facts: BrickFacts, baseCommit: ObjectID?, workTree: Bool) throws {
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
        if let workTreeRoot {
            let full = workTreeRoot + path
            var info = stat()
            guard lstat(full, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
            return try Data(contentsOf: URL(fileURLWithPath: full))
        }
        guard let baseTree, let entry = try repository.entry(at: path, inTree: baseTree), entry.isRegularFile else { return nil }
        return try repository.blob(entry.id).data
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
