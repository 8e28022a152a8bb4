import ArgumentParser

/// `groundwork contract …`: work with OpenAPI contracts.
struct ContractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contract",
        abstract: "Compare OpenAPI contracts and gate breaking changes.",
        subcommands: [ContractDiffCommand.self]
    )
}
