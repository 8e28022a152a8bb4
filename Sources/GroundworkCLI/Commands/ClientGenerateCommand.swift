import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkContracts

/// `groundwork client generate --contract FILE --lang L --output DIR`.
struct ClientGenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a typed client of a contract in TypeScript, Python, Go or Swift.",
        discussion: "Clients and their options: docs/contracts.md. Exit codes: 0 written, 64 the contract cannot be read or called correctly."
    )

    @Option(help: "The OpenAPI document (JSON or YAML).")
    var contract: String

    @Option(help: "The client's language: typescript, python, go or swift.")
    var lang: ClientLanguage

    @Option(help: "The folder to write the client into (created; generated files are replaced).")
    var output: String

    @Option(help: "The client's package name (default: from the contract's title).")
    var package: String?

    func run() async throws {
        let loaded = try ContractLoader.load(path: contract)
        let name = package ?? ClientPackageName.default(for: loaded.document.info.title, language: lang)
        let client = try ClientGenerator.generate(loaded, language: lang, packageName: name)
        try ClientWriter.write(client, to: output)
        for warning in client.warnings { Terminal.standardError.write("warning: \(warning)\n") }
        Terminal.standardOutput.write("Wrote the \(lang.rawValue) client \(name) (\(client.files.count) files) to \(output)\n")
    }
}

extension ClientLanguage: ExpressibleByArgument {}
