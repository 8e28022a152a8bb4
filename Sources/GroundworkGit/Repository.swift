import CGit2
import Foundation

/// An open git repository (a work tree or a bare one), read and written through libgit2.
///
/// Not thread-safe, like the libgit2 handle it owns: open one `Repository` per thread. Objects made
/// from it (walks, blobs) keep it alive, so the handle is freed only after its last user.
package final class Repository {
    package let handle: OpaquePointer
    /// The object database, fetched lazily and freed with the repository.
    private var odbHandle: OpaquePointer?

    /// Where the repository was opened from, for messages.
    package let path: String

    private init(handle: OpaquePointer, path: String) {
        self.handle = handle
        self.path = path
    }

    deinit {
        if let odbHandle { git_odb_free(odbHandle) }
        git_repository_free(handle)
    }

    /// Opens the repository at `path`: a work tree (with `.git` inside) or a bare repository.
    /// It does not search parent directories, so a plain folder inside a repository is an error.
    ///
    /// `objectsOnly` opens it as if it were bare, for a reader of its history: libgit2 then looks for no
    /// work-tree `.gitattributes` (a blob diff looks the path's `diff` attribute up on every call).
    package static func open(at path: String, objectsOnly: Bool = false) throws(GitError) -> Repository {
        LibGit2.ensureInitialised()
        var handle: OpaquePointer?
        let flags = GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue | (objectsOnly ? GIT_REPOSITORY_OPEN_BARE.rawValue : 0)
        let code = git_repository_open_ext(&handle, path, flags, nil)
        if code == GIT_ENOTFOUND.rawValue {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw GitError(
                code: .notARepository,
                message: exists
                    ? "not a git repository (no .git directory, and not a bare repository); pass the repository's top folder or a git URL"
                    : "no such file or directory",
                context: path
            )
        }
        try check(code, path)
        guard let handle else { throw GitError(code: .generic(code), message: "libgit2 returned no repository", context: path) }
        return Repository(handle: handle, path: path)
    }

    /// Opens only the object database of the repository whose git folder is `path`, for a thread that reads objects
    /// and nothing else (commits, trees, blobs and diffs of blobs), with pack files it shares with no other reader.
    ///
    /// libgit2 keeps one state per pack file — its mapped windows, its cache of delta bases and the locks that
    /// guard them — for every handle that names the pack by the same path, so two threads reading one pack through
    /// two handles take the same locks for every object: a cold audit of a keyword-dense history made 55,000
    /// contended lock calls with two readers. Each `reader` number spells the objects folder differently
    /// (`objects/.`, `objects/./.`…), which libgit2 keys apart; the files are the same, and the operating system
    /// shares their pages. Alternates are read as a normal open reads them. The handle has no configuration,
    /// references or work tree.
    ///
    /// Each reader maps its own windows of the packs, under one limit for all (`LibGit2.mappedPackLimit`): when
    /// the readers' packs do not fit under it together, their windows evict each other (on git/git, 500 MB of
    /// packs, 684,000 maps and unmaps in an audit against 23,000 with shared packs, and 25% slower), so give
    /// each reader packs of its own only when they fit.
    package static func openObjects(at path: String, reader: Int) throws(GitError) -> Repository {
        var objects = try open(at: path, objectsOnly: true).objectsFolder()
        while objects.count > 1, objects.hasSuffix("/") { objects.removeLast() }
        objects += String(repeating: "/.", count: reader + 1)
        var odb: OpaquePointer?
        try check(git_odb_open(&odb, objects), "opening the objects of \(path)")
        defer { git_odb_free(odb) }
        var handle: OpaquePointer?
        try check(git_repository_wrap_odb(&handle, odb), "opening the objects of \(path)")
        guard let handle else { throw GitError(code: .generic(-1), message: "libgit2 returned no repository", context: path) }
        return Repository(handle: handle, path: path)
    }

    /// The bytes of the repository's pack files (not its alternates'); 0 when they cannot be listed.
    package func packFileBytes() -> Int {
        guard let objects = try? objectsFolder() else { return 0 }
        let packs = objects + "/pack"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: packs)) ?? []
        return names.filter { $0.hasSuffix(".pack") }.reduce(0) { total, name in
            total + ((try? FileManager.default.attributesOfItem(atPath: packs + "/" + name)[.size] as? Int) ?? 0)
        }
    }

    /// The folder of the repository's objects (`.git/objects`, or the common one of a linked work tree).
    private func objectsFolder() throws(GitError) -> String {
        var folder = git_buf()
        defer { git_buf_dispose(&folder) }
        try check(git_repository_item_path(&folder, handle, GIT_REPOSITORY_ITEM_OBJECTS), "finding the objects folder of \(path)")
        return String(cString: folder.ptr)
    }

    /// Creates a new, empty repository whose first branch is `initialBranch`.
    package static func create(at path: String, bare: Bool = false, initialBranch: String = "main") throws(GitError) -> Repository {
        LibGit2.ensureInitialised()
        var options = git_repository_init_options()
        git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION))
        options.flags = GIT_REPOSITORY_INIT_MKPATH.rawValue | (bare ? GIT_REPOSITORY_INIT_BARE.rawValue : 0)
        var handle: OpaquePointer?
        let code = initialBranch.withCString { branch in
            options.initial_head = branch
            return git_repository_init_ext(&handle, path, &options)
        }
        try check(code, "creating a repository at \(path)")
        guard let handle else { throw GitError(code: .generic(code), message: "libgit2 returned no repository", context: path) }
        return Repository(handle: handle, path: path)
    }

    // MARK: - What kind of repository

    /// True for a repository without a work tree.
    package var isBare: Bool { git_repository_is_bare(handle) == 1 }

    /// True when HEAD is unborn and no reference exists yet (a freshly created repository).
    /// (libgit2's own test only recognises an unborn HEAD on the configured default branch name.)
    package var isEmpty: Bool {
        guard isHeadUnborn else { return false }
        var iterator: OpaquePointer?
        guard git_reference_iterator_new(&iterator, handle) == 0 else { return false }
        defer { git_reference_iterator_free(iterator) }
        var name: UnsafePointer<CChar>?
        return git_reference_next_name(&name, iterator) == GIT_ITEROVER.rawValue
    }

    /// True for a shallow clone: its history stops at the commits listed in `.git/shallow`.
    package var isShallow: Bool { git_repository_is_shallow(handle) == 1 }

    /// True when HEAD points at a commit rather than a branch.
    package var isHeadDetached: Bool { git_repository_head_detached(handle) == 1 }

    /// True when HEAD names a branch that has no commit yet.
    package var isHeadUnborn: Bool { git_repository_head_unborn(handle) == 1 }

    /// The work tree's directory (with a trailing slash), or nil for a bare repository.
    package var workingDirectory: String? {
        git_repository_workdir(handle).map { String(cString: $0) }
    }

    /// The `.git` directory, or the repository itself when bare.
    package var gitDirectory: String { String(cString: git_repository_path(handle)) }

    /// The object database, shared by blob-size lookups.
    package func objectDatabase() throws(GitError) -> OpaquePointer {
        if let odbHandle { return odbHandle }
        var odb: OpaquePointer?
        try check(git_repository_odb(&odb, handle), "opening the object database of \(path)")
        guard let odb else { throw GitError(code: .generic(-1), message: "no object database", context: path) }
        odbHandle = odb
        return odb
    }

    /// The commit HEAD points at; nil for an empty repository or an unborn branch.
    package func headCommitID() throws(GitError) -> ObjectID? {
        if isHeadUnborn { return nil }
        var reference: OpaquePointer?
        let code = git_repository_head(&reference, handle)
        if code == GIT_EUNBORNBRANCH.rawValue || code == GIT_ENOTFOUND.rawValue { return nil }
        try check(code, "reading HEAD of \(path)")
        defer { git_reference_free(reference) }
        return try peelToCommit(reference: reference!, name: "HEAD")
    }

    /// The branch HEAD names ("main"), or nil when HEAD is detached.
    package func headBranchName() -> String? {
        var reference: OpaquePointer?
        guard git_reference_lookup(&reference, handle, "HEAD") == 0, let reference else { return nil }
        defer { git_reference_free(reference) }
        guard git_reference_type(reference) == GIT_REFERENCE_SYMBOLIC, let target = git_reference_symbolic_target(reference) else { return nil }
        let name = String(cString: target)
        return name.hasPrefix("refs/heads/") ? String(name.dropFirst("refs/heads/".count)) : name
    }

    /// Resolves a revision (`HEAD`, a branch, a tag, an abbreviated id, `main~2`…) to a commit.
    package func resolveCommit(_ revision: String) throws(GitError) -> ObjectID {
        var object: OpaquePointer?
        try check(git_revparse_single(&object, handle, revision), "resolving revision '\(revision)' in \(path)")
        defer { git_object_free(object) }
        var commit: OpaquePointer?
        try check(git_object_peel(&commit, object, GIT_OBJECT_COMMIT), "revision '\(revision)' is not a commit")
        defer { git_object_free(commit) }
        return ObjectID(git_object_id(commit))
    }

    /// The commit a reference finally points at (through tags), or an error when it is not a commit.
    package func peelToCommit(reference: OpaquePointer, name: String) throws(GitError) -> ObjectID {
        var object: OpaquePointer?
        let code = git_reference_peel(&object, reference, GIT_OBJECT_COMMIT)
        // The reference exists but its object does not (a truncated pack, a missing .idx, HEAD at an
        // unknown id): that is a damaged repository, not a name the user got wrong.
        if code == GIT_ENOTFOUND.rawValue {
            var error = GitError.last(returnCode: code, context: "peeling \(name) to a commit")
            error.code = .corrupted
            throw error
        }
        try check(code, "peeling \(name) to a commit")
        defer { git_object_free(object) }
        return ObjectID(git_object_id(object))
    }
}
