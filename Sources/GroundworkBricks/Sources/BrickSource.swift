import Foundation

/// Where to load bricks from, as given with `--bricks` (docs/bricks.md, "Where bricks come from").
package enum BrickSource: Sendable, Hashable, CustomStringConvertible {
    /// A local folder of brick folders (or one brick folder).
    case directory(String)
    /// `git+https://host/org/bricks.git@v1.4.0` or `git+file:///path@<commit>`: a git URL pinned to a tag or commit.
    case git(url: String, ref: String)
    /// `https://host/bricks.tar.gz#sha256=<hex>` (or `file://`): a tarball pinned by its sha256.
    case tarball(url: String, sha256: String)

    /// Parses a `--bricks` value; remote sources without a pin are refused.
    package static func parse(_ text: String) throws(BrickError) -> BrickSource {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("git+") {
            let rest = String(trimmed.dropFirst(4))
            guard let schemeEnd = rest.range(of: "://") else {
                throw BrickError(.source, "--bricks \(text): expected git+https://host/org/repo.git@TAG or git+file:///path@COMMIT")
            }
            // The pin follows the last "@", unless that "@" belongs to user information before the host.
            if let at = rest.lastIndex(of: "@"), rest[schemeEnd.upperBound..<at].contains("/") {
                let url = String(rest[..<at]), ref = String(rest[rest.index(after: at)...])
                guard !ref.isEmpty else { throw unpinned(text) }
                return .git(url: url, ref: ref)
            }
            throw unpinned(text)
        }
        if let schemeEnd = trimmed.range(of: "://") {
            let scheme = trimmed[..<schemeEnd.lowerBound].lowercased()
            guard ["https", "http", "file"].contains(scheme) else {
                throw BrickError(.source, "--bricks \(text): unsupported scheme \(scheme); use a folder, git+https://…@TAG, or https://…tar.gz#sha256=HEX")
            }
            guard let hash = trimmed.range(of: "#sha256=") else {
                throw BrickError(.source, "--bricks \(text): a tarball must be pinned by its checksum: append #sha256=<64 hex digits>")
            }
            let sha = trimmed[hash.upperBound...].lowercased()
            guard sha.count == 64, sha.allSatisfy(\.isHexDigit) else {
                throw BrickError(.source, "--bricks \(text): expected 64 hexadecimal digits after #sha256=, found \"\(sha)\"")
            }
            return .tarball(url: String(trimmed[..<hash.lowerBound]), sha256: String(sha))
        }
        return .directory(trimmed)
    }

    private static func unpinned(_ text: String) -> BrickError {
        BrickError(.source, "--bricks \(text): a git source must be pinned to a tag or a commit: append @v1.2.0 or @<commit id>")
    }

    package var description: String {
        switch self {
        case .directory(let path): path
        case .git(let url, let ref): "git+\(url)@\(ref)"
        case .tarball(let url, let sha256): "\(url)#sha256=\(sha256)"
        }
    }
}
