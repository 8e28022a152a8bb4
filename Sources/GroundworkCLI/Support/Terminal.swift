import Foundation

/// Where the CLI writes, and whether it may use colour there.
package struct Terminal: Sendable {
    private let descriptor: Int32

    /// Standard output.
    package static let standardOutput = Terminal(descriptor: STDOUT_FILENO)
    /// Standard error, for diagnostics and progress.
    package static let standardError = Terminal(descriptor: STDERR_FILENO)

    /// True when the stream is a terminal (not a pipe or a file).
    package var isInteractive: Bool { isatty(descriptor) == 1 }

    /// Colour only on a terminal, never with NO_COLOR set or TERM=dumb; FORCE_COLOR forces it.
    package func allowsColor(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        if let force = environment["FORCE_COLOR"], !force.isEmpty, force != "0" { return true }
        if environment["NO_COLOR"] != nil { return false }
        if environment["TERM"] == "dumb" { return false }
        return isInteractive
    }

    /// Writes text as is. A failed write to standard output (a full disk, `> /dev/full`, a closed
    /// descriptor) is remembered, so that the command exits 2 instead of losing its report silently.
    package func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0, errno == EINTR { continue }
            if written <= 0 {
                if descriptor == STDOUT_FILENO { OutputFailure.record(written < 0 ? errno : EIO) }
                return
            }
            offset += written
        }
    }

    /// Why writing to standard output failed, when it did; nil while every write succeeded.
    package static var standardOutputFailure: String? {
        OutputFailure.first.map { String(cString: strerror($0)) }
    }
}

/// The first errno of a failed write to standard output.
private enum OutputFailure {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var recorded: Int32?

    static var first: Int32? { lock.withLock { recorded } }

    static func record(_ code: Int32) {
        lock.withLock { if recorded == nil { recorded = code } }
    }
}
