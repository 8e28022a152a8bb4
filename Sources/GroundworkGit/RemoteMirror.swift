import CGit2
import Foundation
import GroundworkBasics

/// A bare mirror of a remote repository in the cache, cloned once and fetched afterwards.
///
/// Branches are fetched onto `refs/heads/*` and every tag onto `refs/tags/*`, so an audit of the
/// mirror sees the same history as an audit of a fresh clone. No work tree is ever written.
public enum RemoteMirror {
    /// How to authenticate: ssh uses the ssh agent; https may use a token (never logged).
    public struct Credentials: Sendable {
        /// A token for https remotes, sent as the password of `x-access-token`.
        public var token: String?

        public init(token: String? = nil) { self.token = token }
    }

    /// Clones `url` bare into `cacheRoot` (or fetches, when the mirror exists) and opens it.
    public static func update(url: String, cacheRoot: String, credentials: Credentials = Credentials()) throws(GitError) -> Repository {
        let directory = cacheRoot + "/" + directoryName(for: url)
        if FileManager.default.fileExists(atPath: directory + "/HEAD") {
            let repository = try Repository.open(at: directory)
            try fetch(repository, url: url, credentials: credentials)
            return repository
        }
        let partial = directory + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: partial)
        do {
            let repository = try Repository.create(at: partial, bare: true)
            var remote: OpaquePointer?
            try check(git_remote_create_with_fetchspec(&remote, repository.handle, "origin", url, "+refs/heads/*:refs/heads/*"), "adding remote \(redacted(url))")
            git_remote_free(remote)
            try fetch(repository, url: url, credentials: credentials)
        } catch {
            // A failed clone leaves nothing behind.
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
        do {
            try FileManager.default.createDirectory(atPath: (directory as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.moveItem(atPath: partial, toPath: directory)
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            // Another process may have finished the same clone first; use theirs.
            if !FileManager.default.fileExists(atPath: directory + "/HEAD") {
                throw GitError(code: .generic(-1), message: "could not move the clone into the cache: \(error.localizedDescription)", context: directory)
            }
        }
        return try Repository.open(at: directory)
    }

    /// Fetches branches and tags from `origin`, pruning deleted ones, and points HEAD at the remote's default branch.
    public static func fetch(_ repository: Repository, url: String, credentials: Credentials = Credentials()) throws(GitError) {
        var remote: OpaquePointer?
        try check(git_remote_lookup(&remote, repository.handle, "origin"), "finding remote origin in \(repository.path)")
        defer { git_remote_free(remote) }

        let context = CredentialContext(token: credentials.token)
        var options = git_fetch_options()
        git_fetch_options_init(&options, UInt32(GIT_FETCH_OPTIONS_VERSION))
        options.prune = GIT_FETCH_PRUNE
        options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_ALL
        options.callbacks.payload = Unmanaged.passUnretained(context).toOpaque()
        options.callbacks.credentials = { out, _, usernameFromURL, allowedTypes, payload in
            guard let out, let payload else { return GIT_PASSTHROUGH.rawValue }
            let context = Unmanaged<CredentialContext>.fromOpaque(payload).takeUnretainedValue()
            // libgit2 asks again after a refused credential: give up instead of looping.
            context.attempts += 1
            guard context.attempts <= 1 else { return GIT_EAUTH.rawValue }
            if allowedTypes & GIT_CREDENTIAL_SSH_KEY.rawValue != 0 {
                if let usernameFromURL { return git_credential_ssh_key_from_agent(out, usernameFromURL) }
                return git_credential_ssh_key_from_agent(out, "git")
            }
            if allowedTypes & GIT_CREDENTIAL_USERPASS_PLAINTEXT.rawValue != 0, let token = context.token {
                return git_credential_userpass_plaintext_new(out, "x-access-token", token)
            }
            return GIT_PASSTHROUGH.rawValue
        }
        let code = withExtendedLifetime(context) {
            git_remote_fetch(remote, nil, &options, "groundwork: fetch")
        }
        try check(code, "fetching \(redacted(url))")

        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        if git_remote_default_branch(&buffer, remote) == 0, let pointer = buffer.ptr {
            let defaultBranch = String(cString: pointer)
            try check(git_repository_set_head(repository.handle, defaultBranch), "pointing HEAD at \(defaultBranch)")
        } else {
            git_error_clear()
        }
    }

    /// A stable, readable directory name for a URL: host and path, plus a short hash against collisions.
    public static func directoryName(for url: String) -> String {
        let clean = redacted(url)
        var readable = clean
        if let schemeEnd = readable.range(of: "://") { readable = String(readable[schemeEnd.upperBound...]) }
        // User information (redacted or not) says nothing about the repository.
        if let at = readable.firstIndex(of: "@"), !readable[..<at].contains("/") { readable = String(readable[readable.index(after: at)...]) }
        readable = readable.replacingOccurrences(of: ":", with: "/")
        let safe = readable.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) || "._-/".unicodeScalars.contains($0) ? Character($0) : "_" }
        let trimmed = String(safe).split(separator: "/").filter { $0 != "." && $0 != ".." }.joined(separator: "_")
        return String(trimmed.suffix(80)) + "-" + stableHash(clean)
    }

    /// The URL without user information (which may hold a token) and with credential query values hidden:
    /// the shared rule of `URLRedaction`.
    public static func redacted(_ url: String) -> String {
        URLRedaction.redact(url)
    }

    /// FNV-1a, printed in hex: stable across runs and platforms, unlike `Hasher`.
    private static func stableHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(String(hash, radix: 16).prefix(10))
    }
}

/// Holds what the C credential callback needs, passed to it as its payload.
private final class CredentialContext {
    let token: String?
    var attempts = 0
    init(token: String?) { self.token = token }
}
