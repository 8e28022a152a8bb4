import Foundation

/// Folds the renders of every brick that writes one path into that path's new content, by mode:
/// at most one owner (managed or seed) decides the base, then merge-json, merge-yaml and
/// append-lines renders are merged into it in brick order. Nothing is clobbered.
enum FileComposition {
    struct Outcome {
        var operation: FileOperation
        var content: Data?
    }

    /// `pristine(brick)` gives the render the brick wrote last time, when it is in the lock file.
    static func compose(path: String, current: Data?, renders: [RenderedFile], pristine: (String) -> Data?) throws -> Outcome {
        let owners = renders.filter { $0.mode == .managed || $0.mode == .seed }
        let merges = renders.filter { $0.mode != .managed && $0.mode != .seed }
        if owners.count > 1, Set(owners.map(\.content)).count > 1 || Set(owners.map(\.mode)).count > 1 {
            throw BrickError(
                .merge, "\(path): \(owners.map(\.brickID).joined(separator: " and ")) both write it as a whole file with different content; apply only one of them, or have one use a merge mode")
        }
        let mergeModes = Set(merges.map(\.mode))
        if mergeModes.count > 1 {
            throw BrickError(.merge, "\(path): bricks merge into it in different ways (\(mergeModes.map(\.rawValue).sorted().joined(separator: ", "))); a file is merged one way")
        }

        var content = current
        var ownerOperation: FileOperation?
        if let owner = owners.first {
            switch owner.mode {
            case .seed:
                if current == nil { content = owner.content; ownerOperation = .create } else { ownerOperation = .skipSeed }
            default:
                if current == nil {
                    content = owner.content
                    ownerOperation = .create
                } else if current == owner.content {
                    ownerOperation = .unchanged
                } else if let previous = pristine(owner.brickID), previous == current {
                    // The brick wrote it before and nobody edited it since: a re-apply may rewrite it.
                    content = owner.content
                    ownerOperation = .update
                } else {
                    ownerOperation = .keep
                }
            }
        }
        for render in merges {
            let text = try FileComposition.text(render.content, path: path, what: "the render of \(render.brickID)")
            let existing = try content.map { try FileComposition.text($0, path: path, what: "the file") }
            let base = try pristine(render.brickID).map { try FileComposition.text($0, path: path, what: "the previous render") }
            let merged: String
            switch render.mode {
            case .mergeJSON: merged = try JSONMerge.merge(base: base, ours: existing, theirs: text, path: path)
            case .mergeYAML: merged = try YAMLMerge.merge(base: base, ours: existing, theirs: text, path: path)
            default: merged = LineMerge.merge(base: base, ours: existing, theirs: text)
            }
            content = Data(merged.utf8)
        }

        if content == current {
            if let ownerOperation, ownerOperation == .skipSeed || ownerOperation == .keep { return Outcome(operation: ownerOperation, content: current) }
            return Outcome(operation: .unchanged, content: current)
        }
        if current == nil { return Outcome(operation: .create, content: content) }
        if ownerOperation == .update { return Outcome(operation: .update, content: content) }
        return Outcome(operation: mergeModes.contains(.appendLines) ? .append : .merge, content: content)
    }

    /// UTF-8 text, or an error saying the file cannot be merged.
    static func text(_ data: Data, path: String, what: String) throws(BrickError) -> String {
        guard let text = String(data: data, encoding: .utf8) else {
            throw BrickError(.merge, "\(path): \(what) is not UTF-8 text, so it cannot be merged")
        }
        return text
    }
}
