import CGit2
import Foundation

/// Pushes branches of a local repository to a remote URL through libgit2 (file://, ssh, https).
///
/// The URL's user information and the token reach libgit2 only through the credential callback
/// (`RemoteCredentials`), and the remote is anonymous, so no credential is written to the configuration.
public enum RemotePush {
    /// Pushes each of `refspecs` (`refs/heads/a:refs/heads/a`, a leading `+` forces) to `url`.
    /// A reference the remote refuses (not a fast-forward, a protected branch) is a `GitError` naming it.
    public static func push(_ repository: Repository, url: String, refspecs: [String], credentials: RemoteMirror.Credentials = RemoteMirror.Credentials()) throws(GitError) {
        let (address, user, password) = RemoteMirror.splitUserInformation(url)
        var remote: OpaquePointer?
        try check(git_remote_create_anonymous(&remote, repository.handle, address), "opening remote \(RemoteMirror.redacted(url))")
        defer { git_remote_free(remote) }

        let context = RemoteCredentials(token: credentials.token, user: user, password: password, sshKeyPath: credentials.sshKeyPath)
        var options = git_push_options()
        git_push_options_init(&options, UInt32(GIT_PUSH_OPTIONS_VERSION))
        context.install(in: &options.callbacks)
        options.callbacks.push_update_reference = { reference, status, payload in
            // A non-nil status is the remote's refusal of that one reference.
            guard let status, let payload else { return 0 }
            let context = Unmanaged<RemoteCredentials>.fromOpaque(payload).takeUnretainedValue()
            context.rejections.append((reference.map { String(cString: $0) } ?? "?") + ": " + String(cString: status))
            return 0
        }
        let code = withExtendedLifetime(context) {
            withCStrings(refspecs) { pointers in
                var strings = git_strarray(strings: pointers, count: refspecs.count)
                return git_remote_push(remote, &strings, &options)
            }
        }
        try check(code, "pushing \(refspecs.joined(separator: ", ")) to \(RemoteMirror.redacted(url))")
        if !context.rejections.isEmpty {
            throw GitError(code: .generic(-1), message: "the remote refused " + context.rejections.joined(separator: "; "), context: RemoteMirror.redacted(url))
        }
    }

    /// Calls `body` with a C array of the strings, valid for the call only.
    private static func withCStrings<T>(_ strings: [String], _ body: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> T) -> T {
        let copies = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        var pointers = copies
        return pointers.withUnsafeMutableBufferPointer { body($0.baseAddress) }
    }
}
