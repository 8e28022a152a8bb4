import Foundation
import GroundworkBasics
import GroundworkGit

/// What the user asked to audit: a local work tree or bare repository, or a URL cloned into the cache.
package enum AuditSource {
    /// True for `https://…`, `ssh://…`, `file://…`, `git://…` and scp-like `git@host:owner/repo`.
    package static func isURL(_ source: String) -> Bool {
        if source.contains("://") { return true }
        guard let at = source.firstIndex(of: "@"), let colon = source.firstIndex(of: ":"), at < colon else { return false }
        return !source[..<at].contains("/") && !FileManager.default.fileExists(atPath: source)
    }

    /// Opens the repository, cloning or fetching a URL into the cache's bare mirrors first.
    package static func open(_ source: String, directories: Directories) throws -> Repository {
        if isURL(source) {
            return try RemoteMirror.update(url: source, cacheRoot: directories.repositories)
        }
        let opened: Result<Repository, GitError> = Result { () throws(GitError) -> Repository in try Repository.open(at: source) }
        switch opened {
        case .success(let repository): return repository
        case .failure(let error) where error.code == .notARepository: throw AuditError(.notARepository, "\(source): \(error.message)")
        case .failure(let error): throw error
        }
    }
}
