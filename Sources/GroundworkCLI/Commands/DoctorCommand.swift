import ArgumentParser
import GroundworkBasics

/// `groundwork doctor`: the edition, the libraries and what they support, the cache, and problems.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Report the edition, libgit2 and libcurl versions and support, the cache directory, and environment problems.",
        discussion: "Exits 0 when everything groundwork needs works, 2 when a problem was found."
    )

    @Flag(name: .long, help: "Print the report as JSON.")
    var json = false

    func run() throws {
        let report = EnvironmentReport.collect()
        Terminal.standardOutput.write(json ? report.json() : report.text())
        if !report.problems.isEmpty { throw ExitCode(ExitStatus.incomplete.rawValue) }
    }
}
