import CGit2

extension Repository {
    /// Writes HEAD's files into the work tree and the index, overwriting what is there, as
    /// `git checkout --force HEAD` does. Test fixtures use it; the product never clobbers a work tree.
    package func forceCheckoutHead() throws(GitError) {
        var options = git_checkout_options()
        git_checkout_options_init(&options, UInt32(GIT_CHECKOUT_OPTIONS_VERSION))
        options.checkout_strategy = GIT_CHECKOUT_FORCE.rawValue
        try check(git_checkout_head(handle, &options), "checking out HEAD into \(workingDirectory ?? path)")
    }
}
