import CGit2

extension Repository {
    /// Writes HEAD's files into an empty work tree and the index (for `groundwork new`, whose repository
    /// and directory it has just created). Files already in the work tree are never overwritten.
    package func checkoutHeadIntoEmptyWorkTree() throws(GitError) {
        var options = git_checkout_options()
        git_checkout_options_init(&options, UInt32(GIT_CHECKOUT_OPTIONS_VERSION))
        // SAFE creates missing files but stops at any file that exists and differs: nothing is clobbered.
        options.checkout_strategy = GIT_CHECKOUT_SAFE.rawValue | GIT_CHECKOUT_RECREATE_MISSING.rawValue
        try check(git_checkout_head(handle, &options), "checking out HEAD into \(workingDirectory ?? path)")
    }
}
