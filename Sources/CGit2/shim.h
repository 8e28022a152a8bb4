#ifndef GROUNDWORK_CGIT2_SHIM_H
#define GROUNDWORK_CGIT2_SHIM_H

#include <git2.h>
#include <git2/sys/repository.h>

/*
 * git_libgit2_opts is variadic, so Swift cannot call it. One typed wrapper per option we set.
 * Each returns libgit2's status code (0 on success).
 */

/** Upper bound, in bytes, of libgit2's decompressed-object cache (shared by every repository). */
static inline int gw_git_set_cache_max_size(long long bytes) {
    return git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, (ssize_t)bytes);
}

/** The largest object of `type` libgit2's object cache keeps (0: none of that type). */
static inline int gw_git_set_cache_object_limit(git_object_t type, size_t bytes) {
    return git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, type, bytes);
}

/** Size of each window mapped from a pack file. */
static inline int gw_git_set_mwindow_size(size_t bytes) {
    return git_libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE, bytes);
}

/** Total bytes of pack files libgit2 may keep mapped at once. */
static inline int gw_git_set_mwindow_mapped_limit(size_t bytes) {
    return git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, bytes);
}

/** Number of pack files libgit2 may keep open at once (0 = unlimited). */
static inline int gw_git_set_mwindow_file_limit(size_t files) {
    return git_libgit2_opts(GIT_OPT_SET_MWINDOW_FILE_LIMIT, files);
}

/**
 * Whether libgit2 refuses repositories owned by another user (git's safe.directory).
 * groundwork only reads client repositories and never runs hooks or filters from them.
 */
static inline int gw_git_set_owner_validation(int enabled) {
    return git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, enabled);
}

/** Whether libgit2 verifies that objects it writes point at objects that exist. */
static inline int gw_git_enable_strict_object_creation(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, enabled);
}

/** Whether libgit2 re-hashes every object it reads to check it against its id (git itself does not). */
static inline int gw_git_enable_strict_hash_verification(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
}

/** Bytes currently held by libgit2's object cache, and its limit. */
static inline int gw_git_get_cached_memory(long long *current, long long *allowed) {
    ssize_t c = 0, a = 0;
    int rc = git_libgit2_opts(GIT_OPT_GET_CACHED_MEMORY, &c, &a);
    *current = (long long)c;
    *allowed = (long long)a;
    return rc;
}

#endif
