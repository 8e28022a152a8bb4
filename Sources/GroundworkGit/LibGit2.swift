import CGit2

/// The process-wide libgit2 runtime: initialised once, tuned for large repositories.
package enum LibGit2 {
    /// Initialises libgit2 exactly once (Swift runs a `static let` initialiser once, thread-safely).
    private static let initialised: Bool = {
        git_libgit2_init()
        // Tuned on a cold audit of git/git (200k commits, one 500 MB pack, 2 threads), see the README:
        // - Packs are mapped in 8 MiB windows, at most 192 MiB at once, 64 pack files. libgit2's
        //   default 1 GiB window maps a whole pack as one window that is always in use, so no limit
        //   can unmap it: 880 MB peak resident. 32 MiB windows under a 128 MiB limit thrash (112 s,
        //   35 s of it in the kernel); 8 MiB under 192 MiB took 73 s and peaked at 346 MB.
        // - 64 MiB of decompressed commits and trees: 128 MiB was no faster and cost 78 MB more.
        // - No trees in that cache: the history walk reads each tree version at most twice and keeps the ones it
        //   reads again itself (`RecentTrees`); every other reader reads a tree once. Its 120,000 trees overflowed
        //   the cache on a dense 20,000-commit history, and libgit2 scans its table from the start for every
        //   eviction: 3% of a cold audit.
        // - No re-hashing of every object read (strict hash verification): it was 30% of a walk's
        //   time, and git does not verify on read either. A damaged object still fails to inflate
        //   (zlib's checksum), and is reported as unreadable.
        _ = gw_git_set_cache_max_size(64 * 1024 * 1024)
        _ = gw_git_set_cache_object_limit(GIT_OBJECT_TREE, 0)
        _ = gw_git_set_mwindow_size(8 * 1024 * 1024)
        _ = gw_git_set_mwindow_mapped_limit(mappedPackLimit)
        _ = gw_git_set_mwindow_file_limit(64)
        _ = gw_git_enable_strict_hash_verification(0)
        // groundwork only reads client repositories and never runs their hooks or filters, so a
        // repository owned by another user (a mounted volume, a CI checkout) is safe to open.
        _ = gw_git_set_owner_validation(0)
        return true
    }()

    /// The most bytes of pack files libgit2 keeps mapped at once, over every reader (see `initialised`).
    package static let mappedPackLimit = 192 * 1024 * 1024

    /// Makes sure libgit2 is initialised; every entry point of this module calls it.
    @inline(__always)
    package static func ensureInitialised() {
        _ = initialised
    }

    /// The linked libgit2's version, such as "1.5.1".
    package static var version: String {
        ensureInitialised()
        var major: Int32 = 0, minor: Int32 = 0, revision: Int32 = 0
        git_libgit2_version(&major, &minor, &revision)
        return "\(major).\(minor).\(revision)"
    }

    /// What the linked libgit2 was built with.
    package static var features: Features {
        ensureInitialised()
        let flags = UInt32(bitPattern: git_libgit2_features())
        return Features(
            threads: flags & GIT_FEATURE_THREADS.rawValue != 0,
            https: flags & GIT_FEATURE_HTTPS.rawValue != 0,
            ssh: flags & GIT_FEATURE_SSH.rawValue != 0
        )
    }

    /// Transport and threading support compiled into libgit2.
    package struct Features: Sendable, Equatable {
        /// libgit2 is thread-safe (one repository handle per thread).
        package var threads: Bool
        /// Clones and fetches over https:// work.
        package var https: Bool
        /// Clones and fetches over ssh:// work.
        package var ssh: Bool
    }

    /// Bytes held by libgit2's object cache now, and its limit.
    package static var cachedMemory: (current: Int64, limit: Int64) {
        ensureInitialised()
        var current: Int64 = 0, limit: Int64 = 0
        _ = gw_git_get_cached_memory(&current, &limit)
        return (current, limit)
    }
}
