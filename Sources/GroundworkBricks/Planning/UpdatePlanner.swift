import Foundation
import GroundworkGit

/// Plans `groundwork update`: for each locked brick with a newer version available, renders the new
/// version with the recorded parameters and merges it into each file three ways — base = the pristine
/// render, ours = the file today, theirs = the new render — so no edit is ever silently lost.
package enum UpdatePlanner {
    /// The plan; `ids` empty means every locked brick. `restore` writes files the user deleted again.
    package static func plan(_ ids: [String], restore: Bool = false, library: BrickLibrary, workspace: BrickWorkspace) throws -> BrickPlan {
        let lock = workspace.lock
        guard !lock.bricks.isEmpty else {
            throw BrickError(.repository, "no bricks are recorded in \(LockFile.path): apply some first (groundwork apply ID)")
        }
        for id in ids where lock.brick(id) == nil {
            throw BrickError(.composition, "\(id) is not applied to this repository; applied bricks: \(lock.bricks.map(\.id).joined(separator: ", "))")
        }
        let targets = ids.isEmpty ? lock.bricks : lock.bricks.filter { ids.contains($0.id) }
        let facts = workspace.facts.with(bricksInPlay: Set(lock.bricks.map(\.id)))
        var plan = BrickPlan()
        plan.lock = lock
        let state = workspace.state
        var contents: [String: Data?] = [:]
        var order: [String] = []
        var details: [String: PlannedFile] = [:]

        func current(_ path: String) throws -> Data? {
            if let known = contents[path] { return known }
            let value = try state.content(path)
            contents[path] = .some(value)
            return value
        }

        for locked in targets {
            guard let brick = library.brick(locked.id) else {
                plan.notes.append("\(locked.id): not in the brick library (applied from \(locked.source.display)); pass --bricks SOURCE to update it")
                continue
            }
            // A brick that renders the model is rendered again when the model changed, at the same version.
            let modelChanged = brick.rendersModel && (facts.serviceModel?.changedSinceLastRender ?? false)
            guard brick.version > locked.version || modelChanged else { continue }
            let parameters = try ParameterResolver.resolve(brick, facts: facts, locked: locked.parameters)
            let (renders, editNotes) = try InPlaceEdits.updateRenders(try BrickRenderer.render(brick, facts: facts, parameters: parameters), brick: brick, locked: locked, workspace: workspace)
            plan.notes += editNotes
            for render in renders {
                if render.path == LockFile.path { throw BrickError(.unsafePath, "\(brick.id) writes \(LockFile.path), which belongs to groundwork") }
                try state.check(render.path)
            }
            var recorded: [LockedFile] = []
            var pristine: [String: Data] = [:]
            for render in renders {
                let previous = locked.file(render.path)
                let ours = try current(render.path)
                let base =
                    previous.flatMap { workspace.pristine.render(brick: brick.id, path: render.path, sha256: $0.sha256) }
                    ?? (previous != nil && ours.map(Digest.sha256) == previous?.sha256 ? ours : nil)
                if previous != nil, base == nil, render.mode == .managed, ours != nil, ours != render.content {
                    plan.notes.append(
                        "\(render.path): the render \(brick.id) \(locked.version) wrote was not found on \(PristineStore.reference) (fetch it with git fetch origin \(PristineStore.reference):\(PristineStore.reference)); merged against an empty base"
                    )
                }
                let step = try FileUpdate.step(
                    render: render, previous: previous, base: base, ours: ours, restore: restore,
                    labels: ThreeWayMerge.Labels(base: "\(brick.id) \(locked.version)", ours: "yours", theirs: "\(brick.id) \(brick.version)"))
                if step.operation == .keep {
                    plan.notes.append("\(render.path) exists and is not \(brick.id)'s: yours is kept")
                } else {
                    recorded.append(LockedFile(path: render.path, mode: render.mode, sha256: Digest.sha256(render.content)))
                    pristine[render.path] = render.content
                }
                if step.operation == .deleted {
                    plan.notes.append("\(render.path) was deleted: it stays deleted (pass --restore to bring it back)")
                }
                contents[render.path] = .some(step.content)
                record(path: render.path, before: ours, step: step, brick: brick.id, executable: render.executable || state.isExecutable(render.path), order: &order, details: &details)
            }
            for dropped in locked.files where !renders.contains(where: { $0.path == dropped.path }) {
                let ours = try current(dropped.path)
                guard dropped.mode == .managed, let ours else { continue }
                if Digest.sha256(ours) == dropped.sha256 {
                    contents[dropped.path] = .some(nil)
                    record(path: dropped.path, before: ours, step: FileUpdate.Step(operation: .remove, content: nil), brick: brick.id, executable: false, order: &order, details: &details)
                } else {
                    plan.notes.append("\(dropped.path): \(brick.id) \(brick.version) no longer writes it and you edited it, so it is kept and no longer managed")
                }
            }
            plan.lock.record(LockedBrick(id: brick.id, version: brick.version, source: brick.origin, parameters: parameters, files: recorded))
            plan.pristine[brick.id] = pristine
            plan.bricks.append(
                PlannedBrick(
                    id: brick.id, version: brick.version, previousVersion: locked.version, origin: brick.origin, parameters: parameters,
                    tasks: try BrickRenderer.tasks(brick, facts: facts, parameters: parameters)))
        }
        plan.files = order.compactMap { details[$0] }
        if !plan.bricks.isEmpty {
            try state.check(LockFile.path)
            plan.files.append(ApplyPlanner.lockFileChange(plan.lock, workspace: workspace))
        }
        return plan
    }

    /// Keeps one entry per path: the first content seen as "before", the last step as the outcome.
    private static func record(path: String, before: Data?, step: FileUpdate.Step, brick: String, executable: Bool, order: inout [String], details: inout [String: PlannedFile]) {
        if var existing = details[path] {
            existing.after = step.content
            existing.bricks.append(brick)
            if step.operation.writes || !existing.operation.writes { existing.operation = step.operation }
            existing.conflicts += step.conflicts
            existing.executable = existing.executable || executable
            details[path] = existing
            return
        }
        order.append(path)
        details[path] = PlannedFile(path: path, operation: step.operation, before: before, after: step.content, bricks: [brick], executable: executable, conflicts: step.conflicts)
    }
}
