import CGit2
import Foundation

/// What the libgit2 credential callback of a fetch or a push answers with, passed to it as its payload.
///
/// One place decides how groundwork authenticates to a remote, so that fetching and pushing agree:
/// ssh uses the given private key or else the ssh agent; https uses the URL's own user and password,
/// else the token as the password of `x-access-token`. Nothing here is ever logged.
final class RemoteCredentials {
    let token: String?
    /// User information taken out of the URL.
    let user: String?
    let password: String?
    /// A private key file for ssh remotes (the agent is asked when nil).
    let sshKeyPath: String?
    var attempts = 0
    /// References the remote refused during a push, with its reason (filled by `RemotePush`).
    var rejections: [String] = []
    /// For a push: destination reference → the object id (hex; zeros for "absent") the remote must still hold.
    var leases: [String: String] = [:]
    /// Leases the remote did not honour, found before anything was sent.
    var brokenLeases: [String] = []

    init(token: String?, user: String? = nil, password: String? = nil, sshKeyPath: String? = nil) {
        self.token = token
        self.user = user
        self.password = password
        self.sshKeyPath = sshKeyPath
    }

    /// The C callback libgit2 calls when the remote asks for credentials.
    static let callback: git_credential_acquire_cb = { out, _, usernameFromURL, allowedTypes, payload in
        guard let out, let payload else { return GIT_PASSTHROUGH.rawValue }
        let context = Unmanaged<RemoteCredentials>.fromOpaque(payload).takeUnretainedValue()
        // libgit2 asks again after a refused credential: give up instead of looping.
        context.attempts += 1
        guard context.attempts <= 1 else { return GIT_EAUTH.rawValue }
        if allowedTypes & GIT_CREDENTIAL_SSH_KEY.rawValue != 0 {
            let user = usernameFromURL.map { String(cString: $0) } ?? "git"
            if let key = context.sshKeyPath { return git_credential_ssh_key_new(out, user, nil, key, nil) }
            return git_credential_ssh_key_from_agent(out, user)
        }
        if allowedTypes & GIT_CREDENTIAL_USERPASS_PLAINTEXT.rawValue != 0, let password = context.password {
            return git_credential_userpass_plaintext_new(out, context.user ?? "", password)
        }
        if allowedTypes & GIT_CREDENTIAL_USERPASS_PLAINTEXT.rawValue != 0, let token = context.token {
            return git_credential_userpass_plaintext_new(out, "x-access-token", token)
        }
        return GIT_PASSTHROUGH.rawValue
    }

    /// Points `callbacks` at this context; the context must outlive the libgit2 call.
    func install(in callbacks: inout git_remote_callbacks) {
        callbacks.payload = Unmanaged.passUnretained(self).toOpaque()
        callbacks.credentials = Self.callback
    }
}
