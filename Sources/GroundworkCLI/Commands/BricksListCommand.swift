import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkBricks

/// `groundwork bricks list [PATH]`: every brick, and whether it applies to the repository.
struct BricksListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the available bricks: id, version, summary, and whether each applies to the repository at PATH."
    )

    @Argument(help: "The repository to check the bricks against (default: the current folder, when it is a repository).")
    var path: String?

    @OptionGroup var source: BrickSourceOptions

    func run() async throws {
        let library = try await source.library()
        let repositoryPath = path ?? "."
        let workspace: BrickWorkspace? =
            path != nil || FileManager.default.fileExists(atPath: repositoryPath + "/.git")
            ? try BrickWorkspace.open(repositoryPath, now: try GroundworkClock.now())
            : nil
        if library.all.isEmpty {
            Terminal.standardOutput.write("No bricks found: no built-in Plugins folder, and no --bricks given.\n")
            return
        }
        let idWidth = (library.all.map(\.id.count).max() ?? 0) + 2
        let versionWidth = (library.all.map { $0.version.description.count }.max() ?? 0) + 2
        var output = ""
        for brick in library.all {
            var applies = ""
            if let workspace {
                let holds = brick.manifest.when?.holds(workspace.facts.predicateFacts) ?? true
                applies = holds ? "applies  " : "-        "
            }
            output +=
                "\(brick.id.padding(toLength: idWidth, withPad: " ", startingAt: 0))\(brick.version.description.padding(toLength: versionWidth, withPad: " ", startingAt: 0))\(applies)\(brick.manifest.summary)\n"
        }
        Terminal.standardOutput.write(output)
    }
}
