import CGit2

extension Repository {
    /// Creates the annotated tag `name` pointing at the commit `target`, signed by `tagger`, and returns
    /// the tag object's id. An existing tag of that name is an error.
    @discardableResult
    package func createAnnotatedTag(_ name: String, at target: ObjectID, tagger: Signature, message: String) throws(GitError) -> ObjectID {
        var oid = target.raw
        var object: OpaquePointer?
        try check(git_object_lookup(&object, handle, &oid, GIT_OBJECT_COMMIT), "reading commit \(target.short) to tag it \(name)")
        defer { git_object_free(object) }
        var tagID = git_oid()
        try tagger.withGitSignature { (signature) throws(GitError) in
            try check(git_tag_create(&tagID, handle, name, object, signature, message, 0), "creating tag \(name)")
        }
        return ObjectID(tagID)
    }
}
