import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkBricks

/// `groundwork check [PATH]`: for CI — fails when an applied brick is outdated or a managed file drifted.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Exit 1 when an applied brick has a newer version or a managed file drifted from its pristine render.",
        discussion: "Reads .groundwork/lock.yaml and the files at HEAD. Exit codes: 0 up to date, 1 outdated or drifted, 64 bad input."
    )

    @Argument(help: "The repository (default: the current folder).")
    var path = "."

    @OptionGroup var source: BrickSourceOptions

    func run() async throws {
        let library = try await source.library()
        let workspace = try BrickWorkspace.open(path, now: try GroundworkClock.now())
        let report = try DriftReport.check(workspace, library: library)
        Terminal.standardOutput.write(PlanText.render(report))
        if !report.isClean { throw ExitCode(ExitStatus.gateFailed.rawValue) }
    }
}
