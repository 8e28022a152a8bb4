import CGit2

/// Which commits a history walk starts from, how it orders them, and where it stops.
package struct RevisionWalkOptions: Sendable {
    /// Where the walk starts.
    package enum Start: Sendable, Hashable {
        /// Every reference (branches, tags, remotes, notes…) and HEAD: all of the repository's history.
        case allReferences
        /// HEAD only.
        case head
        /// These commits.
        case commits([ObjectID])
    }

    /// The order commits come out in.
    package enum Order: Sendable {
        /// Newest commit time first.
        case time
        /// Parents never before their children, ties by time.
        case topological
        /// Oldest first (reverse topological).
        case oldestFirst
    }

    package var start: Start
    package var order: Order
    /// Follow only the first parent of merges (the mainline's history).
    package var firstParentOnly: Bool
    /// Commits whose ancestors (and themselves) are left out, such as the last audited commits.
    package var hide: [ObjectID]

    package init(start: Start = .head, order: Order = .time, firstParentOnly: Bool = false, hide: [ObjectID] = []) {
        self.start = start
        self.order = order
        self.firstParentOnly = firstParentOnly
        self.hide = hide
    }
}

/// A walk over commit ids, produced lazily by libgit2's revwalk.
package final class RevisionWalk: Sequence, IteratorProtocol {
    private let repository: Repository
    private let handle: OpaquePointer
    /// The walk of a shallow clone, computed up front (see `ShallowHistory`).
    private var shallowCommits: IndexingIterator<[ObjectID]>?

    init(repository: Repository, options: RevisionWalkOptions) throws(GitError) {
        self.repository = repository
        if repository.isShallow { shallowCommits = try ShallowHistory.walk(repository, options: options).makeIterator() }
        var walk: OpaquePointer?
        try check(git_revwalk_new(&walk, repository.handle), "starting a history walk in \(repository.path)")
        self.handle = walk!
        let sorting: git_sort_t =
            switch options.order {
            case .time: GIT_SORT_TIME
            case .topological: git_sort_t(GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue)
            case .oldestFirst: git_sort_t(GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_REVERSE.rawValue)
            }
        if shallowCommits != nil { return }
        try check(git_revwalk_sorting(handle, sorting.rawValue), "ordering the history walk")
        if options.firstParentOnly { try check(git_revwalk_simplify_first_parent(handle), "simplifying to first parents") }
        switch options.start {
        case .allReferences:
            // Non-commit references (a tag of a blob) are ignored by a glob push.
            try check(git_revwalk_push_glob(handle, "refs/*"), "walking every reference")
            if repository.isHeadDetached { try check(git_revwalk_push_head(handle), "walking HEAD") }
        case .head:
            try check(git_revwalk_push_head(handle), "walking HEAD")
        case .commits(let ids):
            for id in ids {
                var oid = id.raw
                try check(git_revwalk_push(handle, &oid), "walking from \(id.short)")
            }
        }
        for id in options.hide {
            var oid = id.raw
            try check(git_revwalk_hide(handle, &oid), "hiding \(id.short) from the walk")
        }
    }

    deinit { git_revwalk_free(handle) }

    /// The next commit id; nil at the end. A walk error (a missing parent in a shallow or damaged
    /// repository) also ends the walk: `error` tells what happened.
    package func next() -> ObjectID? {
        if shallowCommits != nil { return shallowCommits?.next() }
        var oid = git_oid()
        let code = git_revwalk_next(&oid, handle)
        if code == 0 { return ObjectID(oid) }
        if code != GIT_ITEROVER.rawValue { error = GitError.last(returnCode: code, context: "walking the history of \(repository.path)") }
        return nil
    }

    /// The error that ended the walk early, if any.
    package private(set) var error: GitError?
}

extension Repository {
    /// A lazy walk over commit ids.
    package func walk(_ options: RevisionWalkOptions = RevisionWalkOptions()) throws(GitError) -> RevisionWalk {
        try RevisionWalk(repository: self, options: options)
    }
}
