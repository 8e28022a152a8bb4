import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkBricks
import GroundworkContracts

/// `groundwork contract diff OLD NEW`: every change classified breaking, non-breaking or info.
struct ContractDiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Classify every change between two OpenAPI 3.0/3.1 documents (JSON or YAML).",
        discussion: """
            Rules and examples: docs/contracts.md. Exit codes: 0 nothing breaking, 1 a breaking change, \
            64 a contract cannot be read (the message names the file and the JSON path).
            """
    )

    @Argument(help: "The contract consumers were written against.")
    var old: String

    @Argument(help: "The changed contract.")
    var new: String

    @Option(help: "Output format: text, json or markdown.")
    var format: ContractDiffRenderer.Format = .text

    @Option(name: .customLong("consumer"), help: "A consumer of this contract, named when a change breaks (repeatable).")
    var consumers: [String] = []

    @Option(help: ArgumentHelp("Name the consumers that break from this workspace's consumer graph (the provider is the service whose contract NEW or OLD is, or --service).", valueName: "DIR"))
    var workspace: String?

    @Option(help: ArgumentHelp("With --workspace: the service whose contract changed.", valueName: "NAME"))
    var service: String?

    func run() async throws {
        let before = try ContractLoader.load(path: old)
        let after = try ContractLoader.load(path: new)
        let changes = ContractDiff.changes(from: before, to: after)
        var named = consumers
        if let workspace {
            let graph = try ServiceWorkspace.load(root: workspace)
            let provider =
                try service.map { name throws(BrickError) in
                    guard let found = graph.service(name) else { throw BrickError(.parameter, "--service \(name) is not a service of \(workspace)/\(ServiceWorkspace.fileName)") }
                    return found
                } ?? [new, old].lazy.compactMap { graph.service(owningContract: Self.relative($0, to: workspace)) }.first
            guard let provider else {
                throw BrickError(.parameter, "neither \(new) nor \(old) is the contract of a service of \(workspace)/\(ServiceWorkspace.fileName): name the provider with --service")
            }
            named += try ConsumerImpact.broken(by: changes, old: before, provider: provider, workspace: graph, root: workspace).map(\.label)
        }
        Terminal.standardOutput.write(ContractDiffRenderer.render(changes, old: old, new: new, format: format, consumers: named))
        if changes.contains(where: { $0.severity == .breaking }) { throw ExitCode(ExitStatus.gateFailed.rawValue) }
    }
}

extension ContractDiffCommand {
    /// `path` relative to the workspace's root (both made absolute first).
    static func relative(_ path: String, to root: String) -> String {
        let file = URL(fileURLWithPath: path).standardizedFileURL.path, base = URL(fileURLWithPath: root).standardizedFileURL.path + "/"
        return file.hasPrefix(base) ? String(file.dropFirst(base.count)) : path
    }
}

extension ContractDiffRenderer.Format: ExpressibleByArgument {}
