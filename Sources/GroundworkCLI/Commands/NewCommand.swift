import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkBricks

/// `groundwork new NAME --stack S [--model FILE] --with a,b`: a new repository whose first commit holds a
/// minimal application for the stack — or, with a model, the whole service generated from it — and the chosen bricks.
struct NewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a project: a minimal app for a stack plus bricks (Dockerfile, CI…), as the first commit of a new repository."
    )

    @Argument(help: "The project's folder (created; it must not exist or be empty). Its name is the project's name.")
    var name: String

    @Option(help: "The application skeleton, such as node-express, python-fastapi or go-gin.")
    var stack: String

    @Option(help: ArgumentHelp("Generate the service from a data model: a .yaml model file, a .dbml file or a .sql DDL file (docs/model.md).", valueName: "FILE"))
    var model: String?

    @Option(name: .customLong("with"), help: ArgumentHelp("Bricks to apply, comma-separated: docker,github-actions,….", valueName: "IDS"))
    var bricks: String = ""

    @Option(help: ArgumentHelp("Set a parameter: BRICK.NAME=VALUE. Repeatable.", valueName: "BRICK.NAME=VALUE"))
    var param: [String] = []

    @Option(
        help: ArgumentHelp(
            "Add the service to the workspace at DIR (created when missing): NAME is then the service's name and folder, and the docker brick comes with it for compose.yaml (docs/contracts.md).",
            valueName: "DIR"))
    var workspace: String?

    @OptionGroup var source: BrickSourceOptions

    func run() async throws {
        let library = try await source.library()
        var ids = bricks.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let input = try model.map(ModelInput.load)
        var services = try workspace.map(ServiceWorkspace.openOrStart)
        if let workspace, let services {
            try services.checkNewService(name, root: workspace)
            if !ids.contains("docker") { ids.append("docker") }
        }
        let directory = workspace.map { $0 + "/" + name } ?? name
        let result = try ProjectGenerator.create(
            directory: directory, stack: stack, bricks: ids, parameters: param, library: library,
            pluginsFolder: BuiltinPlugins.locate(), model: input, now: try GroundworkClock.now()
        )
        var lines = ["Created \(result.directory) (\(stack)), first commit \(result.commit.short) on main:"]
        lines += result.skeletonFiles.map { "  create     \($0)  (\(stack))" }
        lines += result.plan.files.filter(\.operation.writes).map {
            "  \($0.operation.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) \($0.path)  (\($0.bricks.isEmpty ? "groundwork" : $0.bricks.joined(separator: ", ")))"
        }
        let tasks = result.skeletonTasks + result.plan.tasks
        if !tasks.isEmpty {
            lines += ["", "Then, in \(result.directory):"] + tasks.map { "  \($0.command)    # \($0.name)" }
        }
        if let workspace {
            try services?.add(service: name, stack: stack, model: input?.path, root: workspace)
            lines += ["", "Added \(name) to \(workspace)/\(ServiceWorkspace.fileName) and \(workspace)/\(ComposeFile.path)."]
        }
        lines += ["", "Next: cd \(result.directory)"]
        Terminal.standardOutput.write(lines.joined(separator: "\n") + "\n")
    }
}
