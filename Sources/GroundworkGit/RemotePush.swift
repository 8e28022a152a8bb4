import CGit2
import Foundation

/// Pushes branches of a local repository to a remote URL through libgit2 (file://, ssh, https).
///
/// The URL's user information and the token reach libgit2 only through the credential callback
/// (`RemoteCredentials`), and the remote is anonymous, so no credential is written to the configuration.
package enum RemotePush {
    /// Pushes each of `refspecs` (`refs/heads/a:refs/heads/a`, a leading `+` forces) to `url`.
    /// A reference the remote refuses (not a fast-forward, a protected branch) is a `GitError` naming it.
    ///
    /// `leases` holds, per destination reference, the commit the remote must still have (nil: the reference
    /// must not exist), as `git push --force-with-lease` does: the remote's own advertisement is compared
    /// during the push's negotiation, and a reference that moved since the caller looked refuses the whole
    /// push before anything is sent, so a forced push never deletes a commit someone pushed meanwhile.
    package static func push(
        _ repository: Repository, url: String, refspecs: [String], leases: [String: ObjectID?] = [:],
        credentials: RemoteMirror.Credentials = RemoteMirror.Credentials()
    ) throws(GitError) {
        let (address, user, password) = RemoteMirror.splitUserInformation(url)
        var remote: OpaquePointer?
        try check(git_remote_create_anonymous(&remote, repository.handle, address), "opening remote \(RemoteMirror.redacted(url))")
        defer { git_remote_free(remote) }

        let context = RemoteCredentials(token: credentials.token, user: user, password: password, sshKeyPath: credentials.sshKeyPath)
        var options = git_push_options()
        git_push_options_init(&options, UInt32(GIT_PUSH_OPTIONS_VERSION))
        context.install(in: &options.callbacks)
        context.leases = leases.mapValues { $0?.hex ?? String(repeating: "0", count: 40) }
        options.callbacks.push_negotiation = { updates, count, payload in
            guard let updates, let payload else { return 0 }
            let context = Unmanaged<RemoteCredentials>.fromOpaque(payload).takeUnretainedValue()
            for index in 0..<count {
                guard let update = updates[index]?.pointee, let name = update.dst_refname.map({ String(cString: $0) }),
                    let expected = context.leases[name]
                else { continue }
                let current = ObjectID(update.src).hex
                if current != expected {
                    let found = current.allSatisfy { $0 == "0" } ? "does not exist" : "is at \(current.prefix(7))"
                    let wanted = expected.allSatisfy { $0 == "0" } ? "absent" : "at \(expected.prefix(7))"
                    context.brokenLeases.append("\(name) \(found) on the remote, expected \(wanted)")
                }
            }
            return context.brokenLeases.isEmpty ? 0 : GIT_EUSER.rawValue
        }
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
        if !context.brokenLeases.isEmpty {
            // libgit2's own code for "the reference is not what you expected".
            throw GitError(
                code: .modified,
                message: "nothing was pushed: the remote moved since it was fetched (" + context.brokenLeases.joined(separator: "; ") + ")",
                context: RemoteMirror.redacted(url)
            )
        }
        try check(code, "pushing \(refspecs.joined(separator: ", ")) to \(RemoteMirror.redacted(url))")
        if !context.rejections.isEmpty {
            throw GitError(code: .generic(-1), message: "the remote refused " + context.rejections.joined(separator: "; "), context: RemoteMirror.redacted(url))
        }
    }

    /// Calls `body` with a C array of the strings, valid for the call only.
    private static func withCStrings<T>(_ strings: [String], _ body: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> T) -> T {
        let copies = strings.map { strdup($0) }
        defer { for copy in copies { free(copy) } }
        var pointers = copies
        return pointers.withUnsafeMutableBufferPointer { body($0.baseAddress) }
    }
}
