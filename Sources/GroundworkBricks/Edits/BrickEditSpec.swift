import Yams

/// One in-place edit a brick makes to existing files (brick.yaml `edits:`): a structured change that
/// keeps the file's comments and formatting, for files the brick does not write whole.
package struct BrickEditSpec: Sendable, Hashable {
    /// The kinds of edit groundwork knows.
    package enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Every `uses:` of a workflow pinned to a full commit SHA, the tag kept in a comment.
        case pinActions = "pin-actions"
        /// `permissions: {contents: read}` at workflow level when the workflow sets none.
        case workflowPermissions = "workflow-permissions"
        /// A non-root `USER` in a Dockerfile's final stage when it has none.
        case dockerfileUser = "dockerfile-user"
        /// Missing readiness/liveness probes and resources added to the containers of existing Deployments.
        case kubernetesProbes = "kubernetes-probes"
    }

    /// The built-in kind; nil for an edit an edition supplies (`edit: recipes/hpa-target`).
    package var kind: Kind?
    /// The `edit:` value as written: a built-in kind, or `edition/name` for an edit the brick itself carries
    /// (`Brick.editionEdits`), which a brick loaded without that edition cannot run.
    package var name: String
    /// Globs of the files it edits (`.github/workflows/*.yml`).
    package var paths: [String]
    /// For pin-actions: the known-pins table, a YAML file in the brick folder.
    package var pins: String?
    /// Where it is declared in brick.yaml.
    package var line: Int?

    static let keys = ["edit", "paths", "pins"]

    /// An edit of a built-in kind, or (with `name`) one an edition supplies.
    package init(kind: Kind?, paths: [String], pins: String?, line: Int?, name: String? = nil) {
        self.kind = kind
        self.name = name ?? kind?.rawValue ?? ""
        self.paths = paths
        self.pins = pins
        self.line = line
    }

    /// True for `edition/name`: lowercase dashed words around one slash.
    static func isEditionName(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { BrickManifest.isValidID(String($0)) }
    }

    /// Parses one item of `edits:`.
    static func parse(_ node: Node, _ field: String, reader: ManifestReader) throws(BrickError) -> BrickEditSpec {
        let pairs = try reader.mapping(node, field, allowed: keys)
        let present = Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        guard let kindNode = present["edit"] else { throw reader.error(node, "\(field).edit", "missing; expected one of \(Kind.allCases.map(\.rawValue).joined(separator: ", "))") }
        let text = try reader.string(kindNode, "\(field).edit")
        let kind = Kind(rawValue: text)
        guard kind != nil || isEditionName(text) else {
            throw reader.error(kindNode, "\(field).edit", "expected one of \(Kind.allCases.map(\.rawValue).joined(separator: ", ")), found \"\(text)\"")
        }
        guard let pathsNode = present["paths"] else { throw reader.error(node, "\(field).paths", "missing; expected a list of globs of the files to edit") }
        let paths = try reader.stringList(pathsNode, "\(field).paths")
        let pins = try present["pins"].map { node throws(BrickError) in try reader.string(node, "\(field).pins") }
        if kind == .pinActions, pins == nil { throw reader.error(node, "\(field).pins", "missing; pin-actions needs the brick's table of known pins") }
        return BrickEditSpec(kind: kind, paths: paths, pins: pins, line: node.mark?.line, name: text)
    }
}
