import Foundation
import GroundworkTestSupport
import Testing

/// Issue 10, D10: a report that cannot be written is an incomplete run (exit 2), not a success.
@Suite("standard output that cannot be written")
struct OutputFailureEndToEndTests {
    /// Runs the binary through /bin/sh so that the test can redirect or close its standard output.
    static func run(_ shellRedirection: String, arguments: [String]) throws -> (status: Int32, standardError: String) {
        let scratch = ScratchDirectory()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec \"$0\" \"$@\" \(shellRedirection)", BinaryRunner.binaryPath] + arguments
        process.environment = BinaryRunner.environment(cache: scratch.path)
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(arguments: [">/dev/full", ">&-"])
    func auditExitsTwoWhenItsReportIsLost(_ redirection: String) throws {
        let repo = try RepoBuilder()
        try repo.commit("first", files: ["README.md": "# r\n"])
        let result = try Self.run(redirection, arguments: ["audit", repo.path, "--no-history"])
        #expect(result.status == 2, "\(result.standardError)")
        #expect(result.standardError.contains("could not write to standard output"))
    }
}
