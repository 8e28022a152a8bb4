import Foundation

/// Plans `groundwork apply`: renders the bricks, composes the files several bricks touch, compares
/// with what the repository holds, and produces the file operations, the new lock and the pristine renders.
package enum ApplyPlanner {
    /// The plan for applying `ids` (and what they require) to the workspace.
    package static func plan(_ ids: [String], parameters: [String] = [], library: BrickLibrary, workspace: BrickWorkspace) throws -> BrickPlan {
        let lock = workspace.lock
        let ids = try ApplicationBrick.expand(ids, library: library, facts: workspace.facts)
        let bricks = try BrickComposer.order(ids, library: library, alreadyApplied: Set(lock.bricks.map(\.id)))
        let overrides = try ParameterResolver.parse(parameters, bricks: bricks)
        let facts = workspace.facts.with(bricksInPlay: Set(lock.bricks.map(\.id) + bricks.map(\.id)))
        var plan = BrickPlan()
        var renders: [RenderedFile] = []
        for brick in bricks {
            let locked = lock.brick(brick.id)
            let values = try ParameterResolver.resolve(brick, facts: facts, overrides: overrides[brick.id] ?? [:], locked: locked?.parameters ?? [:])
            let files = try BrickRenderer.render(brick, facts: facts, parameters: values)
            renders += files
            plan.bricks.append(
                PlannedBrick(
                    id: brick.id, version: brick.version, previousVersion: locked?.version, origin: brick.origin, parameters: values,
                    tasks: try BrickRenderer.tasks(brick, facts: facts, parameters: values)
                ))
        }
        let state = workspace.state
        for render in renders where render.path == LockFile.path {
            throw BrickError(.unsafePath, "\(render.brickID) writes \(LockFile.path), which belongs to groundwork")
        }
        for path in orderedPaths(renders) { try state.check(path) }

        var kept = Set<String>()
        for path in orderedPaths(renders) {
            let group = renders.filter { $0.path == path }
            let current = try state.content(path)
            let outcome = try FileComposition.compose(path: path, current: current, renders: group) { brick in
                guard let recorded = lock.brick(brick)?.file(path) else { return nil }
                return workspace.pristine.render(brick: brick, path: path, sha256: recorded.sha256) ?? (current.map(Digest.sha256) == recorded.sha256 ? current : nil)
            }
            if outcome.operation == .keep {
                kept.insert(path)
                plan.notes.append("\(path) exists and differs from what \(group[0].brickID) would write: yours is kept (delete it and apply again to take the brick's)")
            }
            plan.files.append(
                PlannedFile(
                    path: path, operation: outcome.operation, before: current, after: outcome.content, bricks: group.map(\.brickID),
                    executable: group.contains(where: \.executable) || state.isExecutable(path)
                ))
        }

        try InPlaceEdits.fold(bricks, into: &plan, renders: &renders, state: state)

        plan.lock = lock
        for planned in plan.bricks {
            let files = renders.filter { $0.brickID == planned.id && !(kept.contains($0.path) && $0.mode == .managed) }
            plan.lock.record(
                LockedBrick(
                    id: planned.id, version: planned.version, source: planned.origin, parameters: planned.parameters,
                    files: files.map { LockedFile(path: $0.path, mode: $0.mode, sha256: Digest.sha256($0.content)) }
                ))
            plan.pristine[planned.id] = Dictionary(files.map { ($0.path, $0.content) }, uniquingKeysWith: { first, _ in first })
        }
        let lockChange = lockFileChange(plan.lock, workspace: workspace)
        if lockChange.operation.writes { try state.check(LockFile.path) }
        plan.files.append(lockChange)
        if let modelChange = try workspace.modelFileChange() { plan.files.append(modelChange) }
        return plan
    }

    /// The lock file's planned change.
    static func lockFileChange(_ lock: LockFile, workspace: BrickWorkspace) -> PlannedFile {
        let text = lock.yaml()
        let before = workspace.lockText.map { Data($0.utf8) }
        let operation: FileOperation = workspace.lockText == nil ? .create : workspace.lockText == text ? .unchanged : .update
        return PlannedFile(path: LockFile.path, operation: operation, before: before, after: Data(text.utf8), bricks: [], executable: false)
    }

    /// Paths in the order bricks first write them.
    static func orderedPaths(_ renders: [RenderedFile]) -> [String] {
        var seen = Set<String>()
        return renders.map(\.path).filter { seen.insert($0).inserted }
    }
}
