import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Starts a child process with no signal blocked, as a shell would start it.
///
/// A child inherits the signal mask of the thread that spawns it, and tests run on Swift's concurrency
/// threads, which block SIGTERM and most other signals. A service started from a test would then never see
/// the SIGTERM that stops it (graceful-shutdown checks, cleanups that `kill` their servers) and outlive the
/// test, holding its output pipe open. Foundation's `Process` has no spawn attribute for the mask, so the
/// calling thread's mask is cleared for the moment of the spawn and then restored.
package enum UnblockedSignals {
    /// Runs `process` (`process.run()`) with an empty signal mask.
    package static func run(_ process: Process) throws {
        var empty = sigset_t()
        sigemptyset(&empty)
        var previous = sigset_t()
        pthread_sigmask(SIG_SETMASK, &empty, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        try process.run()
    }
}
