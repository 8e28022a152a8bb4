import CGit2
import Foundation
import GroundworkBasics

/// A bare mirror of a remote repository in the cache, cloned once and fetched afterwards.
///
/// Branches are fetched onto `refs/heads/*` and every tag onto `refs/tags/*`, so an audit of the
/// mirror sees the same history as an audit of a fresh clone. No work tree is ever written.
package enum RemoteMirror {
    /// How to authenticate: ssh uses the ssh agent; https may use a token (never logged).
    package struct Credentials: Sendable {
        /// A token for https remotes, sent as the password of `x-access-token`.
        package var token: String?
        /// A private key file for ssh remotes; the ssh agent answers when nil.
        package var sshKeyPath: String?

        package init(token: String? = nil, sshKeyPath: String? = nil) {
            self.token = token
            self.sshKeyPath = sshKeyPath
        }
    }

    /// Clones `url` bare into `cacheRoot` (or fetches, when the mirror exists) and opens it.
    package static func update(url: String, cacheRoot: String, credentials: Credentials = Credentials()) throws(GitError) -> Repository {
        let directory = cacheRoot + "/" + directoryName(for: url)
        if FileManager.default.fileExists(atPath: directory + "/HEAD") {
            let hold = try MirrorHold(directory)
            let repository = try Repository.open(at: directory)
            try withExtendedLifetime(hold) { () throws(GitError) in try fetch(repository, url: url, credentials: credentials) }
            return repository
        }
        let partial = directory + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: partial)
        do {
            let repository = try Repository.create(at: partial, bare: true)
            var remote: OpaquePointer?
            // The configuration (mode 0644) records where the mirror came from, never a credential:
            // fetches use an in-memory remote with the real URL (see `fetch`).
            try check(git_remote_create_with_fetchspec(&remote, repository.handle, "origin", redacted(url), "+refs/heads/*:refs/heads/*"), "adding remote \(redacted(url))")
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
    package static func fetch(_ repository: Repository, url: String, credentials: Credentials = Credentials()) throws(GitError) {
        // Mirrors written by earlier versions kept the URL as given, password included: rewrite it.
        try check(git_remote_set_url(repository.handle, "origin", redacted(url)), "recording remote origin in \(repository.path)")
        try fetch(into: repository, from: url, refspec: "+refs/heads/*:refs/heads/*", prune: true, tags: true, credentials: credentials) { remote throws(GitError) in
            var buffer = git_buf()
            defer { git_buf_dispose(&buffer) }
            if git_remote_default_branch(&buffer, remote) == 0, let pointer = buffer.ptr {
                let defaultBranch = String(cString: pointer)
                try check(git_repository_set_head(repository.handle, defaultBranch), "pointing HEAD at \(defaultBranch)")
            } else {
                git_error_clear()
            }
        }
    }

    /// Fetches `branch` of another remote (a fork of the mirrored repository) onto the mirror's branch of the
    /// same name, or removes the mirror's branch when that remote has none: the branch then reads as the
    /// other remote has it, while every other branch stays as `origin` has it.
    package static func fetchBranch(_ branch: String, from url: String, into repository: Repository, credentials: Credentials = Credentials()) throws(GitError) {
        let reference = "refs/heads/" + branch
        let existing: ObjectID? = (try? repository.referenceTarget(reference)) ?? nil
        if existing != nil { try repository.deleteReference(reference) }
        try fetch(into: repository, from: url, refspec: "+\(reference):\(reference)", prune: false, tags: false, credentials: credentials) { _ throws(GitError) in }
    }

    /// One fetch through an anonymous remote: user information leaves the URL and reaches libgit2 only through
    /// the credential callback, so neither it nor a query token is written to the config. `connected` runs
    /// while the remote is still open (its advertisement, the default branch, is readable).
    private static func fetch(
        into repository: Repository, from url: String, refspec: String, prune: Bool, tags: Bool, credentials: Credentials,
        connected: (OpaquePointer?) throws(GitError) -> Void
    ) throws(GitError) {
        let (address, user, password) = splitUserInformation(url)
        var remote: OpaquePointer?
        try check(git_remote_create_anonymous(&remote, repository.handle, address), "opening remote \(redacted(url))")
        defer { git_remote_free(remote) }

        let context = RemoteCredentials(token: credentials.token, user: user, password: password, sshKeyPath: credentials.sshKeyPath)
        var options = git_fetch_options()
        git_fetch_options_init(&options, UInt32(GIT_FETCH_OPTIONS_VERSION))
        options.prune = prune ? GIT_FETCH_PRUNE : GIT_FETCH_NO_PRUNE
        // FETCH_HEAD would record the URL, query token included, in plain text.
        options.update_fetchhead = 0
        options.download_tags = tags ? GIT_REMOTE_DOWNLOAD_TAGS_ALL : GIT_REMOTE_DOWNLOAD_TAGS_NONE
        context.install(in: &options.callbacks)
        let code = withExtendedLifetime(context) {
            refspec.withCString { refspec in
                var strings: [UnsafeMutablePointer<CChar>?] = [UnsafeMutablePointer(mutating: refspec)]
                return strings.withUnsafeMutableBufferPointer { buffer in
                    var refspecs = git_strarray(strings: buffer.baseAddress, count: 1)
                    return git_remote_fetch(remote, &refspecs, &options, "groundwork: fetch")
                }
            }
        }
        try check(code, "fetching \(redacted(url))")
        try connected(remote)
    }

    /// A stable, readable directory name for a URL: host and path, plus a short hash against collisions.
    package static func directoryName(for url: String) -> String {
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
    package static func redacted(_ url: String) -> String {
        URLRedaction.redact(url)
    }

    /// The URL without user information, and that user and password. An ssh URL keeps its user (it
    /// names the account, and the ssh agent answers for it) and loses only a password.
    static func splitUserInformation(_ url: String) -> (address: String, user: String?, password: String?) {
        guard let schemeEnd = url.range(of: "://") else { return (url, nil, nil) }
        let rest = url[schemeEnd.upperBound...]
        let authority = rest[..<(rest.firstIndex { "/?#".contains($0) } ?? rest.endIndex)]
        guard let at = authority.lastIndex(of: "@") else { return (url, nil, nil) }
        let information = authority[..<at]
        let parts = information.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let user = parts.first.map { String($0).removingPercentEncoding ?? String($0) }
        let password = parts.count == 2 ? (String(parts[1]).removingPercentEncoding ?? String(parts[1])) : nil
        let scheme = url[..<schemeEnd.lowerBound].lowercased()
        if scheme == "ssh" || scheme.hasPrefix("git+ssh") || scheme.hasPrefix("ssh+git") {
            return (String(url[..<schemeEnd.upperBound]) + String(parts[0]) + String(url[at...]), user, password)
        }
        // `https://TOKEN@host/…` is a common way to pass a token alone: it goes as the user, password empty.
        return (String(url[..<schemeEnd.upperBound]) + String(url[url.index(after: at)...]), user, password ?? "")
    }

    /// FNV-1a, printed in hex: stable across runs and platforms, unlike `Hasher`.
    private static func stableHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(String(hash, radix: 16).prefix(10))
    }
}
