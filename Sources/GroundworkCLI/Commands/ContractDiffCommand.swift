import ArgumentParser
import GroundworkBasics
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

    func run() async throws {
        let before = try ContractLoader.load(path: old)
        let after = try ContractLoader.load(path: new)
        let changes = ContractDiff.changes(from: before, to: after)
        Terminal.standardOutput.write(ContractDiffRenderer.render(changes, old: old, new: new, format: format, consumers: consumers))
        if changes.contains(where: { $0.severity == .breaking }) { throw ExitCode(ExitStatus.gateFailed.rawValue) }
    }
}

extension ContractDiffRenderer.Format: ExpressibleByArgument {}
