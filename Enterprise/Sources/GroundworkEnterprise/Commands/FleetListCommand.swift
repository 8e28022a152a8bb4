#if Enterprise
import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkCLI
import GroundworkFleet

/// `groundwork fleet list`: the repositories the sources of fleet.yaml resolve to.
package struct FleetListCommand: AsyncParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the repositories of a fleet: paths, git URLs, GitHub organisations and GitLab groups resolved."
    )

    @Option(help: "The fleet file.")
    var fleet = FleetConfiguration.defaultFileName

    @Option(help: "Output format: text or json.")
    var format: FleetOutputFormat = .text

    package init() {}

    package func run() async throws {
        let configuration = try FleetConfiguration.load(fleet)
        printWarnings(configuration.plainHTTPTokenWarnings)
        let repositories = try await FleetSourceResolver().resolve(configuration)
        switch format {
        case .json:
            Terminal.standardOutput.write(try FleetJSON.encode(repositories))
        case .text:
            var lines = ["fleet \(configuration.name): \(repositories.count) repositories"]
            for repository in repositories {
                let client = repository.client.map { " [\($0)]" } ?? ""
                let tags = repository.tags.isEmpty ? "" : " (" + repository.tags.joined(separator: ", ") + ")"
                lines.append("\(repository.name)\(client)\(tags)  \(URLRedaction.redactingText(repository.location))")
            }
            Terminal.standardOutput.write(lines.joined(separator: "\n") + "\n")
        }
    }
}
#endif
