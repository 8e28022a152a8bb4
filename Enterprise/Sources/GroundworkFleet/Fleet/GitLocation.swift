#if Enterprise
import Foundation
import GroundworkBasics

/// Names and credentials of git URLs as they appear in fleets.
package enum GitLocation {
    /// Whether `url` carries `user:password@` (the shared rule of `URLRedaction`).
    package static func hasPassword(_ url: String) -> Bool { URLRedaction.hasPassword(url) }

    /// `owner/repo` for `https://host/owner/repo.git` or `git@host:owner/repo.git`; the last component otherwise.
    package static func repositoryName(_ url: String) -> String {
        var path: String
        if url.contains("://"), let components = URLComponents(string: url) {
            path = components.path
        } else if let colon = url.firstIndex(of: ":") {
            path = String(url[url.index(after: colon)...])
        } else {
            path = url
        }
        if path.hasSuffix("/") { path.removeLast() }
        if path.hasSuffix(".git") { path.removeLast(4) }
        let parts = path.split(separator: "/").map(String.init)
        return parts.suffix(2).joined(separator: "/").nilIfEmpty ?? url
    }
}

extension String {
    /// Nil for an empty string.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
#endif
