/// A loaded brick: its manifest, its templates' text, and where it came from.
package struct Brick: Sendable {
    package var manifest: BrickManifest
    /// Template text by its path inside the brick folder.
    package var templates: [String: String]
    package var origin: BrickOrigin
    /// Mustache partials (`{{> name}}`) by name: the files `partials/<name>.mustache` the templates use.
    package var partials: [String: String]
    /// The implementations of the brick's `edition/name` edits, set by the edition that loads it.
    package var editionEdits: [String: any InPlaceEdit] = [:]

    package init(manifest: BrickManifest, templates: [String: String], origin: BrickOrigin, partials: [String: String] = [:]) {
        self.manifest = manifest
        self.templates = templates
        self.origin = origin
        self.partials = partials
    }

    package var id: String { manifest.id }

    /// True when the brick renders the service's model (`each: entity` or `generate:` files).
    package var rendersModel: Bool { manifest.files.contains { $0.each == .entity || $0.generate != nil } }
    package var version: SemanticVersion { manifest.version }

    /// The template's path as shown in messages.
    func templateDisplayPath(_ template: String) -> String {
        let folder = manifest.manifestPath.hasSuffix("brick.yaml") ? String(manifest.manifestPath.dropLast("brick.yaml".count)) : ""
        return folder + template
    }
}

/// Where a brick came from, as the lock file records it.
package enum BrickOrigin: Sendable, Hashable {
    /// The Plugins/ folder shipped with groundwork.
    case builtin
    /// A local folder given with `--bricks DIR`.
    case directory(String)
    /// A git repository, at the commit the pinned tag or commit resolved to.
    case git(url: String, commit: String)
    /// A tarball pinned by its sha256.
    case tarball(url: String, sha256: String)

    /// For people: `built-in`, `git https://…@1a2b3c4d`.
    package var display: String {
        switch self {
        case .builtin: "built-in"
        case .directory(let path): path
        case .git(let url, let commit): "\(url)@\(commit.prefix(12))"
        case .tarball(let url, let sha256): "\(url) (sha256 \(sha256.prefix(12))…)"
        }
    }
}
