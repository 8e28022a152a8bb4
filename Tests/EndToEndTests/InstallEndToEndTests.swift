import Foundation
import GroundworkTestSupport
import Testing

/// Issue 10 §4: scripts/install.sh and scripts/release-archive.sh make a layout that works from
/// anywhere; the installed binary finds its bricks beside itself and `doctor` says where.
@Suite("installing outside the checkout", .serialized)
struct InstallEndToEndTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// Runs a script of the package with the built binary standing in for the release one.
    static func script(_ name: String, _ arguments: [String]) throws -> BinaryRunner.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [packageRoot + "/scripts/" + name] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GROUNDWORK_BINARY"] = BinaryRunner.binaryPath
        environment.removeValue(forKey: "GROUNDWORK_PLUGINS")
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return BinaryRunner.Result(status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self), standardError: String(decoding: errorData, as: UTF8.self))
    }

    /// The environment of a user of the installed binary: no GROUNDWORK_PLUGINS pointing at the checkout.
    static func userEnvironment(_ scratch: ScratchDirectory) -> [String: String] {
        var environment = BinaryRunner.environment(cache: scratch.path)
        environment.removeValue(forKey: "GROUNDWORK_PLUGINS")
        return environment
    }

    @Test func theInstalledBinaryFindsItsBricksFromAnotherDirectory() throws {
        let scratch = ScratchDirectory(prefix: "groundwork-install")
        let prefix = scratch.appending("prefix")
        let install = try Self.script("install.sh", [prefix])
        #expect(install.status == 0, "\(install.standardOutput)\(install.standardError)")

        let installed = prefix + "/bin/groundwork"
        let elsewhere = scratch.appending("elsewhere")
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        let process = { (arguments: [String]) throws -> BinaryRunner.Result in
            try BinaryRunner.run(arguments, environment: Self.userEnvironment(scratch), directory: elsewhere, binary: installed)
        }
        let list = try process(["bricks", "list"])
        #expect(list.status == 0, "\(list.standardError)")
        #expect(list.standardOutput.contains("docker"))
        let doctor = try process(["doctor"])
        #expect(doctor.standardOutput.contains("bricks     \(prefix)/share/groundwork/bricks\n"), "\(doctor.standardOutput)")

        let manual = try String(contentsOfFile: prefix + "/share/man/man1/groundwork.1", encoding: .utf8)
        #expect(manual.hasPrefix(".TH \"GROUNDWORK\" \"1\""))
        #expect(manual.contains(".SS \"audit\""))
        for completion in ["bash-completion/completions/groundwork", "zsh/site-functions/_groundwork", "fish/vendor_completions.d/groundwork.fish"] {
            let text = (try? String(contentsOfFile: prefix + "/share/" + completion, encoding: .utf8)) ?? ""
            #expect(text.contains("audit"), "\(completion)")
        }
    }

    @Test func theReleaseArchiveUnpacksToTheSameLayout() throws {
        let scratch = ScratchDirectory(prefix: "groundwork-archive")
        let made = try Self.script("release-archive.sh", [scratch.appending("out")])
        #expect(made.status == 0, "\(made.standardError)")
        let archive = made.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(archive.hasSuffix(".tar.gz"))
        let unpack = Process()
        unpack.executableURL = URL(fileURLWithPath: "/bin/tar")
        unpack.arguments = ["-xzf", archive, "-C", scratch.path]
        try unpack.run()
        unpack.waitUntilExit()
        let root = try #require(try FileManager.default.contentsOfDirectory(atPath: scratch.path).first { $0.hasPrefix("groundwork-") })
        let installed = scratch.appending(root + "/bin/groundwork")
        #expect(FileManager.default.fileExists(atPath: scratch.appending(root + "/share/groundwork/bricks/docker/brick.yaml")))
        #expect(FileManager.default.fileExists(atPath: scratch.appending(root + "/share/man/man1/groundwork.1")))
        let list = try BinaryRunner.run(["bricks", "list"], environment: Self.userEnvironment(scratch), directory: scratch.path, binary: installed)
        #expect(list.status == 0, "\(list.standardError)")
        #expect(list.standardOutput.contains("docker"))
    }
}
