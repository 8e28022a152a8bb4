import CGit2

extension Repository {
    /// The best common ancestor of two commits, or nil when their histories never meet.
    package func mergeBase(_ one: ObjectID, _ other: ObjectID) throws(GitError) -> ObjectID? {
        var result = git_oid()
        var first = one.raw, second = other.raw
        let code = git_merge_base(&result, handle, &first, &second)
        if code == GIT_ENOTFOUND.rawValue { git_error_clear(); return nil }
        try check(code, "finding the merge base of \(one.short) and \(other.short)")
        return ObjectID(result)
    }

    /// True when `ancestor` is reachable from `descendant` (a branch merged into another).
    package func isAncestor(_ ancestor: ObjectID, of descendant: ObjectID) throws(GitError) -> Bool {
        if ancestor == descendant { return true }
        var first = descendant.raw, second = ancestor.raw
        let code = git_graph_descendant_of(handle, &first, &second)
        try check(code, "comparing \(ancestor.short) with \(descendant.short)")
        return code == 1
    }
}
