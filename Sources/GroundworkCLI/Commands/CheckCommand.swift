import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkBricks

/// `groundwork check [PATH]`: for CI — fails when an applied brick is outdated or a managed file drifted.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Exit 1 when an applied brick has a newer version, a managed file drifted, or the contract breaks a consumer.",
        discussion: """
            Reads .groundwork/lock.yaml and the files at HEAD, and diffs the contract (openapi.json) at HEAD with the \
            base branch's: in a workspace it fails when a consumer uses an operation that breaks, elsewhere on any \
            breaking change. Exit codes: 0 up to date, 1 outdated, drifted or breaking, 64 bad input.
            """
    )

    @Argument(help: "The repository (default: the current folder).")
    var path = "."

    @Option(help: ArgumentHelp("The branch or commit whose contract HEAD's is compared with (default: origin/HEAD, else main, else master).", valueName: "REV"))
    var base: String?

    @Option(help: ArgumentHelp("The workspace's root, for the consumer graph (default: the nearest folder above holding groundwork.workspace.yaml).", valueName: "DIR"))
    var workspace: String?

    @OptionGroup var source: BrickSourceOptions

    func run() async throws {
        let library = try await source.library()
        let bricks = try BrickWorkspace.open(path, now: try GroundworkClock.now())
        let report = try DriftReport.check(bricks, library: library)
        Terminal.standardOutput.write(PlanText.render(report))
        let contract = try ContractGate.run(repository: path, base: base, workspaceRoot: workspace)
        if let contract { Terminal.standardOutput.write(ContractGateText.render(contract)) }
        if !report.isClean || contract?.failed == true { throw ExitCode(ExitStatus.gateFailed.rawValue) }
    }
}
