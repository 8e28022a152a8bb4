#if Enterprise
import Foundation
import GroundworkGit

/// Runs a repository's test command against a commit, under a time budget, in a scratch copy of its tree.
///
/// The copy is written from the object database (no checkout of the mirror), so a bare mirror stays
/// bare and nothing of the run is left behind.
enum FleetTestRun {
    /// The outcome: whether the command passed, and the tail of its output.
    struct Result: Sendable {
        var passed: Bool
        var log: String
    }

    /// The longest output kept in the log, from its end.
    static let keptOutput = 16_000

    static func run(_ command: String, repository: Repository, commit: ObjectID, timeout: Duration) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("groundwork-fleet-test-\(UUID().uuidString.prefix(8))").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write(tree: repository.commit(commit).tree, of: repository, to: folder)

        let output = FileManager.default.temporaryDirectory.appendingPathComponent("groundwork-fleet-test-\(UUID().uuidString.prefix(8)).log")
        // A file that could not be made is reported, with its reason, by the FileHandle below.
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = ContinuousClock.now + timeout
        while process.isRunning, ContinuousClock.now < deadline { usleep(50_000) }
        let timedOut = process.isRunning
        if timedOut {
            // SIGTERM first; a child spawned from one of Swift's concurrency threads inherits a mask that
            // blocks it, so after a grace period SIGKILL, which nothing blocks.
            process.terminate()
            let grace = ContinuousClock.now + .seconds(5)
            while process.isRunning, ContinuousClock.now < grace { usleep(50_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        try? handle.close()
        let text = String(decoding: (try? Data(contentsOf: output)) ?? Data(), as: UTF8.self)
        let tail = text.count > keptOutput ? "…" + String(text.suffix(keptOutput)) : text
        let verdict =
            timedOut
            ? "`\(command)` did not finish within \(timeout.components.seconds) s and was stopped"
            : "`\(command)` exited with status \(process.terminationStatus)"
        return Result(passed: !timedOut && process.terminationStatus == 0, log: verdict + "\n" + tail)
    }

    /// Writes the files of `tree` under `folder` (symlinks and submodules are left out: a test run
    /// must not read outside the copy).
    static func write(tree: ObjectID, of repository: Repository, to folder: String) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try repository.walkTree(tree) { entry in
            let target = folder + "/" + entry.path
            switch entry.kind {
            case .directory:
                try manager.createDirectory(atPath: target, withIntermediateDirectories: true)
            case .file, .executable:
                let data = try repository.blob(entry.id).data
                guard manager.createFile(atPath: target, contents: data, attributes: [.posixPermissions: entry.kind == .executable ? 0o755 : 0o644]) else {
                    throw FleetError(.source, "cannot write \(entry.path) into the test copy at \(folder)")
                }
            case .symlink, .submodule:
                break
            }
            return .descend
        }
    }
}
#endif
