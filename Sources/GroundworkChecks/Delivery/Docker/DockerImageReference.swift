import Foundation

/// An image reference split into its parts: `registry:5000/team/api:1.2@sha256:…`.
package struct DockerImageReference: Sendable, Hashable {
    /// Registry and repository, without tag or digest: `registry:5000/team/api`.
    package var repository: String
    /// The tag, when one is written.
    package var tag: String?
    /// The digest (`sha256:…`), when one is written.
    package var digest: String?

    /// Splits `reference`; nil when it is empty.
    package init?(_ reference: String) {
        var rest = reference.trimmingCharacters(in: .whitespaces)
        guard !rest.isEmpty else { return nil }
        if let at = rest.firstIndex(of: "@") {
            digest = String(rest[rest.index(after: at)...])
            rest = String(rest[..<at])
        }
        // A colon after the last slash starts the tag; one before it is a registry port.
        let lastSlash = rest.lastIndex(of: "/")
        if let colon = rest.lastIndex(of: ":"), lastSlash.map({ colon > $0 }) ?? true {
            tag = String(rest[rest.index(after: colon)...])
            rest = String(rest[..<colon])
        }
        repository = rest
        if tag?.isEmpty == true { tag = nil }
        if digest?.isEmpty == true { digest = nil }
    }

    /// True for the empty base image `scratch`.
    package var isScratch: Bool { repository.lowercased() == "scratch" }

    /// True when the reference names a fixed image: a digest, or a tag other than `latest`.
    package var isPinned: Bool {
        if digest != nil { return true }
        guard let tag else { return false }
        return tag.lowercased() != "latest"
    }

    /// Why the reference is not pinned, for evidence.
    package var unpinnedReason: String {
        tag == nil ? "has no tag, so it means `latest`" : "uses the moving tag `latest`"
    }
}
