import Foundation
import GroundworkTestSupport
import Testing

/// Runs the built `groundwork` binary the way a user does, and captures what it prints.
struct BinaryRunner {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The binary next to the test bundle (`swift build` puts both in the same folder), or `GROUNDWORK_BINARY`.
    static var binaryPath: String {
        if let override = ProcessInfo.processInfo.environment["GROUNDWORK_BINARY"] { return override }
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = bundle.deletingLastPathComponent()
        // On Linux the runner is `<bin>/groundworkPackageTests.xctest`; elsewhere it may sit deeper.
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("groundwork").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        return bundle.deletingLastPathComponent().appendingPathComponent("groundwork").path
    }

    /// A scratch environment: its own cache and config, no colour unless asked, a fixed "now".
    static func environment(cache: String, extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["GROUNDWORK_CACHE_DIR"] = cache + "/cache"
        environment["GROUNDWORK_CONFIG_DIR"] = cache + "/config"
        environment["GROUNDWORK_NOW"] = "2026-01-01T00:00:00Z"
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "FORCE_COLOR")
        environment.removeValue(forKey: "GROUNDWORK_LICENSE_FILE")
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    static func run(_ arguments: [String], environment: [String: String], directory: String? = nil, binary: String = binaryPath) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = environment
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        // Standard error goes to a file so that a full pipe can never block the child.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("groundwork-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try UnblockedSignals.run(process)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errorData = (try? Data(contentsOf: errorFile)) ?? Data()
        return Result(status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self), standardError: String(decoding: errorData, as: UTF8.self))
    }
}

/// Compares output with a golden file in Tests/EndToEndTests/Golden; `GROUNDWORK_RECORD_GOLDEN=1` re-records it.
func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
    if ProcessInfo.processInfo.environment["GROUNDWORK_RECORD_GOLDEN"] != nil {
        try Data(actual.utf8).write(to: path)
        // A recording run proves nothing about the output: it fails, so it can never pass CI by accident.
        Issue.record("recorded Golden/\(name); review the diff and run the tests again without GROUNDWORK_RECORD_GOLDEN", sourceLocation: sourceLocation)
        return
    }
    let expected = (try? String(contentsOf: path, encoding: .utf8)) ?? "(no golden file \(name): run with GROUNDWORK_RECORD_GOLDEN=1)"
    #expect(actual == expected, "output differs from Golden/\(name); re-record with GROUNDWORK_RECORD_GOLDEN=1 if the change is intended", sourceLocation: sourceLocation)
}
