import Foundation

/// A one-line progress bar on standard error, drawn only on a terminal and only once the work has
/// taken more than a second, so short audits and piped output stay clean.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let terminal = Terminal.standardError
    private let started = Date()
    private let lock = NSLock()
    private var drawn = false

    init(label: String) { self.label = label }

    /// Whether a bar would be drawn at all.
    var isEnabled: Bool { terminal.isInteractive }

    func update(done: Int, total: Int) {
        guard isEnabled, total > 0, Date().timeIntervalSince(started) > 1 else { return }
        let width = 30
        let filled = min(width, done * width / total)
        let line = "\r\(label) [\(String(repeating: "#", count: filled))\(String(repeating: "-", count: width - filled))] \(done)/\(total)"
        lock.withLock {
            drawn = true
            terminal.write(line)
        }
    }

    /// Clears the line if anything was drawn.
    func finish() {
        lock.withLock {
            if drawn { terminal.write("\r\u{1B}[2K") }
            drawn = false
        }
    }
}
