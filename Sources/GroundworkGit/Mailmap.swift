import CGit2

/// The repository's `.mailmap`, which folds several names and emails of one person into one.
package final class Mailmap {
    private let handle: OpaquePointer

    /// Reads `.mailmap` from the work tree (or HEAD's tree when bare) and mailmap.file/blob config.
    package init(repository: Repository) throws(GitError) {
        var mailmap: OpaquePointer?
        try check(git_mailmap_from_repository(&mailmap, repository.handle), "reading .mailmap of \(repository.path)")
        handle = mailmap!
    }

    /// Parses mailmap text directly.
    package init(text: String) throws(GitError) {
        LibGit2.ensureInitialised()
        var mailmap: OpaquePointer?
        try check(git_mailmap_from_buffer(&mailmap, text, text.utf8.count), "parsing mailmap text")
        handle = mailmap!
    }

    deinit { git_mailmap_free(handle) }

    /// The canonical name and email of a person.
    package func resolve(name: String, email: String) -> (name: String, email: String) {
        // libgit2 may answer with the very pointers it was given, so copy them out while they live.
        name.withCString { namePointer in
            email.withCString { emailPointer in
                var realName: UnsafePointer<CChar>?, realEmail: UnsafePointer<CChar>?
                guard git_mailmap_resolve(&realName, &realEmail, handle, namePointer, emailPointer) == 0, let realName, let realEmail else {
                    git_error_clear()
                    return (name, email)
                }
                return (String(cString: realName), String(cString: realEmail))
            }
        }
    }
}
