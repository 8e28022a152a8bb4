import ArgumentParser

/// `groundwork client …`: typed clients from OpenAPI contracts.
struct ClientCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "client",
        abstract: "Generate typed clients from OpenAPI 3.0/3.1 contracts.",
        subcommands: [ClientGenerateCommand.self]
    )
}
