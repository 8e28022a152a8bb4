import Foundation

/// The files a rule reports in: only paths matching `only` (when set), and never a finding one of
/// `exceptions` covers (a path, a commit, or both). Judged after the scan, from the finding's path and the
/// commit that added it, so the per-blob scan caches stay valid for every path and commit. Imported gitleaks
/// rules carry their `path`, and their allowlists' `paths` and `commits`, this way.
package struct SecretPathScope: Sendable {
    /// Findings an allowlist ignores by where they are: in a file whose path matches one of `paths`, or added
    /// by one of `commits` (full ids or prefixes of at least seven digits); with `requiresAll`, only a finding
    /// both kinds cover (gitleaks' `condition = "AND"`). With `contentAllowlist` set, the allowlist also judged
    /// the secret during the scan (`AND` over a regex or stop word and a path or commit), and only a finding
    /// that met that content side (its match's `allowlistsMet` holds the index) is covered.
    package struct Exception: Sendable {
        package var paths: [NSRegularExpression]
        package var commits: [String]
        package var requiresAll: Bool
        package var contentAllowlist: Int?

        package init(paths: [NSRegularExpression] = [], commits: [String] = [], requiresAll: Bool = false, contentAllowlist: Int? = nil) {
            self.paths = paths
            self.commits = commits.map { $0.lowercased() }
            self.requiresAll = requiresAll
            self.contentAllowlist = contentAllowlist
        }

        /// Whether the finding at `path`, added by `commit` (nil in the audited tree), that met the content side
        /// of the rule's allowlists `allowlistsMet`, is ignored.
        package func covers(_ path: String, commit: String?, allowlistsMet: [Int] = []) -> Bool {
            if let contentAllowlist, !allowlistsMet.contains(contentAllowlist) { return false }
            let range = NSRange(location: 0, length: (path as NSString).length)
            var kinds: [Bool] = []
            if !paths.isEmpty { kinds.append(paths.contains { $0.firstMatch(in: path, range: range) != nil }) }
            if !commits.isEmpty {
                let id = commit?.lowercased()
                kinds.append(id.map { id in commits.contains { $0.count >= 7 && id.hasPrefix($0) } } ?? false)
            }
            guard !kinds.isEmpty else { return false }
            return requiresAll ? kinds.allSatisfy { $0 } : kinds.contains(true)
        }
    }

    package var only: NSRegularExpression?
    package var exceptions: [Exception]

    package init(only: NSRegularExpression? = nil, exceptions: [Exception] = []) {
        self.only = only
        self.exceptions = exceptions
    }

    /// Whether a finding in the file at `path` (repository-relative), added by `commit` (nil in the audited
    /// tree), whose secret met the content side of the allowlists `allowlistsMet`, is reported.
    package func admits(_ path: String, commit: String? = nil, allowlistsMet: [Int] = []) -> Bool {
        let range = NSRange(location: 0, length: (path as NSString).length)
        if let only, only.firstMatch(in: path, range: range) == nil { return false }
        return !exceptions.contains { $0.covers(path, commit: commit, allowlistsMet: allowlistsMet) }
    }
}
