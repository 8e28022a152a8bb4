#if Enterprise
import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkCLI
import GroundworkFleet

/// `groundwork fleet merge --run ID`: whether every shard of a sharded run arrived in the store and finished.
package struct FleetMergeCommand: AsyncParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Check that every shard of a fleet run arrived in the store and finished.",
        discussion: """
            Shards are numbered 1…N (--shard i/N of fleet audit). Prints the shards that are missing or \
            unfinished. Exit codes: 0 complete, 2 incomplete, 64 unknown run or bad --store.
            """
    )

    @Option(help: "The run id shared by the shards (fleet audit --run).")
    var run: String

    @Option(help: "The store: a SQLite path, sqlite:PATH or postgres://user:password@host:port/database (default: .groundwork/fleet.db beside the fleet file).")
    var store: String?

    @Option(help: "The fleet file, to find the default store.")
    var fleet = "fleet.yaml"

    package init() {}

    package func run() async throws {
        let opened = try FleetStoreFactory.open(url: store, fleetFile: fleet)
        let status = try await FleetMergeStatus.check(runID: run, in: opened)
        Terminal.standardOutput.write(status.text)
        if !status.isComplete { throw ExitCode(ExitStatus.incomplete.rawValue) }
    }
}
#endif
