import GroundworkBasics

/// Plain-text renderings of plans, updates and checks, for the CLI to print.
package enum PlanText {
    /// The bricks with their parameters, every file operation, notes, tasks and (with `diffs`) a unified diff per file.
    package static func render(_ plan: BrickPlan, diffs: Bool) -> String {
        var lines: [String] = []
        for brick in plan.bricks {
            let version = brick.previousVersion.map { $0 == brick.version ? "\(brick.version)" : "\($0) → \(brick.version)" } ?? "\(brick.version)"
            let parameters = brick.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.commandLineText)" }.joined(separator: ", ")
            lines.append("  \(brick.id) \(version) (\(brick.origin.display))\(parameters.isEmpty ? "" : "  \(parameters)")")
        }
        lines.append("")
        let width = max(10, (plan.files.map(\.operation.rawValue.count).max() ?? 0) + 1)
        // Paths come from the repository and the bricks: control characters in them are escaped.
        let shownPaths = plan.files.map { VisibleText.escapingControls($0.path) }
        let pathWidth = min(48, (shownPaths.map(\.count).max() ?? 0) + 2)
        for (file, path) in zip(plan.files, shownPaths) {
            let operation = file.operation.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
            var line = "  \(operation) \(path.padding(toLength: max(pathWidth, path.count + 1), withPad: " ", startingAt: 0))"
            if !file.bricks.isEmpty { line += "(\(file.bricks.joined(separator: ", ")))" }
            if file.conflicts > 0 { line += "  \(file.conflicts) conflict\(file.conflicts == 1 ? "" : "s")" }
            lines.append(line.trimmingTrailingSpaces())
        }
        if !plan.notes.isEmpty {
            lines += ["", "Notes:"] + plan.notes.map { "  - \(VisibleText.escapingControls($0))" }
        }
        if !plan.tasks.isEmpty {
            lines += ["", "Tasks (run only with --run-tasks, in --worktree mode):"]
            lines += plan.tasks.map { "  \($0.brickID): \($0.name): \($0.command)" }
        }
        var text = lines.joined(separator: "\n") + "\n"
        if diffs {
            let patches = plan.files.map { $0.diff() }.filter { !$0.isEmpty }
            if !patches.isEmpty { text += "\n" + patches.joined() }
        }
        return text
    }

    /// The outcome of writing a plan, with how to review and merge a branch.
    package static func render(_ outcome: ChangeOutcome, baseBranch: String?) -> String {
        switch outcome {
        case .nothingToDo(let reason):
            return "Nothing to do: \(reason).\n"
        case .branch(let name, let commit, _):
            let base = baseBranch ?? "HEAD"
            return """
                Committed \(commit.short) on branch \(name) (HEAD, the index and the work tree are untouched).
                Review it:  git diff \(base)...\(name)
                Merge it:   git merge \(name)

                """
        case .workTree(let paths):
            return "Wrote \(paths.count) file\(paths.count == 1 ? "" : "s") into the work tree; review with git diff and commit when ready.\n"
        }
    }

    /// `groundwork check`: what is outdated and what drifted.
    package static func render(_ report: DriftReport) -> String {
        var lines: [String] = []
        if report.brickCount == 0 { return "No bricks are recorded in \(LockFile.path); nothing to check.\n" }
        for item in report.outdated { lines.append("outdated  \(item.id) \(item.locked) → \(item.available) (groundwork update \(item.id))") }
        for item in report.drifted {
            lines.append("drifted   \(VisibleText.escapingControls(item.path)) (\(item.brick))\(item.deleted ? ": deleted" : ": edited since the brick wrote it")")
        }
        for id in report.unavailable { lines.append("unknown   \(id): not in the brick library, its version cannot be compared (pass --bricks SOURCE)") }
        if let change = report.modelChange {
            let migration = change.migration.map { ", and add the migration \($0)" } ?? ""
            lines.append(
                "model     \(ServiceModel.path) changed since the last render: groundwork update renders \(change.bricks.joined(separator: ", ")) again\(migration)"
            )
        }
        // Bricks missing from the library were not compared, so they are not "up to date".
        let compared = report.brickCount - report.unavailable.count
        if report.isClean, compared > 0 {
            let unknown = report.unavailable.isEmpty ? "" : " (\(report.unavailable.count) not compared)"
            lines.append("\(compared) brick\(compared == 1 ? "" : "s") up to date\(unknown); managed files match their pristine renders.")
        } else if report.isClean {
            lines.append("No brick could be compared: none of the \(report.brickCount) recorded brick\(report.brickCount == 1 ? " is" : "s are") in the brick library.")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
