import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkBricks

/// `groundwork link CONSUMER PROVIDER`: CONSUMER calls PROVIDER through a generated client.
struct LinkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Generate a service's client into another service of the workspace, with its configuration, auth and a consumer contract test.",
        discussion: """
            Without arguments, links every edge of the workspace file again (after a contract changed). \
            docs/contracts.md, "Workspaces". Exit codes: 0 linked, 1 a consumer's edits conflict (conflict markers \
            written), 64 bad input.
            """
    )

    @Argument(help: "The service that calls (omit both to link every edge again).")
    var consumer: String?

    @Argument(help: "The service it calls.")
    var provider: String?

    @Option(help: ArgumentHelp("The workspace's root (default: the nearest folder holding groundwork.workspace.yaml).", valueName: "DIR"))
    var workspace: String?

    @Option(help: "Service-to-service auth: forward (the caller's token, default) or client-credentials.")
    var auth: ServiceAuth?

    @Option(help: ArgumentHelp("The operations the consumer uses, comma-separated (default: found in its code).", valueName: "IDS"))
    var operations: String?

    func validate() throws {
        if (consumer == nil) != (provider == nil) { throw ValidationError("name both the consumer and the provider, or neither") }
        if consumer == nil, auth != nil || operations != nil { throw ValidationError("--auth and --operations need a consumer and a provider") }
    }

    func run() async throws {
        guard let root = workspace ?? ServiceWorkspace.root(containing: FileManager.default.currentDirectoryPath) else {
            throw BrickError(.parameter, "no \(ServiceWorkspace.fileName) here or above: pass --workspace DIR, or create one with `groundwork new NAME --stack S --workspace DIR`")
        }
        let edges: [(String, String)]
        if let consumer, let provider {
            edges = [(consumer, provider)]
        } else {
            edges = try ServiceWorkspace.load(root: root).links.map { ($0.consumer, $0.provider) }
            if edges.isEmpty { Terminal.standardOutput.write("No links in \(root)/\(ServiceWorkspace.fileName).\n") }
        }
        let declared = operations.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        var conflicts = 0
        for (consumer, provider) in edges {
            let result = try ServiceLinker.link(consumer: consumer, provider: provider, root: root, auth: auth, operations: declared, now: try GroundworkClock.now())
            conflicts += result.conflicts
            for warning in result.warnings { Terminal.standardError.write("warning: \(warning)\n") }
            Terminal.standardOutput.write(LinkText.render(result))
        }
        if conflicts > 0 { throw ExitCode(ExitStatus.gateFailed.rawValue) }
    }
}

extension ServiceAuth: ExpressibleByArgument {}
