import Foundation
import GroundworkGit

/// What update does to one file a brick renders, by mode (docs/bricks.md, "File modes").
enum FileUpdate {
    struct Step {
        var operation: FileOperation
        /// The file's content after the step (nil: absent).
        var content: Data?
        var conflicts = 0
    }

    /// `previous`: the lock's entry (nil: the file is new in this version); `base`: the pristine render;
    /// `ours`: the file now; `render`: the new version's render.
    static func step(render: RenderedFile, previous: LockedFile?, base: Data?, ours: Data?, restore: Bool, labels: ThreeWayMerge.Labels) throws -> Step {
        let theirs = render.content
        guard let previous else {
            // New in this version: written like apply writes it.
            guard let ours else { return Step(operation: .create, content: theirs) }
            if render.mode == .seed { return Step(operation: .skipSeed, content: ours) }
            if render.mode == .managed { return Step(operation: ours == theirs ? .unchanged : .keep, content: ours) }
            if render.mode == .edit { return Step(operation: ours == theirs ? .unchanged : .edit, content: theirs) }
            return try mergeByMode(render, base: nil, ours: ours)
        }
        guard let ours else {
            if render.mode == .seed { return Step(operation: .deleted, content: nil) }
            return restore ? Step(operation: .restore, content: theirs) : Step(operation: .deleted, content: nil)
        }
        switch render.mode {
        case .seed:
            return Step(operation: .unchanged, content: ours)
        case .managed, .edit:
            if ours == theirs { return Step(operation: .unchanged, content: ours) }
            if Digest.sha256(ours) == previous.sha256 { return Step(operation: .update, content: theirs) }
            if let base, base == theirs { return Step(operation: .unchanged, content: ours) }
            let result = try ThreeWayMerge.merge(base: base ?? Data(), ours: ours, theirs: theirs, labels: labels)
            if result.isClean {
                return Step(operation: result.content == ours ? .unchanged : .merged, content: result.content)
            }
            return Step(operation: .conflict, content: result.content, conflicts: result.conflictCount)
        default:
            return try mergeByMode(render, base: base, ours: ours)
        }
    }

    private static func mergeByMode(_ render: RenderedFile, base: Data?, ours: Data) throws -> Step {
        let path = render.path
        let theirs = try FileComposition.text(render.content, path: path, what: "the new render")
        let existing = try FileComposition.text(ours, path: path, what: "the file")
        let previous = try base.map { try FileComposition.text($0, path: path, what: "the previous render") }
        let merged: String
        switch render.mode {
        case .mergeJSON: merged = try JSONMerge.merge(base: previous, ours: existing, theirs: theirs, path: path)
        case .mergeYAML: merged = try YAMLMerge.merge(base: previous, ours: existing, theirs: theirs, path: path)
        default: merged = LineMerge.merge(base: previous, ours: existing, theirs: theirs)
        }
        let content = Data(merged.utf8)
        if content == ours { return Step(operation: .unchanged, content: ours) }
        return Step(operation: render.mode == .appendLines ? .append : .merge, content: content)
    }
}
