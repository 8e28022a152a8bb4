import Foundation
import GroundworkBasics

/// Applies or updates bricks: writes the plan on a branch or into the work tree, and runs tasks when asked.
package enum BrickApplier {
    /// Why `name` cannot be a branch (`git check-ref-format --branch` rules), or nil; commands check
    /// `--branch` with it before planning, so a bad name is a usage error before anything is printed.
    package static func branchNameProblem(_ name: String) -> String? {
        ChangeWriter.isValidBranchName(name) ? nil : "--branch \(name) is not a valid branch name (git check-ref-format --branch); use letters, digits, '-', '_', '.' and '/', not HEAD"
    }

    /// Writes an apply plan. The branch defaults to `groundwork/<ids joined by ->`.
    package static func apply(_ plan: BrickPlan, requested: [String], workspace: BrickWorkspace, branch: String? = nil, message: String? = nil, now: Date = Date()) throws -> ChangeOutcome {
        let name = branch ?? "groundwork/" + requested.joined(separator: "-")
        return try ChangeWriter.write(plan, workspace: workspace, branch: name, message: message ?? defaultMessage(plan, verb: "Apply"), now: now)
    }

    /// Writes an update plan. The branch defaults to `groundwork/update-<ids joined by ->`.
    package static func update(_ plan: BrickPlan, workspace: BrickWorkspace, branch: String? = nil, message: String? = nil, now: Date = Date()) throws -> ChangeOutcome {
        let name = branch ?? "groundwork/update-" + plan.bricks.map(\.id).joined(separator: "-")
        return try ChangeWriter.write(plan, workspace: workspace, branch: name, message: message ?? defaultMessage(plan, verb: "Update"), now: now)
    }

    /// "Apply groundwork bricks: docker 1.2.0, github-actions 1.0.0" and the files it touches.
    static func defaultMessage(_ plan: BrickPlan, verb: String) -> String {
        let bricks = plan.bricks.map { brick in
            if let previous = brick.previousVersion, previous != brick.version { return "\(brick.id) \(previous) → \(brick.version)" }
            return "\(brick.id) \(brick.version)"
        }
        var lines = ["\(verb) groundwork bricks: \(bricks.joined(separator: ", "))", ""]
        for file in plan.files where file.operation.writes {
            lines.append("  \(file.operation.rawValue) \(file.path)")
        }
        if plan.conflictCount > 0 {
            lines += ["", "\(plan.conflictCount) file(s) hold conflict markers to resolve before merging."]
        }
        lines += ["", "Written by groundwork \(GroundworkVersion.current)."]
        return lines.joined(separator: "\n")
    }

    /// Runs the plan's tasks in the repository's folder, in order, stopping at the first failure.
    /// Output goes to this process's standard output and error.
    package static func runTasks(_ tasks: [RenderedTask], in directory: String, announce: (RenderedTask) -> Void = { _ in }) throws {
        for task in tasks {
            announce(task)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", task.command]
            process.currentDirectoryURL = URL(fileURLWithPath: directory)
            do {
                try process.run()
            } catch {
                throw BrickError(.task, "\(task.brickID): task \"\(task.name)\" could not start: \(error.localizedDescription)")
            }
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw BrickError(
                    .task, "\(task.brickID): task \"\(task.name)\" (\(task.command)) exited with status \(process.terminationStatus); the files are written, fix the cause and run it by hand")
            }
        }
    }
}
