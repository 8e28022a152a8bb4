import CGit2

/// A named reference (branch, tag, remote branch…) and the commit it finally points at.
package struct Reference: Hashable, Sendable {
    /// What a reference names.
    package enum Kind: String, Sendable, Hashable {
        case branch, remoteBranch, tag, note, other
    }

    /// The full name, such as `refs/heads/main`.
    package var name: String
    /// The name people use, such as `main` or `v1.0`.
    package var shortName: String
    /// The commit it points at after peeling tags; nil when it points at a tree or a blob.
    package var commit: ObjectID?
    /// What the name says it is.
    package var kind: Kind

    package init(name: String, commit: ObjectID?) {
        self.name = name
        self.commit = commit
        for (prefix, kind) in [("refs/heads/", Kind.branch), ("refs/remotes/", .remoteBranch), ("refs/tags/", .tag), ("refs/notes/", .note)]
        where name.hasPrefix(prefix) {
            self.kind = kind
            self.shortName = String(name.dropFirst(prefix.count))
            return
        }
        self.kind = .other
        self.shortName = name
    }
}

extension Repository {
    /// Every reference in the repository (symbolic ones such as `origin/HEAD` are left out), sorted by name.
    package func references() throws(GitError) -> [Reference] {
        var iterator: OpaquePointer?
        try check(git_reference_iterator_new(&iterator, handle), "listing references of \(path)")
        defer { git_reference_iterator_free(iterator) }
        var result: [Reference] = []
        while true {
            var reference: OpaquePointer?
            let code = git_reference_next(&reference, iterator)
            if code == GIT_ITEROVER.rawValue { break }
            try check(code, "listing references of \(path)")
            guard let reference else { continue }
            defer { git_reference_free(reference) }
            guard git_reference_type(reference) == GIT_REFERENCE_DIRECT else { continue }
            let name = String(cString: git_reference_name(reference))
            var object: OpaquePointer?
            var commit: ObjectID?
            if git_reference_peel(&object, reference, GIT_OBJECT_COMMIT) == 0 {
                commit = ObjectID(git_object_id(object))
                git_object_free(object)
            } else {
                git_error_clear()
            }
            result.append(Reference(name: name, commit: commit))
        }
        return result.sorted { $0.name < $1.name }
    }

    /// Local branches.
    package func branches() throws(GitError) -> [Reference] { try references().filter { $0.kind == .branch } }

    /// Tags (lightweight and annotated).
    package func tags() throws(GitError) -> [Reference] { try references().filter { $0.kind == .tag } }

    /// Creates (or, with `force`, moves) a branch at `commit`; never touches HEAD, the index or the work tree.
    @discardableResult
    package func createBranch(_ name: String, at commit: ObjectID, force: Bool = false, logMessage: String = "groundwork") throws(GitError) -> Reference {
        try setReference("refs/heads/" + name, to: commit, force: force, logMessage: logMessage)
    }

    /// Points a reference (any namespace, e.g. `refs/groundwork/pristine`) at an object.
    @discardableResult
    package func setReference(_ name: String, to target: ObjectID, force: Bool = true, logMessage: String = "groundwork") throws(GitError) -> Reference {
        var reference: OpaquePointer?
        var oid = target.raw
        try check(git_reference_create(&reference, handle, name, &oid, force ? 1 : 0, logMessage), "creating reference \(name)")
        git_reference_free(reference)
        return Reference(name: name, commit: target)
    }

    /// Points a reference at `target` only if it still points at `expected` (nil: only if it does not
    /// exist yet). Returns false, changing nothing, when another writer moved it first or holds its lock.
    package func compareAndSwapReference(_ name: String, to target: ObjectID, expected: ObjectID?, logMessage: String = "groundwork") throws(GitError) -> Bool {
        var reference: OpaquePointer?
        var oid = target.raw
        let code: Int32
        if let expected {
            var current = expected.raw
            code = git_reference_create_matching(&reference, handle, name, &oid, 1, &current, logMessage)
        } else {
            code = git_reference_create(&reference, handle, name, &oid, 0, logMessage)
        }
        if [GIT_EMODIFIED, GIT_EEXISTS, GIT_ELOCKED].contains(where: { code == $0.rawValue }) {
            git_error_clear()
            return false
        }
        try check(code, "updating reference \(name)")
        git_reference_free(reference)
        return true
    }

    /// The object a reference points at directly, or nil when there is no such reference.
    package func referenceTarget(_ name: String) throws(GitError) -> ObjectID? {
        var oid = git_oid()
        let code = git_reference_name_to_id(&oid, handle, name)
        if code == GIT_ENOTFOUND.rawValue { git_error_clear(); return nil }
        try check(code, "reading reference \(name)")
        return ObjectID(oid)
    }

    /// Deletes a reference; does nothing when it does not exist.
    package func deleteReference(_ name: String) throws(GitError) {
        var reference: OpaquePointer?
        let code = git_reference_lookup(&reference, handle, name)
        if code == GIT_ENOTFOUND.rawValue { git_error_clear(); return }
        try check(code, "looking up reference \(name)")
        defer { git_reference_free(reference) }
        try check(git_reference_delete(reference), "deleting reference \(name)")
    }

    /// Points HEAD at a branch (`refs/heads/NAME`), even one that does not exist yet.
    package func setHead(branch: String) throws(GitError) {
        try check(git_repository_set_head(handle, "refs/heads/" + branch), "pointing HEAD at \(branch)")
    }
}
