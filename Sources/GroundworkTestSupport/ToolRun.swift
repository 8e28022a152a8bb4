import Foundation

/// A program run to completion with its standard output and error captured together: for tests that ask
/// a formatter, a linter or a compiler what it thinks of generated files.
package struct ToolRun: Sendable {
    package var status: Int32
    package var output: String

    /// Runs `tool` (a path) with `arguments` in `directory` (the current one when nil).
    package static func run(_ tool: String, _ arguments: [String], in directory: String? = nil) throws -> ToolRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try UnblockedSignals.run(process)
        // Read to the end before waiting: a child that fills the pipe would never exit otherwise.
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return ToolRun(status: process.terminationStatus, output: text)
    }

    /// The path of `name` on PATH, or nil.
    package static func path(_ name: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
