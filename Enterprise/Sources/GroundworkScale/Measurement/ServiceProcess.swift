#if Enterprise
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The service under measurement: COMMAND run by /bin/sh in its folder, in its own session, so that stopping it stops
/// everything it started (make, npm, uvicorn workers), with its output in a log file.
package final class ServiceProcess: @unchecked Sendable {
    /// The shell's process id, which is also the session and process-group id.
    package let pid: Int32
    /// Where the service's standard output and error go.
    package let logFile: String
    private var exitStatus: Int32?

    /// Starts `command` in `directory` with `environment`.
    package init(command: String, directory: String, environment: [String: String]) throws(ScaleError) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("groundwork-scale-\(UUID().uuidString).log").path
        logFile = log
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // POSIX_SPAWN_SETSID (glibc): a new session, so the whole tree can be signalled as one group.
        // SETSIGMASK and SETSIGDEF: a child inherits the spawning thread's signal mask, and Swift's
        // concurrency threads block SIGTERM; without them the service would never see the SIGTERM that
        // stops it gracefully.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGTERM, SIGINT, SIGHUP, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(0x80 | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        // posix_spawn has no portable working-directory action: the shell changes into it, then runs the command.
        let arguments = ["/bin/sh", "-c", "cd -- \"$1\" && eval \"$2\"", "sh", directory, command]
        let variables = environment.map { "\($0.key)=\($0.value)" }
        var argv = arguments.map { strdup($0) } + [nil]
        var envp = variables.map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var child: pid_t = 0
        let result = posix_spawn(&child, "/bin/sh", &actions, &attributes, &argv, &envp)
        guard result == 0 else {
            throw ScaleError(.serviceFailed, "cannot start `\(command)`: \(String(cString: strerror(result)))")
        }
        pid = child
    }

    /// Whether the shell is still running (reaping it when it has exited).
    package var isRunning: Bool {
        if exitStatus != nil { return false }
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        if result == pid {
            exitStatus = status
            return false
        }
        return result == 0
    }

    /// The last lines of the service's output, for error messages.
    package func logTail(lines: Int = 20) -> String {
        guard let text = try? String(contentsOfFile: logFile, encoding: .utf8) else { return "" }
        return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines).joined(separator: "\n")
    }

    /// SIGTERM to the whole group, SIGKILL after `grace`, then reaps the shell and removes the log.
    package func stop(grace: TimeInterval = 5) {
        kill(-pid, SIGTERM)
        let deadline = Date().addingTimeInterval(grace)
        while Date() < deadline, isRunning || groupAlive() { usleep(50_000) }
        if groupAlive() { kill(-pid, SIGKILL) }
        if exitStatus == nil {
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            exitStatus = status
        }
        try? FileManager.default.removeItem(atPath: logFile)
    }

    /// Whether any process of the group is left.
    private func groupAlive() -> Bool { kill(-pid, 0) == 0 }

    /// A TCP port on 127.0.0.1 that was free a moment ago (bound to port 0 and released).
    package static func freePort() -> Int? {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) } }
        guard bound == 0 else { return nil }
        let named = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) } }
        guard named == 0 else { return nil }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
#endif
