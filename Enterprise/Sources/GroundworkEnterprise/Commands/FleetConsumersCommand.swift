#if Enterprise
import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkCLI
import GroundworkContracts
import GroundworkFleet
import GroundworkLicense

/// `groundwork fleet consumers`: who calls which contract across the fleet, and which of them a change breaks.
package struct FleetConsumersCommand: AsyncParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "consumers",
        abstract: "List the consumer graph of a fleet, or name the consumers in other repositories that a contract change breaks.",
        discussion: """
            Reads every repository's .groundwork/lock.yaml (at its root and in service folders) at HEAD. With \
            --old and --new, classifies the contract change as `contract diff` does and names the fleet's consumers \
            of --provider that call an operation a breaking change touches. Exit codes: 0 nothing breaks a \
            consumer, 1 a consumer breaks, 2 a repository could not be read (its consumers are unknown), 64 bad \
            fleet file, contract or option.
            """
    )

    @Option(help: "The fleet file.")
    var fleet = FleetConfiguration.defaultFileName

    @Option(help: ArgumentHelp("The provider's service name, as consumers' lock files record it (`billing`).", valueName: "NAME"))
    var provider: String?

    @Option(help: ArgumentHelp("The contract the consumers were written against.", valueName: "FILE"))
    var old: String?

    @Option(help: ArgumentHelp("The changed contract.", valueName: "FILE"))
    var new: String?

    @Option(help: "Repositories read at once.")
    var jobs = 4

    @Option(help: "Output format: text or json.")
    var format: FleetOutputFormat = .text

    package init() {}

    package func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if (old == nil) != (new == nil) { throw ValidationError("--old and --new go together: the contract before and after the change") }
        if old != nil, provider == nil { throw ValidationError("--old/--new need --provider NAME: the service whose contract changed") }
    }

    package func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let contracts = try old.map { old in (old: try ContractLoader.load(path: old), new: try ContractLoader.load(path: new ?? old)) }
        let configuration = try FleetConfiguration.load(fleet)
        let entitlement = LicenseStore(environment: environment).status(now: try GroundworkClock.now(environment: environment)).entitlement
        printWarnings(entitlement.warnings + configuration.plainHTTPTokenWarnings)
        let resolved = try await FleetSourceResolver(environment: environment).resolve(configuration).sorted { $0.name < $1.name }
        let repositories = Array(resolved.prefix(entitlement.maxRepositories ?? resolved.count))
        if repositories.count < resolved.count {
            printWarnings(["\(Entitlement.evaluationMarker): consumers read in \(repositories.count) of \(resolved.count) repositories (the licence's limit)"])
        }
        let graph = await FleetConsumerGraph.load(repositories, directories: Directories.resolve(environment: environment), jobs: jobs)
        let edges = provider.map(graph.consumers(of:)) ?? graph.edges

        var breaks: [FleetConsumerBreak] = []
        var changes: [ContractChange] = []
        if let contracts, let provider {
            changes = ContractDiff.changes(from: contracts.old, to: contracts.new)
            breaks = try graph.broken(by: changes, old: contracts.old, provider: provider)
        }
        switch format {
        case .json:
            Terminal.standardOutput.write(try FleetJSON.encode(Document(provider: provider, consumers: edges, unreadable: graph.unreadable, changes: changes, breaks: breaks.map(Document.Break.init))))
        case .text:
            Terminal.standardOutput.write(text(edges: edges, graph: graph, changes: changes, breaks: breaks))
        }
        if !breaks.isEmpty { throw ExitCode(ExitStatus.gateFailed.rawValue) }
        if !graph.unreadable.isEmpty { throw ExitCode(ExitStatus.incomplete.rawValue) }
    }

    private func text(edges: [FleetConsumerEdge], graph: FleetConsumerGraph, changes: [ContractChange], breaks: [FleetConsumerBreak]) -> String {
        var lines: [String] = []
        let subject = provider.map { "consumers of \($0)" } ?? "consumer edges"
        lines.append("\(edges.count) \(subject) in the fleet\(edges.isEmpty ? "" : ":")")
        for edge in edges {
            let uses = edge.operations.isEmpty ? "operations not recorded" : "uses " + edge.operations.joined(separator: ", ")
            lines.append("  \(edge.consumer) → \(edge.provider) \(edge.version) (\(edge.language) client; \(uses))")
        }
        if old != nil {
            let breaking = changes.filter { $0.severity == .breaking }.count
            lines.append("Contract change: \(breaking) breaking, \(changes.count - breaking) other change(s)")
            for found in breaks {
                let calls = found.operations.isEmpty ? "" : " (it calls \(found.operations.joined(separator: ", ")))"
                lines.append("Breaks \(found.label)\(calls):")
                lines += found.changes.map { "  BREAKING  \($0.rule): \($0.message)" }
            }
            if breaks.isEmpty { lines.append(breaking == 0 ? "Nothing breaks." : "No consumer in the fleet calls what the breaking changes touch.") }
        }
        for problem in graph.unreadable {
            lines.append("could not read \(problem.repository): \(problem.message) (its consumers are unknown)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The JSON document.
    struct Document: Encodable {
        var provider: String?
        var consumers: [FleetConsumerEdge]
        var unreadable: [FleetConsumerProblem]
        var changes: [ContractChange]
        var breaks: [Break]

        struct Break: Encodable {
            var consumer: String
            var repository: String
            var operations: [String]
            var changes: [ContractChange]

            init(_ found: FleetConsumerBreak) {
                consumer = found.edge.consumer
                repository = found.edge.repository
                operations = found.operations
                changes = found.changes
            }
        }
    }
}
#endif
