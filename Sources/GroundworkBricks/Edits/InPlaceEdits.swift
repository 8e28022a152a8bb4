import Foundation
import GroundworkAuditModel

/// Runs a brick's `edits:` over the existing files they match, for apply and update.
enum InPlaceEdits {
    /// One edited file: its new text as a render in `edit` mode, so the lock records it and update
    /// merges it three ways like a managed file.
    struct Planned {
        var render: RenderedFile
        var notes: [String]
    }

    /// The edit `spec` stands for, with its pins table read from the brick folder.
    static func edit(_ spec: BrickEditSpec, of brick: Brick) throws -> any InPlaceEdit {
        guard let kind = spec.kind else {
            guard let edit = brick.editionEdits[spec.name] else {
                throw BrickError(
                    .manifest, "edits: \(spec.name) is an edit this groundwork does not carry for brick \(brick.id) (an Enterprise recipe's edit runs through `groundwork recipes`)",
                    file: brick.manifest.manifestPath, line: spec.line)
            }
            return edit
        }
        switch kind {
        case .pinActions:
            let file = spec.pins ?? ""
            guard let text = brick.templates[file] else {
                throw BrickError(.manifest, "edits: pins file \(file) not found in the brick folder", file: brick.manifest.manifestPath, line: spec.line)
            }
            return PinActionsEdit(pins: try ActionPins.parse(text, file: brick.templateDisplayPath(file)))
        case .workflowPermissions: return WorkflowPermissionsEdit()
        case .dockerfileUser: return DockerfileUserEdit()
        case .kubernetesProbes: return KubernetesProbesEdit()
        }
    }

    /// The brick's edits applied in order to `text` (the file at `path`); nil when none matches the path.
    static func apply(_ brick: Brick, to text: String, path: String) throws -> EditResult? {
        let specs = brick.manifest.edits.filter { spec in spec.paths.contains { Glob.matches(pattern: $0, path: path) } }
        guard !specs.isEmpty else { return nil }
        var result = EditResult(text: text)
        for spec in specs {
            let step = try edit(spec, of: brick).apply(to: result.text, path: path)
            result.text = step.text
            result.notes += step.notes
        }
        return result
    }

    /// Edits of `brick` for the existing files among `paths`, given each file's content now (`content`).
    /// A file the edits leave as it is gives no render, only its notes.
    static func plan(_ brick: Brick, paths: [String], content: (String) throws -> Data?) throws -> [Planned] {
        guard !brick.manifest.edits.isEmpty else { return [] }
        var planned: [Planned] = []
        // Only files an edit matches are read: the others may be large, or absent from a partial clone.
        let matched = paths.filter { path in brick.manifest.edits.contains { spec in spec.paths.contains { Glob.matches(pattern: $0, path: path) } } }
        for path in matched {
            guard let data = try content(path), let text = String(data: data, encoding: .utf8),
                let result = try apply(brick, to: text, path: path)
            else { continue }
            let render = RenderedFile(brickID: brick.id, path: path, content: Data(result.text.utf8), mode: .edit, executable: false)
            planned.append(Planned(render: render, notes: result.notes))
        }
        return planned
    }
}

extension TargetState {
    /// Paths of the regular files of the audited tree, for edits to match against.
    func filePaths() throws -> [String] {
        guard let baseTree else { return [] }
        var paths: [String] = []
        try repository.walkTree(baseTree) { entry in
            if entry.kind == .directory { return .descend }
            if entry.isRegularFile { paths.append(entry.path) }
            return .skip
        }
        return paths
    }
}

extension InPlaceEdits {
    /// Adds the edits of `bricks` to an apply plan: each existing file an edit matches — one no brick of
    /// the run writes, or one whose render is kept because it differs — is edited in place, shown as
    /// `edit` with its diff, and its edited text joins `renders` so the lock and the pristine ref record it.
    static func fold(_ bricks: [Brick], into plan: inout BrickPlan, renders: inout [RenderedFile], state: TargetState) throws {
        guard bricks.contains(where: { !$0.manifest.edits.isEmpty }) else { return }
        let paths = try state.filePaths()
        for brick in bricks where !brick.manifest.edits.isEmpty {
            let editable = paths.filter { path in
                guard let planned = plan.files.first(where: { $0.path == path }) else { return true }
                return planned.operation == .keep || planned.operation == .skipSeed || planned.operation == .edit
            }
            let current = plan
            let edits = try Self.plan(brick, paths: editable) { path in
                if let planned = current.files.first(where: { $0.path == path }) { return planned.after }
                return try state.content(path)
            }
            for edit in edits {
                plan.notes += edit.notes
                let path = edit.render.path
                if let index = plan.files.firstIndex(where: { $0.path == path }) {
                    guard plan.files[index].after != edit.render.content else { continue }
                    plan.files[index].operation = .edit
                    plan.files[index].after = edit.render.content
                    if !plan.files[index].bricks.contains(brick.id) { plan.files[index].bricks.append(brick.id) }
                    plan.notes.removeAll { $0.hasPrefix("\(path) exists and differs") }
                } else {
                    let before = try state.content(path)
                    guard before != edit.render.content else { continue }
                    plan.files.append(PlannedFile(path: path, operation: .edit, before: before, after: edit.render.content, bricks: [brick.id], executable: state.isExecutable(path)))
                }
                renders.append(edit.render)
            }
        }
    }
}

extension InPlaceEdits {
    /// The renders of `brick`'s new version for update, with its edits: a file the lock records as edited
    /// gets, as "theirs", the new edits applied to the text they last produced (the pristine), so update
    /// merges it three ways with the user's changes; newly matching files are edited as apply does. A whole-file
    /// render of a path the lock records as edited is dropped: the file stays the user's.
    static func updateRenders(_ renders: [RenderedFile], brick: Brick, locked: LockedBrick, workspace: BrickWorkspace) throws -> (renders: [RenderedFile], notes: [String]) {
        let edited = Set(locked.files.filter { $0.mode == .edit }.map(\.path))
        var result = renders.filter { !edited.contains($0.path) }
        guard !brick.manifest.edits.isEmpty else { return (result, []) }
        let state = workspace.state
        var notes: [String] = []
        let rendered = Set(result.map(\.path))
        for path in try state.filePaths() where !rendered.contains(path) || edited.contains(path) {
            let ours = try state.content(path)
            var base = ours
            if let recorded = locked.file(path), recorded.mode == .edit {
                base = workspace.pristine.render(brick: brick.id, path: path, sha256: recorded.sha256) ?? ours
            }
            guard let data = base, let text = String(data: data, encoding: .utf8), let edit = try apply(brick, to: text, path: path) else { continue }
            notes += edit.notes
            if locked.file(path) == nil, edit.text == text { continue }
            result.append(RenderedFile(brickID: brick.id, path: path, content: Data(edit.text.utf8), mode: .edit, executable: false))
        }
        return (result, notes)
    }
}
