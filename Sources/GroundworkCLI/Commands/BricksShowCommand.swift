import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkBricks

/// `groundwork bricks show ID [PATH]`: a brick's parameters (with defaults resolved for the repository),
/// the files it would write there, the checks it fixes and the effort it saves.
struct BricksShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a brick: parameters with defaults for the repository, files it would write, checks it fixes, effort saved."
    )

    @Argument(help: "The brick's id.")
    var id: String

    @Argument(help: "The repository to resolve defaults and files for (default: the current folder).")
    var path = "."

    @Option(help: ArgumentHelp("Set a parameter: BRICK.NAME=VALUE. Repeatable.", valueName: "BRICK.NAME=VALUE"))
    var param: [String] = []

    @OptionGroup var source: BrickSourceOptions

    func run() async throws {
        let library = try await source.library()
        let brick = try library.require(id)
        let workspace = try BrickWorkspace.open(path, now: try GroundworkClock.now())
        let manifest = brick.manifest
        var lines = ["\(brick.id) \(brick.version) — \(manifest.summary)", "source: \(brick.origin.display)"]
        let holds = manifest.when?.holds(workspace.facts.predicateFacts) ?? true
        lines.append("applies to \(path): \(holds ? "yes" : "no (its when: condition does not hold for this stack)")")
        if !manifest.requires.isEmpty { lines.append("requires: \(manifest.requires.joined(separator: ", "))") }
        if !manifest.conflicts.isEmpty { lines.append("conflicts with: \(manifest.conflicts.joined(separator: ", "))") }
        lines.append("fixes: \(manifest.fixes.isEmpty ? "-" : manifest.fixes.joined(separator: ", "))")
        lines.append("effort saved: \(Self.hours(manifest.effortHours))")

        let overrides = try ParameterResolver.parse(param, bricks: [brick])
        let values = try ParameterResolver.resolve(brick, facts: workspace.facts, overrides: overrides[brick.id] ?? [:], locked: workspace.lock.brick(brick.id)?.parameters ?? [:])
        if !manifest.parameters.isEmpty {
            lines += ["", "Parameters (set with --param \(brick.id).NAME=VALUE):"]
            for parameter in manifest.parameters {
                var constraints = [parameter.kind.rawValue]
                if !parameter.values.isEmpty { constraints.append("one of " + parameter.values.joined(separator: ", ")) }
                if let minimum = parameter.minimum { constraints.append("min \(minimum)") }
                if let maximum = parameter.maximum { constraints.append("max \(maximum)") }
                if let pattern = parameter.pattern { constraints.append("matching \(pattern)") }
                let value = values[parameter.name]?.commandLineText ?? ""
                lines.append("  \(parameter.name) = \(value)  (\(constraints.joined(separator: ", ")))\(parameter.description.isEmpty ? "" : " — \(parameter.description)")")
            }
        }
        let files = try BrickRenderer.render(brick, facts: workspace.facts, parameters: values)
        lines += ["", "Files for this repository:"]
        lines += files.isEmpty ? ["  (none for this stack)"] : files.map { "  \($0.mode.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) \($0.path)" }
        let tasks = try BrickRenderer.tasks(brick, facts: workspace.facts, parameters: values)
        if !tasks.isEmpty {
            lines += ["", "Tasks (run only with --run-tasks):"] + tasks.map { "  \($0.name): \($0.command)" }
        }
        Terminal.standardOutput.write(lines.joined(separator: "\n") + "\n")
    }

    static func hours(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) h" : String(format: "%.2g h", value)
    }
}
