import Foundation

/// The files a rule reports in: only paths matching `only` (when set), never paths matching one of `except`.
/// Judged after the scan, from the finding's path, so the per-blob scan caches stay valid for every path.
/// Imported gitleaks rules carry their `path` and their allowlists' `paths` this way.
package struct SecretPathScope: Sendable {
    package var only: NSRegularExpression?
    package var except: [NSRegularExpression]

    package init(only: NSRegularExpression? = nil, except: [NSRegularExpression] = []) {
        self.only = only
        self.except = except
    }

    /// Whether a finding in the file at `path` (repository-relative) is reported.
    package func admits(_ path: String) -> Bool {
        let range = NSRange(location: 0, length: (path as NSString).length)
        if let only, only.firstMatch(in: path, range: range) == nil { return false }
        return !except.contains { $0.firstMatch(in: path, range: range) != nil }
    }
}
